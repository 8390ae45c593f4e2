/**
 * The platforms' side of a rate limit, written independently of the product's limiter (so a bug there cannot
 * hide itself here): a log of accepted requests per key; a request that would exceed any rule is refused
 * with the seconds until it would fit (the Retry-After a platform sends) and counted as a violation.
 *
 * Arrival times are measured in this process and sending times in the server's, so a request that arrives
 * within TOLERANCE_MS of a window's edge is not counted against that window (loopback and event-loop jitter).
 */
export interface LimitRule { name: string; limit: number; windowMs: number }

export const TOLERANCE_MS = 25;

/** earlyMs: how much sooner than the rule allows the request came (small values can be timing jitter). */
export interface Violation { rule: string; key: string; at: number; earlyMs: number }

export class WindowLimits {
  private readonly accepted = new Map<string, number[]>();
  readonly violations: Violation[] = [];

  /**
   * Checks every rule for its key, all or nothing: returns 0 and records the request when all allow it, else
   * the Retry-After in seconds (the request is then not recorded: a refused call uses no budget).
   */
  admit(checks: readonly { key: string; rules: readonly LimitRule[] }[], now = performance.now()): number {
    let retryMs = 0;
    let broken: { rule: LimitRule; key: string } | undefined;
    for (const { key, rules } of checks) {
      for (const rule of rules) {
        const log = this.accepted.get(`${rule.name}|${key}`) ?? [];
        const inWindow = log.filter((t) => t > now - rule.windowMs + TOLERANCE_MS);
        if (inWindow.length < rule.limit) continue;
        const wait = inWindow[inWindow.length - rule.limit] + rule.windowMs - now;
        if (!broken || wait > retryMs) [retryMs, broken] = [wait, { rule, key }];
      }
    }
    if (broken) {
      this.violations.push({ rule: broken.rule.name, key: broken.key, at: Date.now(), earlyMs: Math.round(retryMs) });
      return Math.max(1, Math.ceil(retryMs / 1000));
    }
    for (const { key, rules } of checks) {
      for (const rule of rules) {
        const id = `${rule.name}|${key}`;
        const log = this.accepted.get(id) ?? [];
        // Keep only what the rule's window can still see.
        while (log.length && log[0] <= now - rule.windowMs) log.shift();
        log.push(now);
        this.accepted.set(id, log);
      }
    }
    return 0;
  }

  /** "thread 7/1s x3 (early by up to 40 ms)" per rule. */
  describe(): string[] {
    const byRule = new Map<string, number[]>();
    for (const v of this.violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v.earlyMs]);
    return [...byRule].map(([rule, early]) => `${rule} x${early.length} (early by up to ${Math.max(...early)} ms)`);
  }
}
