/**
 * Action.Execute (Universal Actions): an `adaptiveCard/action` invoke. The answer is the invoke response: a
 * card that replaces the prompt card for this person only, with a confirmation (pre-filled for editing) or the
 * validation errors. The shared channel card is never changed here; the count is refreshed by the answer flow.
 */
import { InvokeResponse, TurnContext } from 'botbuilder';
import { AdaptiveCard, messageAdaptiveCard, promptAdaptiveCard, promptChannelAdaptiveCard } from '../../../cards';
import { answerFormFor, personalPromptView, submitAnswer } from '../../shared/answer-flow';
import { parseExecuteAction } from '../activity.schema';
import { deliveryLogKey, incomingActivity, toConversationContext } from '../teams-context';
import { noticeAfterAnswer } from '../../shared/privacy/first-contact';
import { TeamsHandlerEnv } from './handler-env';
import { deliverNoticeAfterResponse } from './privacy-notice';
import { unknownActionView } from './unknown-action.view';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function cardInvokeResponse(card: AdaptiveCard): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card } };
}

export async function handleAnswerExecute(turn: TurnContext, env: TeamsHandlerEnv): Promise<InvokeResponse> {
  const activity = incomingActivity(turn);
  const action = parseExecuteAction(activity.value);
  const ctx = toConversationContext(turn, activity, env.deps, env.outbound);
  if (action.kind === 'refresh') {
    // A viewer's client asks for its own view of the shared channel card: read-only, nothing is stored.
    const view = await personalPromptView(env.deps, ctx, action.promptId);
    if (view.kind === 'rejected') return cardInvokeResponse(messageAdaptiveCard(view.view));
    return cardInvokeResponse(view.view.existingAnswer ? promptAdaptiveCard(view.view) : promptChannelAdaptiveCard(view.view));
  }
  if (action.kind !== 'answer') {
    env.deps.log.warn({ action: action.kind === 'unknown' ? action.action : action.kind, activityId: activity.id }, 'teams: unsupported card action');
    return cardInvokeResponse(messageAdaptiveCard(unknownActionView(ctx.locale)));
  }
  if (!env.recentInvokes.firstTime(deliveryLogKey(activity))) {
    // A re-sent invoke still needs a card: show the stored answer, without saving again.
    env.deps.log.info({ activityId: activity.id }, 'teams: duplicate invoke, answering with the current state');
    const form = await answerFormFor(env.deps, ctx, action.promptId);
    return cardInvokeResponse(form.kind === 'form' ? promptAdaptiveCard(form.view) : messageAdaptiveCard(form.view));
  }
  const result = await submitAnswer(env.deps, ctx, action.promptId, action.raw);
  // The invoke response is this person's card; a first contact's notice follows in their personal chat.
  deliverNoticeAfterResponse(turn, activity, env, await noticeAfterAnswer(env.deps, ctx, result.kind === 'rejected' ? undefined : result.actor));
  return cardInvokeResponse(result.kind === 'rejected' ? messageAdaptiveCard(result.view) : promptAdaptiveCard(result.view));
}
