/**
 * The cron driver: a node-cron 4 task fires every minute and calls RhythmService.tick(), which finds due work
 * in the database. Every instance runs its own task; exactly-once comes from the claims in the database
 * (unique slot keys, conditional outbox updates), not from electing one instance, so node-cron's
 * `distributed` coordinator is not needed and an instance that dies mid-tick leaves nothing half-owned for long.
 */
import cron, { type ScheduledTask, type Logger as CronLogger } from 'node-cron';
import type { TickReport } from '../domain/rhythm/rhythm-deps';
import type { Logger } from '../shared/logger';

export interface RhythmTicker { tick(now?: Date): Promise<TickReport> }

/** Other per-minute work that runs in the same task right after the rhythm's tick (the weekly digest, issue 7). */
export interface ExtraTicker { name: string; tick(now?: Date): Promise<Record<string, number>> }

export interface SchedulerOptions {
  /** Each runs after the rhythm's tick; a failing one is logged and never stops the others or the next minute. */
  extraTickers?: readonly ExtraTicker[];
  /** Cron time zone; a per-minute pattern fires the same everywhere, but logs and next-run times use it. */
  timezone?: string;
  /** Tick once right away, so slots missed during downtime go out without waiting for the first minute. */
  runAtStart?: boolean;
  pattern?: string;
}

export interface SchedulerHandle {
  /** Runs a tick now unless one is running (then undefined). */
  runNow(): Promise<TickReport | undefined>;
  /** Stops the task and waits for a running tick to finish. */
  stop(): Promise<void>;
}

export const EVERY_MINUTE = '* * * * *';

function cronLogger(log: Logger): CronLogger {
  return {
    info: (message) => log.debug({ source: 'node-cron' }, message),
    warn: (message) => log.warn({ source: 'node-cron' }, message),
    error: (message, err) => log.error({ source: 'node-cron', err: String(err ?? message) }, String(message)),
    debug: (message) => log.debug({ source: 'node-cron' }, String(message)),
  };
}

const busy = (report: TickReport): boolean => Object.values(report).some((n) => n > 0);

async function runExtra(extra: ExtraTicker, trigger: string, log: Logger): Promise<void> {
  try {
    const report = await extra.tick();
    if (Object.values(report).some((n) => n > 0)) log.info({ trigger, ...report }, `${extra.name} tick`);
  } catch (error) {
    log.error({ trigger, err: String(error) }, `${extra.name} tick failed`);
  }
}

export function startRhythmScheduler(rhythm: RhythmTicker, log: Logger, options: SchedulerOptions = {}): SchedulerHandle {
  let running: Promise<TickReport | undefined> | undefined;
  let stopped = false;

  // noOverlap covers cron's own runs; this also keeps the start-up tick and runNow() from overlapping them.
  const run = (trigger: string): Promise<TickReport | undefined> => {
    if (stopped) return Promise.resolve(undefined);
    if (running) {
      log.debug({ trigger }, 'rhythm tick still running: this one is skipped');
      return Promise.resolve(undefined);
    }
    const started = Date.now();
    running = rhythm
      .tick()
      .then(async (report) => {
        if (busy(report)) log.info({ trigger, ...report, ms: Date.now() - started }, 'rhythm tick');
        for (const extra of options.extraTickers ?? []) await runExtra(extra, trigger, log);
        return report;
      })
      .catch((error: unknown) => {
        // A failed tick (database down) is logged and retried next minute; it never takes the process down.
        log.error({ trigger, err: String(error) }, 'rhythm tick failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const task: ScheduledTask = cron.schedule(options.pattern ?? EVERY_MINUTE, () => run('cron'), {
    name: 'oogst-rhythm',
    timezone: options.timezone ?? 'Europe/Amsterdam',
    noOverlap: true,
    logger: cronLogger(log),
  });
  if (options.runAtStart ?? true) setImmediate(() => void run('start'));
  log.info({ pattern: options.pattern ?? EVERY_MINUTE, nextRun: task.getNextRun()?.toISOString() }, 'rhythm scheduler started');

  return {
    runNow: () => run('manual'),
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
