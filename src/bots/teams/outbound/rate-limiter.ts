/**
 * Keeps outgoing Bot Connector calls within Teams' documented limits (per bot per thread: 7 per second,
 * 8 per 2 s, 60 per 30 s, 1800 per hour; per app per tenant: 50 per second).
 *
 * A token bucket whose tokens come back one window after they were spent (a sliding-window log). A classic
 * bucket that refills continuously at limit/window lets through almost twice the limit in one window (a full
 * bucket plus what refills while it drains); Teams answers that with 429s, so each spent token is remembered.
 * Memory stays small: at most `limit` timestamps per rule per key, and idle keys are dropped.
 *
 * Limits are per process. Several instances share Teams' budget, so each one still sees a 429 now and then;
 * the retry layer (connector-retry.ts) honours Retry-After for those.
 */

export interface RateRule {
  limit: number;
  windowMs: number;
}

export type RuleSet = Record<string, RateRule[]>;

/** Teams' published limits. "thread" = one conversation (channel or chat); "tenant" = one customer tenant. */
export const TEAMS_RATE_RULES = {
  thread: [
    { limit: 7, windowMs: 1_000 },
    { limit: 8, windowMs: 2_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1_800, windowMs: 3_600_000 },
  ],
  tenant: [{ limit: 50, windowMs: 1_000 }],
} satisfies RuleSet;

export type TeamsRuleName = keyof typeof TEAMS_RATE_RULES;

export interface LimiterKey<R extends string = string> {
  rule: R;
  key: string;
}

/** Milliseconds since an arbitrary origin; must never go backwards. */
export type MonotonicClock = () => number;
export type Sleep = (ms: number) => Promise<void>;

export const monotonicClock: MonotonicClock = () => performance.now();
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next token would come later than the caller can wait (`take`'s maxWaitMs). */
export class RateLimitWaitTooLong extends Error {
  constructor(readonly waitMs: number) {
    super(`rate limit: the next token comes in ${waitMs} ms, later than the caller can wait`);
    this.name = 'RateLimitWaitTooLong';
  }
}

export class RateLimiter<R extends string = string> {
  /** "rule|key|ruleIndex" -> timestamps of spent tokens, oldest first. */
  private readonly spent = new Map<string, number[]>();
  private lastSweep = 0;

  /**
   * `marginMs`: a spent token comes back this much later than its window says. The token is taken a moment
   * before the request leaves, and the platform counts arrivals: under load (many channels at once) a request
   * can leave tens of milliseconds after its token, and two windows' worth then arrive inside one window.
   */
  constructor(private readonly rules: Record<R, RateRule[]>, private readonly clock: MonotonicClock = monotonicClock, private readonly marginMs = 0) {}

  /**
   * Takes one token from every bucket named by `keys`, all or nothing. Returns 0 when taken, otherwise how many
   * milliseconds to wait before asking again (nothing is taken then).
   */
  tryTake(keys: LimiterKey<R>[]): number {
    const now = this.clock();
    this.sweep(now);
    let wait = 0;
    const buckets: number[][] = [];
    for (const { rule, key } of keys) {
      this.rules[rule].forEach((limit, index) => {
        const windowMs = limit.windowMs + this.marginMs;
        const bucket = this.bucket(`${rule}|${key}|${index}`, now, windowMs);
        buckets.push(bucket);
        if (bucket.length >= limit.limit) wait = Math.max(wait, bucket[bucket.length - limit.limit] + windowMs - now);
      });
    }
    if (wait > 0) return Math.ceil(wait);
    for (const bucket of buckets) bucket.push(now);
    return 0;
  }

  /**
   * Waits (with the given sleep) until a token is available in every bucket, then takes it. Throws
   * RateLimitWaitTooLong, taking nothing, when that would mean waiting longer than `maxWaitMs` in all.
   */
  async take(keys: LimiterKey<R>[], sleep: Sleep = realSleep, maxWaitMs = Infinity): Promise<number> {
    let waited = 0;
    for (;;) {
      const wait = this.tryTake(keys);
      if (wait === 0) return waited;
      if (waited + wait > maxWaitMs) throw new RateLimitWaitTooLong(wait);
      waited += wait;
      await sleep(wait);
    }
  }

  /** Number of live buckets (for tests: idle keys must not pile up). */
  get size(): number {
    return this.spent.size;
  }

  private bucket(id: string, now: number, windowMs: number): number[] {
    let bucket = this.spent.get(id);
    if (!bucket) {
      bucket = [];
      this.spent.set(id, bucket);
    }
    let expired = 0;
    while (expired < bucket.length && bucket[expired] + windowMs <= now) expired += 1;
    if (expired) bucket.splice(0, expired);
    return bucket;
  }

  /** Drops buckets whose newest token has expired for every window (checked at most once a minute). */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const longest = Math.max(...Object.values<RateRule[]>(this.rules).flat().map((r) => r.windowMs)) + this.marginMs;
    for (const [id, bucket] of this.spent) {
      if (bucket.length === 0 || bucket[bucket.length - 1] + longest <= now) this.spent.delete(id);
    }
  }
}
