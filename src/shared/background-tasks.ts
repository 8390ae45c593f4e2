/**
 * Work that runs after a reply has gone out (a notice that must not hold up the person's card), tracked so that
 * a stop can wait for it before the database closes. Each task handles its own errors: a failure is logged by the
 * task and never becomes an unhandled rejection.
 */
export class BackgroundTasks {
  private readonly pending = new Set<Promise<void>>();

  run(task: () => Promise<void>): void {
    const running = task().catch(() => undefined).finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  /** Resolves when every task started so far has ended. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
