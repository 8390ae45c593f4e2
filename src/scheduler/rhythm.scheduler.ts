/**
 * The cron driver of the rhythm: every minute RhythmService.tick() finds due work in the database, then the
 * other per-minute tickers run (the weekly digest). Exactly-once comes from the claims in the database (unique
 * slot keys, conditional outbox updates), not from electing one instance: see cron-job.ts.
 */
import type { TickReport } from '../domain/rhythm/rhythm-deps';
import type { Logger } from '../shared/logger';
import { CronJobHandle, EVERY_MINUTE, startCronJob } from './cron-job';

export { EVERY_MINUTE };

export interface RhythmTicker {
  tick(now?: Date): Promise<TickReport>;
  /** The process is stopping: work after the tick (the digest) waits for the next process. */
  readonly stopRequested?: boolean;
}

/** Other per-minute work that runs in the same task right after the rhythm's tick (the weekly digest, issue 7). */
export interface ExtraTicker { name: string; tick(now?: Date): Promise<Record<string, number>> }

export interface SchedulerOptions {
  /** Each runs after the rhythm's tick; a failing one is logged and never stops the others or the next minute. */
  extraTickers?: readonly ExtraTicker[];
  timezone?: string;
  /** Tick once right away, so slots missed during downtime go out without waiting for the first minute. */
  runAtStart?: boolean;
  pattern?: string;
}

export type SchedulerHandle = CronJobHandle<TickReport>;

const busy = (report: object): boolean => Object.values(report).some((n) => typeof n === 'number' && n > 0);

async function runExtra(extra: ExtraTicker, trigger: string, log: Logger): Promise<void> {
  try {
    const report = await extra.tick();
    if (busy(report)) log.info({ trigger, ...report }, `${extra.name} tick`);
  } catch (error) {
    log.error({ trigger, err: String(error) }, `${extra.name} tick failed`);
  }
}

export function startRhythmScheduler(rhythm: RhythmTicker, log: Logger, options: SchedulerOptions = {}): SchedulerHandle {
  let started = 0;
  const job = startCronJob<TickReport>(
    {
      name: 'oogst-rhythm',
      pattern: options.pattern ?? EVERY_MINUTE,
      timezone: options.timezone,
      runAtStart: options.runAtStart ?? true,
      work: () => {
        started = Date.now();
        return rhythm.tick();
      },
      onDone: async (report, trigger) => {
        if (busy(report)) log.info({ trigger, ...report, ms: Date.now() - started }, 'rhythm tick');
        for (const extra of options.extraTickers ?? []) if (!rhythm.stopRequested) await runExtra(extra, trigger, log);
      },
      // A failed tick (database down) is logged and retried next minute; it never takes the process down.
      failureMessage: 'rhythm tick failed',
    },
    log,
  );
  log.info({ pattern: options.pattern ?? EVERY_MINUTE, nextRun: job.nextRun()?.toISOString() }, 'rhythm scheduler started');
  return { runNow: job.runNow, stop: job.stop };
}
