/**
 * Action.Submit: a message activity with `value` (the fallback of our Action.Execute on clients without
 * Universal Actions, and the command buttons of message cards).
 *
 * Where the answer goes: in the personal chat the submitted card is this person's own, so it is replaced
 * (updateActivity on `replyToId`) with the confirmation or errors, like Action.Execute would. In a channel the
 * card is shared by everyone; replacing it would show one person's answer to all (see prompt.card.ts), so the
 * bot replies in the thread with the confirmation or the errors only, never the answer itself.
 */
import { TurnContext } from 'botbuilder';
import { MessageViewModel, promptAdaptiveCard } from '../../../cards';
import { Locale, t } from '../../../domain/i18n';
import { AnswerFlowResult, submitAnswer } from '../../shared/answer-flow';
import { parseCardAction } from '../activity.schema';
import { isPersonalChat } from '../conversation-reference';
import { deliveryLogKey, incomingActivity, toConversationContext } from '../teams-context';
import { noticeAfterAnswer } from '../../shared/privacy/first-contact';
import { handleForgetSubmit } from './forget-submit.handler';
import { TeamsHandlerEnv } from './handler-env';
import { deliverNotice } from './privacy-notice';
import { handleTextCommand } from './text-command.handler';
import { unknownActionView } from './unknown-action.view';

/** The outcome as a short message for a shared thread: no answer content, only what the person must know. */
export function outcomeMessage(result: AnswerFlowResult, locale: Locale): MessageViewModel {
  if (result.kind === 'rejected') return result.view;
  if (result.kind === 'saved') return { tone: 'success', lines: [result.view.confirmation ?? t(locale, 'answer.thanks', { date: '' })] };
  return { tone: 'warning', lines: [t(locale, 'answer.invalid'), ...Object.values(result.view.errors ?? {}).filter((line): line is string => !!line)] };
}

export async function handleCardSubmit(turn: TurnContext, env: TeamsHandlerEnv): Promise<void> {
  const activity = incomingActivity(turn);
  const action = parseCardAction(activity.value);
  if (action.kind === 'command') return handleTextCommand(turn, env, action.command);
  if (action.kind === 'forget') return handleForgetSubmit(turn, env, action);
  const ctx = toConversationContext(turn, activity, env.deps, env.outbound);
  // `refresh` only ever arrives as an Action.Execute invoke; as a plain submit it is not an action we offer.
  if (action.kind === 'unknown' || action.kind === 'refresh') {
    env.deps.log.warn({ action: action.kind === 'unknown' ? action.action : action.kind, activityId: activity.id }, 'teams: unsupported card action');
    return env.replies.message(turn, activity, unknownActionView(ctx.locale));
  }
  if (!(await env.deps.repos.deliveries.firstTime(deliveryLogKey(activity)))) {
    env.deps.log.info({ activityId: activity.id }, 'teams: duplicate submit ignored');
    return;
  }
  const result = await submitAnswer(env.deps, ctx, action.promptId, action.raw);
  if (isPersonalChat(activity) && activity.replyToId && result.kind !== 'rejected') {
    await env.replies.replace(turn, activity, activity.replyToId, promptAdaptiveCard(result.view));
  } else {
    await env.replies.message(turn, activity, outcomeMessage(result, ctx.locale));
  }
  await deliverNotice(turn, activity, env, await noticeAfterAnswer(env.deps, ctx, result.kind === 'rejected' ? undefined : result.actor));
}
