/**
 * Builds the Bolt App for the configured mode. Over HTTP, an ExpressReceiver is mounted on the shared Express
 * app: events, slash commands and interactivity all arrive at POST /slack/events, signatures checked by Bolt
 * (401 when wrong or older than 5 minutes); OAuth adds GET /slack/install and /slack/oauth_redirect.
 */
import { App, ExpressReceiver, webApi } from '@slack/bolt';
import type { Express } from 'express';
import { PlatformDeps } from '../shared/platform-deps';
import { botAuthorize } from './bot-authorize';
import { installationTokenSource, singleTokenSource, TokenSource } from './gateway/token-source';
import { slackLogger } from './slack-logger';
import { receiverErrorHandlers } from './slack-receiver-errors';
import { futureTimestampGuard } from './request-timestamp.guard';
import { SlackMode } from './slack-mode';
import { SLACK_BOT_SCOPES } from './slack-scopes';
import { requestClientOptions } from './slack-web-client';
import { prismaInstallationStore } from './storage/prisma-installation.store';
import { SlackStorage } from './storage/slack-storage';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface BuiltSlackApp {
  app: App;
  tokens: TokenSource;
  /** Socket Mode connects on start; over HTTP the shared server already listens. */
  socketMode: boolean;
}

export async function buildSlackApp(expressApp: Express, deps: PlatformDeps, mode: SlackMode, storage: SlackStorage): Promise<BuiltSlackApp> {
  const logger = slackLogger(deps.log);
  const clientOptions = requestClientOptions(deps.config, deps.log);
  // Before the receiver's own route: Bolt refuses only stale timestamps, not future ones.
  if (mode.kind !== 'socket') expressApp.use(SLACK_EVENTS_PATH, futureTimestampGuard(deps.log));
  // Bolt's conversation store keeps per-conversation state in memory; Oogst keeps its state in the database.
  const appOptions = { logger, clientOptions, convoStore: false as const };
  const receiverOptions = {
    app: expressApp,
    logger,
    endpoints: SLACK_EVENTS_PATH,
    // Listeners call ack() themselves, first thing (or, for a modal, right after storing), so Slack gets its
    // answer within 3 s and slower follow-ups (posting to channels) run after the HTTP response.
    processBeforeResponse: false,
    ...receiverErrorHandlers(deps.log),
  };
  if (mode.kind === 'oauth') {
    const installationStore = prismaInstallationStore(storage);
    const receiver = new ExpressReceiver({
      ...receiverOptions,
      signingSecret: mode.signingSecret,
      clientId: mode.clientId,
      clientSecret: mode.clientSecret,
      stateSecret: mode.stateSecret,
      scopes: [...SLACK_BOT_SCOPES],
      installationStore,
      installerOptions: { clientOptions, directInstall: false },
    });
    return { app: new App({ ...appOptions, receiver }), tokens: installationTokenSource(installationStore), socketMode: false };
  }
  const authorize = await botAuthorize(mode.botToken, new webApi.WebClient(mode.botToken, clientOptions), deps.log);
  if (mode.kind === 'socket') {
    return { app: new App({ ...appOptions, socketMode: true, appToken: mode.appToken, authorize }), tokens: singleTokenSource(mode.botToken), socketMode: true };
  }
  const receiver = new ExpressReceiver({ ...receiverOptions, signingSecret: mode.signingSecret });
  return { app: new App({ ...appOptions, receiver, authorize }), tokens: singleTokenSource(mode.botToken), socketMode: false };
}
