/**
 * When the playground runs. It is for trying Oogst on your own machine: on by default only when the entry point
 * allows it (`npm start`) and no platform credentials are configured, because with real Teams or Slack
 * credentials the database holds real people, and the playground lets anyone act as anyone.
 * PLAYGROUND_ENABLED=true/false overrides the default either way.
 */
import { Config } from '../config';

const CREDENTIALS = ['MicrosoftAppId', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_CLIENT_ID'] as const;

type ModeConfig = Pick<Config, 'PLAYGROUND_ENABLED' | (typeof CREDENTIALS)[number]>;

/** Names of the platform credentials that are set (never their values). */
export function configuredCredentials(config: ModeConfig): string[] {
  return CREDENTIALS.filter((name) => Boolean(config[name]));
}

export interface PlaygroundMode {
  enabled: boolean;
  /** For the log: why it is on or off. */
  reason: 'explicitly enabled' | 'explicitly disabled' | 'local mode' | 'platform credentials configured' | 'not started by npm start';
}

/** `auto`: the caller is the entry point and allows the default-on behaviour (tests and benchmarks pass false). */
export function playgroundMode(config: ModeConfig, auto: boolean): PlaygroundMode {
  if (config.PLAYGROUND_ENABLED === true) return { enabled: true, reason: 'explicitly enabled' };
  if (config.PLAYGROUND_ENABLED === false) return { enabled: false, reason: 'explicitly disabled' };
  if (!auto) return { enabled: false, reason: 'not started by npm start' };
  if (configuredCredentials(config).length) return { enabled: false, reason: 'platform credentials configured' };
  return { enabled: true, reason: 'local mode' };
}
