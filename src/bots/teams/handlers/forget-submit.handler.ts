/**
 * A "vergeet mij" button (Action.Submit). The shared forget flow decides (token signature, age, same person);
 * here the outcome replaces the confirmation card in the personal chat, so its buttons cannot be clicked twice.
 */
import { TurnContext } from 'botbuilder';
import { messageAdaptiveCard } from '../../../cards';
import { decideForget } from '../../shared/privacy/forget-flow';
import { isPersonalChat } from '../conversation-reference';
import { deliveryLogKey, incomingActivity, toConversationContext } from '../teams-context';
import { TeamsHandlerEnv } from './handler-env';

export async function handleForgetSubmit(turn: TurnContext, env: TeamsHandlerEnv, payload: { decision: string; token: string }): Promise<void> {
  const activity = incomingActivity(turn);
  if (!(await env.deps.repos.deliveries.firstTime(deliveryLogKey(activity)))) {
    env.deps.log.info({ activityId: activity.id }, 'teams: duplicate forget submit ignored');
    return;
  }
  const ctx = toConversationContext(turn, activity, env.deps, env.outbound);
  const view = await decideForget(env.deps, ctx, payload);
  if (isPersonalChat(activity) && activity.replyToId) return env.replies.replace(turn, activity, activity.replyToId, messageAdaptiveCard(view));
  return env.replies.message(turn, activity, view);
}
