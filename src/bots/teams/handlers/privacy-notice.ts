/**
 * Delivers the first-contact privacy notice on Teams, after the reply: in the personal chat (Teams has no
 * ephemeral messages, and a notice per newcomer in a channel thread would be noise for everyone else).
 */
import { TurnContext } from 'botbuilder';
import { PrivacyCardViewModel, privacyAdaptiveCard } from '../../../cards';
import { IncomingActivity } from '../activity.schema';
import { isPersonalChat } from '../conversation-reference';
import { connectorOf } from '../teams-replies';
import { TeamsHandlerEnv } from './handler-env';

export async function deliverNotice(turn: TurnContext, activity: IncomingActivity, env: TeamsHandlerEnv, notice: PrivacyCardViewModel | undefined): Promise<void> {
  if (!notice) return;
  const card = privacyAdaptiveCard(notice);
  await noticeSent(env, activity, () => (isPersonalChat(activity) ? env.replies.card(turn, activity, card) : env.replies.sendPersonal(turn, activity, card)));
}

/** A notice that cannot be sent is logged, never a failed turn: the reply itself went out. */
async function noticeSent(env: TeamsHandlerEnv, activity: IncomingActivity, send: () => Promise<void>): Promise<void> {
  try {
    await send();
  } catch (error) {
    // The notice is also behind "privacy" and on /privacy.
    env.deps.log.warn({ err: String(error), activityId: activity.id }, 'teams: privacy notice not delivered');
  }
}

/**
 * For an invoke (Action.Execute): the person's card is the invoke response, and Teams shows it only when the turn
 * ends; a first contact's notice (open the personal chat, then post: two round trips) must not hold it up. So the
 * notice goes out after the response, on the turn's connector client, tracked until it is sent.
 */
export function deliverNoticeAfterResponse(turn: TurnContext, activity: IncomingActivity, env: TeamsHandlerEnv, notice: PrivacyCardViewModel | undefined): void {
  if (!notice) return;
  const card = privacyAdaptiveCard(notice);
  const connector = connectorOf(turn); // now: the turn is revoked once the response is sent
  env.background.run(() => noticeSent(env, activity, () => (isPersonalChat(activity) ? env.replies.postWith(connector, activity, card) : env.replies.sendPersonalWith(connector, activity, card))));
}
