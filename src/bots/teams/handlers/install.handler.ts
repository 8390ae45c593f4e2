/**
 * The app was added to a team, group chat or personal scope. Teams announces that twice (an
 * installationUpdate "add" and a conversationUpdate whose membersAdded holds the bot), so the welcome card is
 * posted once per conversation per hour: a re-install later on gets a fresh welcome; an upgrade gets none.
 */
import { TurnContext } from 'botbuilder';
import { channelRefOf, incomingActivity, localeOf } from '../teams-context';
import { TeamsHandlerEnv } from './handler-env';

const WELCOME_WINDOW_MS = 60 * 60 * 1000;

/** True when a conversationUpdate announces the bot itself (not a colleague joining the team). */
export function botWasAdded(turn: TurnContext): boolean {
  const activity = incomingActivity(turn);
  return (activity.membersAdded ?? []).some((member) => member.id === activity.recipient.id);
}

export async function handleInstalled(turn: TurnContext, env: TeamsHandlerEnv): Promise<void> {
  const activity = incomingActivity(turn);
  const channel = channelRefOf(activity);
  // Re-installed in a channel that was linked before: keep its reference (service URL) current.
  if (channel) await env.deps.repos.bindings.refreshReference(channel);
  // An app upgrade ("add-upgrade") is no news to the people in the channel.
  if (activity.type === 'installationUpdate' && activity.action !== 'add') return;
  const slot = Math.floor(env.deps.clock.now().getTime() / WELCOME_WINDOW_MS);
  const key = `teams:welcome:${activity.conversation.id}:${slot}`;
  if (!(await env.deps.repos.deliveries.firstTime(key))) return;
  const locale = localeOf(activity, env.deps.config.OOGST_DEFAULT_LOCALE);
  env.deps.log.info({ conversationType: activity.conversation.conversationType ?? 'channel' }, 'teams: installed, welcome posted');
  await env.replies.message(turn, activity, env.conversation.welcome(locale));
}
