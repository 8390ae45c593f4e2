/**
 * Is the bot user in a channel? conversations.info's `channel.is_member` (scopes channels:read, groups:read).
 * Slash commands work in every channel, but Oogst can post only where it was invited, so `/oogst koppel` asks
 * first. A private channel the bot is not in answers `channel_not_found`. Any other failure (rate limit,
 * network, missing_scope, an odd answer) is `unknown`: the caller goes ahead as if it had not asked.
 */
import { z } from 'zod';
import { Logger } from '../../shared/logger';
import { classifySlackError } from './gateway/slack-error.map';
import { WebClient } from './slack-web-client';

export type Membership = 'member' | 'absent' | 'unknown';

/** The part of conversations.info Oogst reads (https://api.slack.com/methods/conversations.info). */
const conversationsInfoSchema = z.object({
  ok: z.literal(true),
  channel: z.object({ id: z.string().min(1), is_member: z.boolean().optional() }),
});

/** Codes that mean "the bot cannot see or post in this channel". */
const ABSENT = new Set(['channel_not_found', 'not_in_channel']);

export class SlackChannelMembership {
  constructor(private readonly log: Logger, private readonly clientFor: (token: string) => WebClient) {}

  /** `token`: the workspace's bot token (Bolt's `client.token` for this request). */
  async of(token: string, teamId: string, channelId: string): Promise<Membership> {
    let answer: unknown;
    try {
      answer = await this.clientFor(token).conversations.info({ channel: channelId });
    } catch (error) {
      const { code } = classifySlackError(error);
      if (ABSENT.has(code)) return 'absent';
      this.log.warn({ code, teamId }, 'conversations.info failed; linking without the membership check');
      return 'unknown';
    }
    const parsed = conversationsInfoSchema.safeParse(answer);
    // IMs and group DMs may leave is_member out: nothing to go on.
    if (!parsed.success || parsed.data.channel.is_member === undefined) {
      if (!parsed.success) this.log.warn({ code: 'malformed_answer', teamId }, 'conversations.info answer not understood; linking without the membership check');
      return 'unknown';
    }
    return parsed.data.channel.is_member ? 'member' : 'absent';
  }
}
