/**
 * Web API client settings. Bolt's default retry policy (ten retries over about thirty minutes) suits background
 * jobs, not a listener that must finish within Slack's 3 s windows, so request-path calls retry briefly; the
 * prompt gateway gets clients that report rate limits to it (it waits per channel instead of pausing everything).
 */
import { webApi } from '@slack/bolt';
import { Config } from '../../config';
import { Logger } from '../../shared/logger';
import { slackLogger } from './slack-logger';

export type WebClient = InstanceType<typeof webApi.WebClient>;
export type WebClientOptions = NonNullable<ConstructorParameters<typeof webApi.WebClient>[1]>;

/** Options for Bolt's clients (listeners): short retries, a timeout, our logger, SLACK_API_URL when set. */
export function requestClientOptions(config: Config, log: Logger): WebClientOptions {
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    logger: slackLogger(log),
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 100, maxTimeout: 1_000 },
  };
}

/** Clients for proactive posts: no built-in retries, rate limits thrown so the gateway decides. */
export function backgroundClientOptions(config: Config, log: Logger): WebClientOptions {
  return { ...requestClientOptions(config, log), rejectRateLimitedCalls: true, retryConfig: { retries: 0 } };
}

/**
 * Clients for a quick look-up on the request path that must not hold a command up (is the bot in this channel?):
 * one try, rate limits thrown, a short timeout; the caller goes ahead without the answer when it fails.
 */
export function lookupClientOptions(config: Config, log: Logger): WebClientOptions {
  return { ...backgroundClientOptions(config, log), timeout: 3_000 };
}

/** One client per token (they hold a request queue); bounded because tokens come and go with installs. */
export function clientCache(options: WebClientOptions, max = 200): (token: string) => WebClient {
  const clients = new Map<string, WebClient>();
  return (token) => {
    let client = clients.get(token);
    if (!client) {
      if (clients.size >= max) clients.delete(clients.keys().next().value as string);
      client = new webApi.WebClient(token, options);
      clients.set(token, client);
    }
    return client;
  };
}
