/**
 * Which way Oogst talks to Slack, decided once from the config:
 * - `oauth`: SLACK_CLIENT_ID + SLACK_CLIENT_SECRET + SLACK_STATE_SECRET (+ signing secret): many workspaces,
 *   installed through /slack/install, tokens in the SlackInstallation table.
 * - `socket`: SLACK_APP_TOKEN + SLACK_BOT_TOKEN: one workspace over a WebSocket (no public URL needed).
 * - `http`: SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN: one workspace, requests on POST /slack/events.
 */
import { Config } from '../../config';
import { StartupError } from '../../shared/startup-error';

export type SlackMode =
  | { kind: 'http'; signingSecret: string; botToken: string }
  | { kind: 'socket'; appToken: string; botToken: string }
  | { kind: 'oauth'; signingSecret: string; clientId: string; clientSecret: string; stateSecret: string };

/** True when any Slack variable is set, so a half-finished configuration fails loudly instead of being ignored. */
export function isSlackConfigured(config: Config): boolean {
  return Boolean(config.SLACK_BOT_TOKEN || config.SLACK_APP_TOKEN || config.SLACK_CLIENT_ID || config.SLACK_CLIENT_SECRET);
}

export function slackMode(config: Config): SlackMode | undefined {
  if (!isSlackConfigured(config)) return undefined;
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret } = config;
  if (clientId || clientSecret) {
    const missing = [
      ['SLACK_CLIENT_ID', clientId],
      ['SLACK_CLIENT_SECRET', clientSecret],
      ['SLACK_STATE_SECRET', stateSecret],
      ['SLACK_SIGNING_SECRET', config.SLACK_SIGNING_SECRET],
    ].filter(([, value]) => !value).map(([name]) => name);
    if (missing.length) throw invalid(`${missing.join(', ')}: required for the multi-workspace Slack install (SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are set).`);
    if (config.SLACK_BOT_TOKEN) throw invalid('SLACK_BOT_TOKEN: leave it empty with SLACK_CLIENT_ID; each workspace gets its own token when it installs Oogst.');
    return { kind: 'oauth', signingSecret: config.SLACK_SIGNING_SECRET!, clientId: clientId!, clientSecret: clientSecret!, stateSecret: stateSecret! };
  }
  if (!config.SLACK_BOT_TOKEN) throw invalid('SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN (Socket Mode).');
  if (config.SLACK_APP_TOKEN) return { kind: 'socket', appToken: config.SLACK_APP_TOKEN, botToken: config.SLACK_BOT_TOKEN };
  if (!config.SLACK_SIGNING_SECRET) throw invalid('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode).');
  return { kind: 'http', signingSecret: config.SLACK_SIGNING_SECRET, botToken: config.SLACK_BOT_TOKEN };
}

function invalid(line: string): StartupError {
  return new StartupError('CONFIG.INVALID', `Configuration is not valid:\n  ${line}`);
}
