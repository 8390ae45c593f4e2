/** A typed command ("@Oogst koppel Stad & Streek", or anything in the personal chat). */
import { Activity, TurnContext } from 'botbuilder';
import { mentionEntities } from '../mention.resolver';
import { deliveryLogKey, incomingActivity, toConversationContext } from '../teams-context';
import { TeamsHandlerEnv } from './handler-env';
import { deliverNotice } from './privacy-notice';

/**
 * The message without the bot's own <at>mention</at>. botbuilder's helper is used on a copy whose entities are
 * validated: on a mention entity without `mentioned` the SDK itself would throw a TypeError.
 */
export function commandText(turn: TurnContext): string {
  const activity = incomingActivity(turn);
  if (!activity.text) return '';
  const copy = { ...turn.activity, text: activity.text, entities: mentionEntities(activity) } as Activity;
  return (TurnContext.removeRecipientMention(copy) ?? '').trim();
}

export async function handleTextCommand(turn: TurnContext, env: TeamsHandlerEnv, text = commandText(turn)): Promise<void> {
  const activity = incomingActivity(turn);
  // Teams re-sends an activity it got no answer for within 15 s: the first delivery does the work and replies.
  if (!(await env.deps.repos.deliveries.firstTime(deliveryLogKey(activity)))) {
    env.deps.log.info({ activityId: activity.id }, 'teams: duplicate activity ignored');
    return;
  }
  const ctx = toConversationContext(turn, activity, env.deps, env.outbound, text);
  const reply = await env.conversation.handleText(ctx, text);
  await env.replies.send(turn, activity, reply);
  await deliverNotice(turn, activity, env, reply.notice);
}
