/** "@Oogst status" in a channel: the same commands as /oogst; public replies in the channel, others ephemeral. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { issuesOf, messageEventSchema } from '../../slack-payloads.schema';
import { postInChannel } from '../../slack-reply';
import { readEnvelope } from './event-envelope';

export function appMentionEvent(env: SlackEnv) {
  return async function appMentionCallback({ event, body, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> {
    const envelope = readEnvelope(body, env.log);
    const message = messageEventSchema.safeParse(event);
    if (!envelope || !message.success) {
      if (!message.success) env.log.warn({ issues: issuesOf(message.error) }, 'malformed app_mention');
      return;
    }
    const m = message.data;
    if (m.bot_id) return; // another bot mentioning us: no conversations between bots
    const ctx = await slackContext(env, client, {
      actor: { teamId: envelope.teamId, enterpriseId: envelope.enterpriseId, userId: m.user },
      place: { channelId: m.channel },
      deliveryKey: `event:${envelope.eventId}`,
      text: m.text,
    });
    const reply = await env.conversation.handleText(ctx, m.text);
    await postInChannel(client, m.channel, m.user, reply);
  };
}
