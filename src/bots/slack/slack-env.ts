/** What every Slack listener gets: the platform deps, the shared conversation, and the Slack-side helpers. */
import { Conversation } from '../shared/conversation';
import { PlatformDeps } from '../shared/platform-deps';
import { Logger } from '../../shared/logger';
import { SlackUserDirectory } from './slack-user-directory';

export interface SlackEnv {
  deps: PlatformDeps;
  conversation: Conversation;
  users: SlackUserDirectory;
  log: Logger;
}
