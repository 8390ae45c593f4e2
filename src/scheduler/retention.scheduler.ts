/**
 * Retention on a daily node-cron task (03:17 Europe/Amsterdam). RetentionService.run is idempotent and every
 * deletion is checked inside its transaction, so each instance may run its own task: a second run, or a run on
 * another instance at the same minute, finds nothing to do. Also run once at start (a process that is restarted
 * every night would otherwise never reach 03:17).
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { RetentionReport } from '../domain/privacy/privacy.ports';
import { RETENTION_CRON } from '../domain/privacy/retention.service';
import type { Logger } from '../shared/logger';

export interface RetentionRunner { run(now?: Date): Promise<RetentionReport> }

export interface RetentionSchedulerHandle { runNow(): Promise<RetentionReport | undefined>; stop(): Promise<void> }

export function startRetentionScheduler(retention: RetentionRunner, log: Logger, options: { pattern?: string; runAtStart?: boolean } = {}): RetentionSchedulerHandle {
  let running: Promise<RetentionReport | undefined> | undefined;
  let stopped = false;
  const run = (trigger: string): Promise<RetentionReport | undefined> => {
    if (stopped || running) return Promise.resolve(undefined);
    running = retention
      .run()
      .catch((error: unknown) => {
        // Tried again tomorrow (or at the next start); never takes the process down.
        log.error({ trigger, err: String(error) }, 'retention run failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task: ScheduledTask = cron.schedule(options.pattern ?? RETENTION_CRON, () => run('cron'), { name: 'oogst-retention', timezone: 'Europe/Amsterdam', noOverlap: true });
  if (options.runAtStart ?? true) setImmediate(() => void run('start'));
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
