/**
 * One node-cron task around an idempotent job (dialogue tick, retention run): never two runs at once in this
 * process, a failure is logged and tried again at the next trigger (it never takes the process down), and
 * stop() waits for a run in progress. Across instances the jobs themselves claim their work in the database.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../shared/logger';

export interface CronJobHandle<R> { runNow(): Promise<R | undefined>; stop(): Promise<void> }

export interface CronJobSpec<R> {
  name: string;
  pattern: string;
  runAtStart: boolean;
  work: () => Promise<R>;
  /** Called after a successful run, e.g. to log a report that did something. */
  onDone?: (report: R, trigger: string) => void;
  failureMessage: string;
}

export function startCronJob<R>(spec: CronJobSpec<R>, log: Logger): CronJobHandle<R> {
  let running: Promise<R | undefined> | undefined;
  let stopped = false;
  const run = (trigger: string): Promise<R | undefined> => {
    if (stopped || running) return Promise.resolve(undefined);
    running = spec
      .work()
      .then((report) => {
        spec.onDone?.(report, trigger);
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
  const task: ScheduledTask = cron.schedule(spec.pattern, () => run('cron'), { name: spec.name, timezone: 'Europe/Amsterdam', noOverlap: true });
  if (spec.runAtStart) setImmediate(() => void run('start'));
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
