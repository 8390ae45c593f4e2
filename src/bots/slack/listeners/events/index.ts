import type { App } from '@slack/bolt';
import { SlackEnv } from '../../slack-env';
import { appHomeOpenedEvent } from './app-home-opened.event';
import { appMentionEvent } from './app-mention.event';
import { directMessageEvent } from './direct-message.event';
import { memberJoinedChannelEvent } from './member-joined-channel.event';

export function registerEvents(app: App, env: SlackEnv): void {
  app.event('app_mention', appMentionEvent(env));
  app.event('message', directMessageEvent(env));
  app.event('app_home_opened', appHomeOpenedEvent(env));
  app.event('member_joined_channel', memberJoinedChannelEvent(env));
}
