/**
 * Registers Microsoft Teams on the shared server: the CloudAdapter at POST /api/messages, the bot, the error
 * handler, and the proactive prompt gateway. Every botbuilder import stays inside src/bots/teams.
 */
import { Express } from 'express';
import { BackgroundTasks } from '../../shared/background-tasks';
import { Conversation } from '../shared/conversation';
import { PlatformDeps, PlatformHandle } from '../shared/platform-deps';
import { messagesRouter } from './messages.endpoint';
import { OutboundPolicy } from './outbound/outbound-policy';
import { createTeamsAdapter, teamsAuthMode } from './teams-authentication';
import { TeamsBot } from './teams.bot';
import { RecentInvokes } from './handlers/recent-invokes';
import { TeamsPromptGateway } from './teams-prompt.gateway';
import { TeamsReplies } from './teams-replies';
import { TeamsDialogueNotifier } from './teams-dialogue.notifier';
import { TeamsDigestGateway } from './teams-digest.gateway';
import { turnErrorHandler } from './turn-error.handler';

/** See OutboundPolicy.bounded: a reply that cannot leave within this is given up (logged), not queued. */
const IN_TURN_WAIT_MS = 5_000;

export async function registerTeams(app: Express, platformDeps: PlatformDeps): Promise<PlatformHandle> {
  const log = platformDeps.log.child({ area: 'teams' });
  const deps: PlatformDeps = { ...platformDeps, log };
  const adapter = createTeamsAdapter(deps.config, log);
  adapter.onTurnError = turnErrorHandler(log);
  const outbound = new OutboundPolicy(log);
  // Replies while Teams waits for our answer (it gives up after 15 s) wait at most this long for the limits.
  const inTurn = outbound.bounded(IN_TURN_WAIT_MS);
  const background = new BackgroundTasks();
  const bot = new TeamsBot({ deps, conversation: new Conversation(deps), replies: new TeamsReplies(inTurn), outbound: inTurn, recentInvokes: new RecentInvokes(), background });
  app.use(messagesRouter(adapter, bot, log, { localMode: teamsAuthMode(deps.config) === 'local' }));
  const gateway = new TeamsPromptGateway(adapter, deps, outbound);
  deps.services.prompts.registerGateway(gateway);
  deps.services.dialogues.registerNotifier(new TeamsDialogueNotifier(adapter, deps, outbound));
  deps.services.digest.registerGateway(new TeamsDigestGateway(adapter, deps, outbound));
  return {
    name: 'teams',
    // No sockets or timers of our own; card updates already queued and notices on their way finish before the
    // database closes.
    stop: async () => {
      await Promise.all([gateway.drain(), background.idle()]);
    },
  };
}
