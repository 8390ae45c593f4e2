/**
 * `/oogst koppel <partnerschap>` can be typed in any channel, also one Oogst was never invited to; a link there
 * would fail on the first prompt (not_in_channel). So before linking, ask Slack whether the bot is a member:
 * if it is not, nothing is stored and the person learns how to invite it. When Slack cannot say (rate limit,
 * network, missing scope), the link goes ahead as before. DMs and App Home have no channel: nothing to check.
 */
import { parseCommand } from '../../../../domain/commands';
import type { ConversationContext, Reply } from '../../../shared/conversation';
import { say } from '../../../shared/reply';
import { SlackEnv } from '../../slack-env';
import { slackText } from '../../slack-texts';
import { WebClient } from '../../slack-web-client';

/** The reply refusing the link, or undefined when the command may run. */
export async function linkRefusal(env: SlackEnv, client: WebClient, ctx: ConversationContext, text: string): Promise<Reply | undefined> {
  if (!ctx.channel || !client.token) return undefined;
  const command = parseCommand(text);
  if (command.kind !== 'link') return undefined;
  const membership = await env.channels.of(client.token, ctx.channel.workspaceId, ctx.channel.channelId);
  if (membership !== 'absent') return undefined;
  return say([slackText(ctx.locale, 'link.notInChannel', { partnership: command.partnershipName })], 'warning');
}
