/** A message in the DM with Oogst (message.im): a command without the slash; the reply stays in the DM. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { messageEventSchema } from '../../slack-payloads.schema';
import { replyMessage } from '../../slack-reply';
import { deliverNotice } from '../../privacy-notice';
import { readEnvelope } from './event-envelope';

export function directMessageEvent(env: SlackEnv) {
  return async function directMessageCallback({ event, body, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> {
    const message = messageEventSchema.safeParse(event);
    // Only plain messages people type in the DM: no edits, joins, bot posts (our own replies come back as events).
    if (!message.success || message.data.channel_type !== 'im' || message.data.subtype || message.data.bot_id) return;
    const envelope = readEnvelope(body, env.log);
    if (!envelope) return;
    const m = message.data;
    const ctx = await slackContext(env, client, {
      actor: { teamId: envelope.teamId, enterpriseId: envelope.enterpriseId, userId: m.user },
      deliveryKey: `event:${envelope.eventId}`,
      text: m.text,
    });
    const answer = await env.conversation.handleText(ctx, m.text);
    const reply = replyMessage(answer);
    await client.chat.postMessage({ channel: m.channel, text: reply.text, blocks: reply.blocks });
    await deliverNotice(client, { userId: m.user }, answer.notice, env.log);
  };
}
