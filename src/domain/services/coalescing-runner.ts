/**
 * Runs a job per key so that requests made while it runs collapse into one more run after it.
 *
 * Card refreshes are requested once per answer; a burst of 100 answers would otherwise queue 100 re-renders of
 * the same message, each waiting for a rate-limit token (Teams 7/s per thread, Slack ~1/s per channel). The job
 * reads the current state when it starts, so one run that starts after a request covers that request:
 * - nothing running for the key: start now;
 * - running, nothing queued: queue one run for when it ends (the running one may have read older state);
 * - running and one queued: join the queued one (it has not started, so it will read newer state).
 * Every caller's promise settles when a run that started after its request has finished.
 */
export class CoalescingRunner {
  private readonly entries = new Map<string, { running: Promise<void>; queued?: Promise<void> }>();

  constructor(private readonly job: (key: string) => Promise<void>) {}

  request(key: string): Promise<void> {
    const current = this.entries.get(key);
    if (!current) return this.start(key);
    if (!current.queued) {
      const next = () => this.start(key);
      current.queued = current.running.then(next, next);
    }
    return current.queued;
  }

  /** Resolves when nothing is running or queued (at shutdown, before the database closes). */
  async idle(): Promise<void> {
    while (this.entries.size) await Promise.allSettled([...this.entries.values()].map((e) => e.queued ?? e.running));
  }

  private start(key: string): Promise<void> {
    const entry: { running: Promise<void>; queued?: Promise<void> } = { running: Promise.resolve() };
    entry.running = Promise.resolve()
      .then(() => this.job(key))
      .finally(() => {
        if (this.entries.get(key) === entry && !entry.queued) this.entries.delete(key);
      });
    this.entries.set(key, entry);
    return entry.running;
  }
}
