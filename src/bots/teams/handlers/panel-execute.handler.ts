/**
 * Action.Execute on a panel card (three circles, dialogue table, form). The invoke response is the card the
 * person sees next (a form, the state with a confirmation, the form with its errors); when something changed
 * for everyone, the channel message itself is updated too (updateActivity on the card's message id).
 */
import { InvokeResponse, TurnContext } from 'botbuilder';
import { formAdaptiveCard, messageAdaptiveCard, panelAdaptiveCard } from '../../../cards';
import { openForm, PanelOutcome, runPanelAction, submitForm } from '../../shared/panel-flow';
import { PanelAction, panelActionOfInvoke } from '../panel-action.schema';
import { deliveryLogKey, incomingActivity, toConversationContext } from '../teams-context';
import { cardInvokeResponse } from './answer-execute.handler';
import { TeamsHandlerEnv } from './handler-env';
import { unknownActionView } from './unknown-action.view';

export const isPanelInvoke = (value: unknown): boolean => panelActionOfInvoke(value) !== undefined;

export async function runPanel(env: TeamsHandlerEnv, ctx: Parameters<typeof openForm>[1], action: Exclude<PanelAction, { kind: 'invalid' }>, firstTime: boolean): Promise<PanelOutcome> {
  if (action.kind === 'open') return openForm(env.deps, ctx, action.formId, action.context);
  // A re-sent submit (same activity id) is not stored twice: it gets the current state instead.
  if (action.kind === 'submit' && firstTime) return submitForm(env.deps, ctx, action.formId, action.context, action.values);
  return runPanelAction(env.deps, ctx, action.kind === 'act' && firstTime ? action.op : 'show', action.context);
}

export function outcomeCard(outcome: PanelOutcome) {
  if (outcome.kind === 'rejected') return messageAdaptiveCard(outcome.view);
  return outcome.kind === 'invalid' ? formAdaptiveCard(outcome.form) : panelAdaptiveCard(outcome.panel);
}

export async function handlePanelExecute(turn: TurnContext, env: TeamsHandlerEnv): Promise<InvokeResponse> {
  const activity = incomingActivity(turn);
  const action = panelActionOfInvoke(activity.value);
  const ctx = toConversationContext(turn, activity, env.deps, env.outbound);
  if (!action || action.kind === 'invalid') {
    env.deps.log.warn({ action: action?.action, activityId: activity.id }, 'teams: malformed panel action');
    return cardInvokeResponse(messageAdaptiveCard(unknownActionView(ctx.locale)));
  }
  const firstTime = action.kind === 'open' || (await env.deps.repos.deliveries.firstTime(deliveryLogKey(activity)));
  const outcome = await runPanel(env, ctx, action, firstTime);
  if (outcome.kind === 'panel' && outcome.shared && activity.replyToId) {
    const shared = panelAdaptiveCard(outcome.shared);
    // Everyone's copy of the card; a failure here must not cost the person their answer card.
    await env.replies.replace(turn, activity, activity.replyToId, shared).catch((error: unknown) => env.deps.log.warn({ err: String(error) }, 'teams: panel card update failed'));
  }
  return cardInvokeResponse(outcomeCard(outcome));
}
