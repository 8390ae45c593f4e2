/**
 * Builds the platform-neutral ConversationContext from the parts of a Slack payload: who (team + user), where
 * (a channel, or a DM: no channel), which language, and a delivery key that a Slack retry repeats.
 */
import { MentionRef, detectCommandLocale } from '../../domain/commands';
import { PlatformUser } from '../../domain/model/records';
import { ConversationContext } from '../shared/conversation-context';
import { SlackEnv } from './slack-env';
import { slackChannelRef } from './slack-identity';
import { WebClient } from './slack-web-client';

export interface SlackActor { teamId: string; enterpriseId?: string; userId: string; userName?: string }
export interface SlackPlace { channelId: string; channelName?: string }

export interface SlackContextInput {
  actor: SlackActor;
  /** Undefined in a DM or where the payload has no channel (App Home). */
  place?: SlackPlace;
  deliveryKey: string;
  /** The typed command, whose words may tell the language. */
  text?: string;
  /**
   * Slack's 3 s deadline is still ahead (a modal submission is acknowledged after the write; a click that opens a
   * modal must use its trigger_id in time): a slow users.info must not spend it.
   */
  deadline?: boolean;
}

/** How long a request with a deadline waits for users.info; then the payload's name does, provisionally. */
const USER_LOOKUP_BUDGET_MS = 1_000;

export async function slackContext(env: SlackEnv, client: WebClient, input: SlackContextInput): Promise<ConversationContext> {
  const { actor, place } = input;
  const user = await env.users.lookup(client, { teamId: actor.teamId, userId: actor.userId, fallbackName: actor.userName }, input.deadline ? USER_LOOKUP_BUDGET_MS : undefined);
  const { slackLocale, ...platformUser } = user;
  const locale = (input.text ? detectCommandLocale(input.text) : undefined) ?? slackLocale ?? env.deps.config.OOGST_DEFAULT_LOCALE;
  return {
    user: platformUser,
    ...(place ? { channel: slackChannelRef({ teamId: actor.teamId, channelId: place.channelId, enterpriseId: actor.enterpriseId }, place.channelName) } : {}),
    locale,
    deliveryKey: `${actor.teamId}:${input.deliveryKey}`,
    resolveMention: (ref) => resolveMention(env, client, actor.teamId, ref),
  };
}

async function resolveMention(env: SlackEnv, client: WebClient, teamId: string, ref: MentionRef): Promise<PlatformUser | undefined> {
  if (ref.platform === 'slack') {
    const found = await env.users.find(client, teamId, ref.userId);
    if (!found) return undefined;
    const { slackLocale: _locale, ...user } = found;
    return user;
  }
  if (ref.platform === undefined && 'email' in ref && ref.email) {
    try {
      const result = (await client.users.lookupByEmail({ email: ref.email })) as { user?: { id?: string } };
      return result.user?.id ? resolveMention(env, client, teamId, { platform: 'slack', userId: result.user.id }) : undefined;
    } catch {
      return undefined; // users_not_found, or the users:read.email scope is missing
    }
  }
  // A bare "@Name" cannot be resolved reliably in Slack; the mention picker always sends <@U...>.
  return undefined;
}
