/**
 * Action.Submit from a panel card: the fallback of our Action.Execute on clients without Universal Actions.
 * Without an invoke response to replace the card, the next card (form, state, errors) is a reply in the
 * thread, and the shared card is updated in place when everyone's view changed.
 */
import { TurnContext } from 'botbuilder';
import { panelAdaptiveCard } from '../../../cards';
import { parsePanelAction } from '../panel-action.schema';
import { deliveryLogKey, incomingActivity, toConversationContext } from '../teams-context';
import { TeamsHandlerEnv } from './handler-env';
import { outcomeCard, runPanel } from './panel-execute.handler';
import { unknownActionView } from './unknown-action.view';

export async function handlePanelSubmit(turn: TurnContext, env: TeamsHandlerEnv): Promise<void> {
  const activity = incomingActivity(turn);
  const ctx = toConversationContext(turn, activity, env.deps, env.outbound);
  const action = parsePanelAction(activity.value as Record<string, unknown>);
  if (action.kind === 'invalid') {
    env.deps.log.warn({ action: action.action, activityId: activity.id }, 'teams: malformed panel submit');
    return env.replies.message(turn, activity, unknownActionView(ctx.locale));
  }
  if (!(await env.deps.repos.deliveries.firstTime(deliveryLogKey(activity)))) {
    env.deps.log.info({ activityId: activity.id }, 'teams: duplicate panel submit ignored');
    return;
  }
  const outcome = await runPanel(env, ctx, action, true);
  if (outcome.kind === 'panel' && outcome.shared && activity.replyToId) {
    await env.replies.replace(turn, activity, activity.replyToId, panelAdaptiveCard(outcome.shared)).catch((error: unknown) => env.deps.log.warn({ err: String(error) }, 'teams: panel card update failed'));
  }
  await env.replies.card(turn, activity, outcomeCard(outcome));
}
