/**
 * One node-cron task around an idempotent job (rhythm tick, dialogue tick, retention run): never two runs at
 * once in this process, a failure is logged and tried again at the next trigger (it never takes the process
 * down), and stop() waits for a run in progress. Across instances the jobs themselves claim their work in the
 * database, so every instance runs its own task and node-cron's `distributed` coordinator is not needed.
 */
import cron, { type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import type { Logger } from '../shared/logger';

export interface CronJobHandle<R> {
  /** Runs the job now unless it is running (then undefined). */
  runNow(): Promise<R | undefined>;
  /** Stops the task and waits for a running job to finish. */
  stop(): Promise<void>;
}

export interface CronJobSpec<R> {
  name: string;
  pattern: string;
  /** Run once right away, so work missed during downtime is done without waiting for the first trigger. */
  runAtStart: boolean;
  work: () => Promise<R>;
  /** Called after a successful run, e.g. to log a report that did something. */
  onDone?: (report: R, trigger: string) => unknown;
  failureMessage: string;
  /** Cron time zone; a per-minute pattern fires the same everywhere, but next-run times use it. */
  timezone?: string;
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

export function startCronJob<R>(spec: CronJobSpec<R>, log: Logger): CronJobHandle<R> & { nextRun(): Date | null } {
  let running: Promise<R | undefined> | undefined;
  let stopped = false;
  // noOverlap covers cron's own runs; this also keeps the start-up run and runNow() from overlapping them.
  const run = (trigger: string): Promise<R | undefined> => {
    if (stopped) return Promise.resolve(undefined);
    if (running) {
      log.debug({ trigger, job: spec.name }, 'still running: this run is skipped');
      return Promise.resolve(undefined);
    }
    running = spec
      .work()
      .then(async (report) => {
        await spec.onDone?.(report, trigger);
        return report;
      })
      .catch((error: unknown) => {
        log.error({ trigger, err: String(error) }, spec.failureMessage);
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task: ScheduledTask = cron.schedule(spec.pattern, () => run('cron'), {
    name: spec.name,
    timezone: spec.timezone ?? 'Europe/Amsterdam',
    noOverlap: true,
    logger: cronLogger(log),
  });
  if (spec.runAtStart) setImmediate(() => void run('start'));
  return {
    runNow: () => run('manual'),
    nextRun: () => task.getNextRun(),
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
