/**
 * The Teams bot: routes activity types to the handlers in ./handlers, nothing else. Built on botbuilder's
 * ActivityHandler (TeamsActivityHandler adds Teams-only events we do not use).
 */
import { ActivityHandler, InvokeResponse, TurnContext } from 'botbuilder';
import { handleAnswerExecute } from './handlers/answer-execute.handler';
import { handleCardSubmit } from './handlers/card-submit.handler';
import { TeamsHandlerEnv } from './handlers/handler-env';
import { botWasAdded, handleInstalled } from './handlers/install.handler';
import { handleTextCommand } from './handlers/text-command.handler';
import { handlePanelExecute, isPanelInvoke } from './handlers/panel-execute.handler';
import { handlePanelSubmit } from './handlers/panel-submit.handler';
import { isPanelAction } from './panel-action.schema';

export const ADAPTIVE_CARD_ACTION_INVOKE = 'adaptiveCard/action';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class TeamsBot extends ActivityHandler {
  constructor(private readonly env: TeamsHandlerEnv) {
    super();
    this.onMessage(async (turn, next) => {
      // A message with `value` is an Action.Submit from a card; anything else is typed text.
      const value = turn.activity.value;
      await (isObject(value) ? (isPanelAction(value) ? handlePanelSubmit(turn, env) : handleCardSubmit(turn, env)) : handleTextCommand(turn, env));
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await handleInstalled(turn, env);
      await next();
    });
    this.onMembersAdded(async (turn, next) => {
      if (botWasAdded(turn)) await handleInstalled(turn, env);
      await next();
    });
  }

  /**
   * Our Action.Execute is handled before botbuilder's own parsing of the invoke value, which throws a
   * TypeError on a value without `action`; every other invoke gets the SDK's default (501 Not Implemented).
   */
  protected override async onInvokeActivity(turn: TurnContext): Promise<InvokeResponse> {
    if (turn.activity.name === ADAPTIVE_CARD_ACTION_INVOKE) {
      return isPanelInvoke(turn.activity.value) ? handlePanelExecute(turn, this.env) : handleAnswerExecute(turn, this.env);
    }
    return super.onInvokeActivity(turn);
  }
}
