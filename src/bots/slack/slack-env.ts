/** What every Slack listener gets: the platform deps, the shared conversation, and the Slack-side helpers. */
import { Conversation } from '../shared/conversation';
import { PlatformDeps } from '../shared/platform-deps';
import { Logger } from '../../shared/logger';
import { SlackChannelMembership } from './slack-channel-membership';
import { SlackUserDirectory } from './slack-user-directory';

export interface SlackEnv {
  deps: PlatformDeps;
  conversation: Conversation;
  users: SlackUserDirectory;
  /** Whether the bot is in a channel, asked before linking it. */
  channels: SlackChannelMembership;
  log: Logger;
}
