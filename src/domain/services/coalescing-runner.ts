/**
 * Runs a job per key so that requests made while it runs collapse into one more run after it.
 *
 * Card refreshes are requested once per answer; a burst of 100 answers would otherwise queue 100 re-renders of
 * the same message, each waiting for a rate-limit token (Teams 7/s per thread, Slack ~1/s per channel). The job
 * reads the current state when it starts, so one run that starts after a request covers that request:
 * - nothing running for the key: start now;
 * - running, nothing queued: queue one run for when it ends (the running one may have read older state);
 * - running and one queued: join the queued one (it has not started, so it will read newer state).
 * Every caller's promise settles when a run that started after its request has finished. With `minGapMs`, a
 * queued run starts no sooner than that long after the previous one started: a card showing a count need not
 * change more than once a second, and each change costs platform calls under a per-conversation rate limit.
 */
interface Entry { running: Promise<void>; queued?: Promise<void>; startedAt: number }

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class CoalescingRunner {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly job: (key: string) => Promise<void>,
    private readonly options: { minGapMs?: number; now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
  ) {}

  request(key: string): Promise<void> {
    const current = this.entries.get(key);
    if (!current) return this.start(key);
    if (!current.queued) {
      const next = async () => {
        const wait = current.startedAt + (this.options.minGapMs ?? 0) - this.now();
        if (wait > 0) await (this.options.sleep ?? defaultSleep)(wait);
        return this.start(key);
      };
      current.queued = current.running.then(next, next);
    }
    return current.queued;
  }

  /** Resolves when nothing is running or queued (at shutdown, before the database closes). */
  async idle(): Promise<void> {
    while (this.entries.size) await Promise.allSettled([...this.entries.values()].map((e) => e.queued ?? e.running));
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private start(key: string): Promise<void> {
    const entry: Entry = { running: Promise.resolve(), startedAt: this.now() };
    entry.running = Promise.resolve()
      .then(() => this.job(key))
      .finally(() => {
        if (this.entries.get(key) === entry && !entry.queued) this.entries.delete(key);
      });
    this.entries.set(key, entry);
    return entry.running;
  }
}
