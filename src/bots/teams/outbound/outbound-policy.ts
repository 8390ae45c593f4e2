/**
 * Every call the bot makes to the Bot Connector goes through here: first a token from the rate limiter (per
 * conversation and per tenant), then the call, retried on 429/412/502/503/504 with Retry-After honoured and a
 * small jittered backoff, a bounded number of times. The SDK's own retry policy is switched off
 * (teams-authentication.ts) so this is the only retry layer: the SDK would otherwise retry each of our attempts
 * three more times and sleep for any Retry-After, however long.
 */
import { GatewayError } from '../../../domain/errors';
import { Logger } from '../../../shared/logger';
import { classifyConnectorError, ConnectorFailure } from './connector-errors';
import { RateLimiter, RateLimitWaitTooLong, realSleep, Sleep, TEAMS_RATE_RULES, TeamsRuleName } from './rate-limiter';

export interface RetryOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the caller gets a `retryable` failure at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 4_000, maxRetryAfterMs: 15_000 };

export interface OutboundTarget {
  conversationId: string;
  tenantId: string;
}

/** Thrown when a call failed for good; `failure` says whether the conversation is gone or worth another try. */
export class ConnectorCallError extends Error {
  constructor(readonly failure: ConnectorFailure, readonly attempts: number) {
    super(`Bot Connector call failed (${failure.kind}${failure.status ? ` ${failure.status}` : ''}) after ${attempts} attempt(s)`);
    this.name = 'ConnectorCallError';
  }

  toGatewayError(): Error {
    if (this.failure.kind === 'gone') return new GatewayError('gone', this.message);
    if (this.failure.kind === 'retryable') return new GatewayError('retryable', this.message);
    return this;
  }
}

export interface OutboundPolicyOptions {
  retry?: Partial<RetryOptions>;
  limiter?: RateLimiter<TeamsRuleName>;
  sleep?: Sleep;
  random?: () => number;
  /** At most this long in all for rate-limit tokens and Retry-After waits; then the call fails (retryable). */
  maxWaitMs?: number;
}

/** Measured in the fan-out benchmark: with 16 partnerships posting at once, requests left up to 30 ms after their token. */
const SEND_MARGIN_MS = 50;

export class OutboundPolicy {
  private readonly retry: RetryOptions;
  private readonly limiter: RateLimiter<TeamsRuleName>;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly maxWaitMs: number;

  constructor(private readonly log: Logger, options: OutboundPolicyOptions = {}) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.limiter = options.limiter ?? new RateLimiter(TEAMS_RATE_RULES, undefined, SEND_MARGIN_MS);
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.maxWaitMs = options.maxWaitMs ?? Infinity;
  }

  /**
   * The same limits (one limiter, so both count against the same conversations), for calls made while Teams
   * waits for our HTTP answer: Teams gives up after 15 s and sends the activity again, so such a call must not
   * queue for tokens or sleep out a Retry-After beyond `maxWaitMs`. Background posts keep waiting as long as
   * the limits say.
   */
  bounded(maxWaitMs: number): OutboundPolicy {
    return new OutboundPolicy(this.log, { retry: this.retry, limiter: this.limiter, sleep: this.sleep, random: this.random, maxWaitMs });
  }

  /** Runs one connector call within the limits, retrying what is worth retrying; throws ConnectorCallError. */
  async run<T>(target: OutboundTarget, operation: string, call: () => Promise<T>): Promise<T> {
    let waitedInAll = 0;
    for (let attempt = 1; ; attempt += 1) {
      let waited: number;
      try {
        waited = await this.limiter.take([{ rule: 'thread', key: target.conversationId }, { rule: 'tenant', key: target.tenantId }], this.sleep, this.maxWaitMs - waitedInAll);
      } catch (error) {
        if (!(error instanceof RateLimitWaitTooLong)) throw error;
        this.log.warn({ operation, attempt, waitMs: error.waitMs }, 'teams rate limit: no token within the wait allowed, call given up');
        throw new ConnectorCallError({ kind: 'retryable', code: 'local_rate_limit', retryAfterMs: error.waitMs }, attempt);
      }
      waitedInAll += waited;
      if (waited > 0) this.log.debug({ operation, waitedMs: waited }, 'teams rate limit: waited for a token');
      try {
        return await call();
      } catch (error) {
        const failure = classifyConnectorError(error);
        const delay = this.delayBeforeRetry(failure, attempt, this.maxWaitMs - waitedInAll);
        this.log.warn({ operation, attempt, failure: failure.kind, status: failure.status, code: failure.code, retryInMs: delay }, 'bot connector call failed');
        if (delay === undefined) throw new ConnectorCallError(failure, attempt);
        waitedInAll += delay;
        await this.sleep(delay);
      }
    }
  }

  /** Milliseconds to wait before the next attempt, or undefined to give up (also when it exceeds `budgetMs`). */
  private delayBeforeRetry(failure: ConnectorFailure, attempt: number, budgetMs: number): number | undefined {
    const delay = this.plannedDelay(failure, attempt);
    return delay !== undefined && delay <= budgetMs ? delay : undefined;
  }

  private plannedDelay(failure: ConnectorFailure, attempt: number): number | undefined {
    if (failure.kind !== 'retryable' || attempt >= this.retry.maxAttempts) return undefined;
    const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    // Half the backoff plus a random half ("equal jitter") spreads callers throttled together; Retry-After is a floor.
    const jittered = Math.round(backoff / 2 + (this.random() * backoff) / 2);
    if (failure.retryAfterMs === undefined) return jittered;
    if (failure.retryAfterMs > this.retry.maxRetryAfterMs) return undefined;
    return failure.retryAfterMs + Math.round(this.random() * this.retry.baseDelayMs);
  }
}
