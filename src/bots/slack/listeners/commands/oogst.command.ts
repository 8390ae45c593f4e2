/**
 * `/oogst <command>`: acknowledged at once (Slack allows 3 s; "vraag nu" posts to channels and may take longer),
 * then run through the shared conversation; the answer goes to the response_url, ephemeral unless public.
 * Linking a channel Oogst is not in is refused first (link-guard.ts).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { isDirectMessageChannel } from '../../slack-identity';
import { commandSchema, issuesOf } from '../../slack-payloads.schema';
import { respondWith } from '../../slack-reply';
import { slackText } from '../../slack-texts';
import { linkRefusal } from './link-guard';

export const OOGST_COMMAND = '/oogst';

export function oogstCommand(env: SlackEnv) {
  return async function oogstCommandCallback({ ack, command, respond, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
    await ack();
    const parsed = commandSchema.safeParse(command);
    if (!parsed.success) {
      env.log.warn({ issues: issuesOf(parsed.error) }, 'malformed slash command');
      // Without a usable response_url (Bolt offers respond() only with one) there is nobody to tell.
      const url = (command as { response_url?: unknown }).response_url;
      if (typeof respond === 'function' && typeof url === 'string' && URL.canParse(url)) {
        await respond({ response_type: 'ephemeral', text: slackText(env.deps.config.OOGST_DEFAULT_LOCALE, 'request.malformed') }).catch(() => undefined);
      }
      return;
    }
    const c = parsed.data;
    const inDm = isDirectMessageChannel(c.channel_id, c.channel_name);
    const ctx = await slackContext(env, client, {
      actor: { teamId: c.team_id, enterpriseId: c.enterprise_id || undefined, userId: c.user_id, userName: c.user_name },
      place: inDm ? undefined : { channelId: c.channel_id, channelName: c.channel_name },
      deliveryKey: `command:${c.trigger_id}`,
      text: c.text,
    });
    const reply = (await linkRefusal(env, client, ctx, c.text)) ?? (await env.conversation.handleText(ctx, c.text));
    await respondWith(respond, reply, env.log);
  };
}
