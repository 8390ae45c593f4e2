/** What every Teams handler gets: the shared deps (with a Teams child logger) and the Teams helpers. */
import { BackgroundTasks } from '../../../shared/background-tasks';
import { Conversation } from '../../shared/conversation';
import { PlatformDeps } from '../../shared/platform-deps';
import { OutboundPolicy } from '../outbound/outbound-policy';
import { TeamsReplies } from '../teams-replies';
import { RecentInvokes } from './recent-invokes';

export interface TeamsHandlerEnv {
  deps: PlatformDeps;
  conversation: Conversation;
  replies: TeamsReplies;
  outbound: OutboundPolicy;
  recentInvokes: RecentInvokes;
  /** Sends that follow a reply (the first-contact notice after an invoke response); awaited at stop. */
  background: BackgroundTasks;
}
