/**
 * Retention on a daily node-cron task (03:17 Europe/Amsterdam). RetentionService.run is idempotent and every
 * deletion is checked inside its transaction, so each instance may run its own task: a second run, or a run on
 * another instance at the same minute, finds nothing to do. Also run once at start (a process that is restarted
 * every night would otherwise never reach 03:17).
 */
import type { RetentionReport } from '../domain/privacy/privacy.ports';
import { RETENTION_CRON } from '../domain/privacy/retention.service';
import type { Logger } from '../shared/logger';
import { CronJobHandle, startCronJob } from './cron-job';

export interface RetentionRunner { run(now?: Date): Promise<RetentionReport> }

export type RetentionSchedulerHandle = CronJobHandle<RetentionReport>;

export function startRetentionScheduler(retention: RetentionRunner, log: Logger, options: { pattern?: string; runAtStart?: boolean } = {}): RetentionSchedulerHandle {
  return startCronJob(
    {
      name: 'oogst-retention',
      pattern: options.pattern ?? RETENTION_CRON,
      runAtStart: options.runAtStart ?? true,
      work: () => retention.run(),
      failureMessage: 'retention run failed', // tried again tomorrow, or at the next start
    },
    log,
  );
}
