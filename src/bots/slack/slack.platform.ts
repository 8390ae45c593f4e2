/**
 * The Slack adapter's entry point: builds the Bolt app for the configured mode, registers the listeners and
 * the prompt gateway, and knows how to stop. register-platforms.ts calls it only when Slack is configured.
 */
import type { Express } from 'express';
import { Conversation } from '../shared/conversation';
import { PlatformDeps, PlatformHandle } from '../shared/platform-deps';
import { eventDedupeMiddleware } from './event-dedupe.middleware';
import { ChannelPacer } from './gateway/channel-pacer';
import { coordinatorNotifier } from './gateway/coordinator.notifier';
import { SlackPromptGateway } from './gateway/slack-prompt.gateway';
import { SlackDialogueNotifier } from './gateway/slack-dialogue.notifier';
import { SlackDigestGateway } from './gateway/slack-digest.gateway';
import { registerListeners } from './listeners';
import { buildSlackApp } from './slack-bolt-app';
import { SlackChannelMembership } from './slack-channel-membership';
import { SlackEnv } from './slack-env';
import { isSlackConfigured, slackMode } from './slack-mode';
import { SlackUserDirectory } from './slack-user-directory';
import { backgroundClientOptions, clientCache, lookupClientOptions } from './slack-web-client';
import { prismaCoordinatorDirectory } from './storage/coordinator.directory';
import { SlackStorage } from './storage/slack-storage';

export { isSlackConfigured };

/** Call only when isSlackConfigured(config); an incomplete Slack configuration stops start-up with its reason. */
export async function registerSlack(expressApp: Express, deps: PlatformDeps): Promise<PlatformHandle> {
  const mode = slackMode(deps.config);
  if (!mode) throw new Error('registerSlack called without a Slack configuration');
  const log = deps.log.child({ area: 'slack' });
  const storage = SlackStorage.forUrl(deps.config.DATABASE_URL);
  const { app, tokens, socketMode } = await buildSlackApp(expressApp, { ...deps, log }, mode, storage);
  const scoped = { ...deps, log };
  const channels = new SlackChannelMembership(log, clientCache(lookupClientOptions(deps.config, log)));
  const env: SlackEnv = { deps: scoped, conversation: new Conversation(scoped), users: new SlackUserDirectory(log), channels, log };

  app.use(eventDedupeMiddleware(deps.repos.deliveries, log));
  registerListeners(app, env);
  app.error(async (error) => {
    log.error({ err: (error as { code?: string }).code ?? error.message }, 'Slack listener failed');
  });

  const clientFor = clientCache(backgroundClientOptions(deps.config, log));
  const notifyGone = coordinatorNotifier(scoped, prismaCoordinatorDirectory(storage), tokens, clientFor);
  deps.services.prompts.registerGateway(new SlackPromptGateway(scoped, { tokens, clientFor, pacer: new ChannelPacer(), notifyGone }));
  deps.services.dialogues.registerNotifier(new SlackDialogueNotifier(scoped, { tokens, clientFor, pacer: new ChannelPacer() }));
  deps.services.digest.registerGateway(new SlackDigestGateway(scoped, { tokens, clientFor, pacer: new ChannelPacer() }));

  if (socketMode) {
    // Connecting may take a while (or retry while Slack is unreachable); the HTTP server need not wait for it.
    app.start().then(() => log.info({}, 'Slack Socket Mode connected'), (error: unknown) => log.error({ err: String(error) }, 'Slack Socket Mode failed to connect'));
  }
  log.info({ mode: mode.kind }, 'Slack registered');
  return {
    name: `slack (${mode.kind})`,
    async stop() {
      if (socketMode) await app.stop().catch(() => undefined);
      await storage.close();
    },
  };
}
