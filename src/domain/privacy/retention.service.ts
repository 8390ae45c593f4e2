/**
 * Retention: answers older than the configured period (OOGST_RETENTION_MONTHS, default 24) are deleted, or reduced
 * to an anonymous score where the partnership's answer policy says keep_scores; reminders and audit entries of
 * that age go too, and platform delivery keys after a week. run(now) is idempotent: a second run finds nothing
 * and writes nothing, so the scheduler may call it as often as it likes, on any number of instances.
 */
import type { Clock, DomainLogger, Repositories } from '../ports';
import type { RetentionCutoffs, RetentionReport } from './privacy.ports';

export const DEFAULT_RETENTION_MONTHS = 24;
const DELIVERY_KEY_DAYS = 7;
/** Daily at 03:17 (Europe/Amsterdam): a quiet hour, off the full hour when other jobs start. */
export const RETENTION_CRON = '17 3 * * *';

/** `months` calendar months before `now` (UTC), clamped to the month's last day (31 March - 1 month = 28/29 Feb). */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

const changed = (r: RetentionReport) => r.answersDeleted + r.remindersDeleted + r.auditEntriesDeleted + r.deliveriesDeleted > 0;

export class RetentionService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly log: DomainLogger,
    readonly months: number = DEFAULT_RETENTION_MONTHS,
  ) {}

  cutoffs(now: Date): RetentionCutoffs {
    return { personalData: monthsBefore(now, this.months), deliveries: new Date(now.getTime() - DELIVERY_KEY_DAYS * 86_400_000) };
  }

  async run(now: Date = this.clock.now()): Promise<RetentionReport> {
    const report = await this.repos.privacy.sweep(this.cutoffs(now));
    // Only a run that changed something is worth an audit line; counts only, never what was removed.
    if (changed(report)) {
      await this.repos.audit.record({ actorId: null, action: 'retention.run', details: { months: this.months, ...report } }, now);
      this.log.info({ ...report, months: this.months }, 'retention: old personal data removed');
    }
    return report;
  }
}
