/** Oogst added to a channel: a setup message explaining how to link it. Other people joining are not announced. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { SlackEnv } from '../../slack-env';
import { memberJoinedSchema } from '../../slack-payloads.schema';
import { messageOf } from '../../slack-reply';
import { readEnvelope } from './event-envelope';

export function memberJoinedChannelEvent(env: SlackEnv) {
  return async function memberJoinedChannelCallback({ event, body, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'member_joined_channel'>): Promise<void> {
    const joined = memberJoinedSchema.safeParse(event);
    if (!joined.success || joined.data.user !== context.botUserId) return;
    if (!readEnvelope(body, env.log)) return;
    const welcome = messageOf(env.conversation.welcome(env.deps.config.OOGST_DEFAULT_LOCALE));
    await client.chat.postMessage({ channel: joined.data.channel, text: welcome.text, blocks: welcome.blocks });
    env.log.info({ channel: joined.data.channel }, 'Slack setup message posted');
  };
}
