/**
 * Delivers the first-contact privacy notice on Teams, after the reply: in the personal chat (Teams has no
 * ephemeral messages, and a notice per newcomer in a channel thread would be noise for everyone else).
 */
import { TurnContext } from 'botbuilder';
import { PrivacyCardViewModel, privacyAdaptiveCard } from '../../../cards';
import { IncomingActivity } from '../activity.schema';
import { isPersonalChat } from '../conversation-reference';
import { TeamsHandlerEnv } from './handler-env';

export async function deliverNotice(turn: TurnContext, activity: IncomingActivity, env: TeamsHandlerEnv, notice: PrivacyCardViewModel | undefined): Promise<void> {
  if (!notice) return;
  const card = privacyAdaptiveCard(notice);
  try {
    await (isPersonalChat(activity) ? env.replies.card(turn, activity, card) : env.replies.sendPersonal(turn, activity, card));
  } catch (error) {
    // The reply itself went out; the notice is also behind "privacy" and on /privacy.
    env.deps.log.warn({ err: String(error), activityId: activity.id }, 'teams: privacy notice not delivered');
  }
}
