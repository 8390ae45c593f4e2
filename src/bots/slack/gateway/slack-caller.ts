/**
 * Web API calls of the proactive gateway: the workspace's bot token, one call per paced slot of its conversation
 * (Slack allows about one message per second per channel), `ratelimited` waited out and retried a few times,
 * everything else mapped to GatewayError: `gone` (the conversation will not take posts again without someone
 * acting) or `retryable` (the outbox or the scheduler tries again later).
 */
import { GatewayError } from '../../../domain/errors';
import { Logger } from '../../../shared/logger';
import { SlackConversationRef } from '../slack-identity';
import { WebClient } from '../slack-web-client';
import { ChannelPacer } from './channel-pacer';
import { classifySlackError, SlackFailure } from './slack-error.map';
import { TokenSource } from './token-source';

export interface SlackCallerOptions {
  tokens: TokenSource;
  clientFor(token: string): WebClient;
  pacer: ChannelPacer;
  /** Attempts per call, counting the first (so 3 = two retries after `ratelimited`). */
  maxAttempts?: number;
  /** A longer Retry-After is not waited for: the caller gets `retryable` and the scheduler tries again. */
  maxRetryAfterMs?: number;
}

/** What a failed call was for; only in logs (never ids of people or message text). */
export type CallPurpose = 'post' | 'update' | 'remind' | 'summary' | 'history';

export interface CallContext {
  /** The paced conversation: a channel, or a person's DM. */
  conversation: string;
  purpose: CallPurpose;
  log: Record<string, unknown>;
  /** Called once when the conversation turned out to be gone, before GatewayError('gone') is thrown. */
  onGone?: (failure: SlackFailure) => Promise<void>;
}

export class SlackCaller {
  constructor(private readonly log: Logger, private readonly options: SlackCallerOptions) {}

  /** A client with the workspace's bot token; `gone` when the app is no longer installed there. */
  async client(ref: Pick<SlackConversationRef, 'teamId' | 'enterpriseId'>): Promise<WebClient> {
    const token = await this.options.tokens.botToken(ref);
    if (!token) throw new GatewayError('gone', 'no Slack installation for this workspace');
    return this.options.clientFor(token);
  }

  async call<T>(teamId: string, context: CallContext, run: () => Promise<T>): Promise<T> {
    const { maxAttempts = 3, maxRetryAfterMs = 30_000 } = this.options;
    const key = `${teamId}:${context.conversation}`;
    for (let attempt = 1; ; attempt += 1) {
      await this.options.pacer.wait(key);
      try {
        return await run();
      } catch (error) {
        const failure = classifySlackError(error);
        this.log.warn({ ...context.log, what: context.purpose, attempt, code: failure.code }, 'Slack call failed');
        if (failure.kind === 'ratelimited' && attempt < maxAttempts && failure.retryAfterMs <= maxRetryAfterMs) {
          this.options.pacer.defer(key, failure.retryAfterMs);
          continue;
        }
        if (failure.kind === 'gone') {
          await context.onGone?.(failure).catch((e: unknown) => this.log.warn({ err: String(e) }, 'gone notice failed'));
          throw new GatewayError('gone', failure.code);
        }
        throw new GatewayError('retryable', failure.code);
      }
    }
  }
}
