/**
 * The dialogue tables' due work, run by the scheduler's tick (any number of instances, any number of times):
 * a reminder the day before (again after a move: the round is the sequence), a follow-up question after the
 * end, asked again every 3 days while unanswered (at most MAX_REASKS times). Each notice is first claimed by its
 * unique key (dialogue, kind, round), then sent through the outbox lease, so it goes out once.
 */
import { isGatewayError } from '../errors';
import type { Platform } from '../model/records';
import type { Clock, DomainLogger, Repositories } from '../ports';
import { DEFAULT_LEASE_MS, deliverOnce } from '../rhythm/outbox-lease';
import type { DialogueNotifier } from './dialogue.ports';
import { endOf, type DialogueNoticeRecord, type DialogueRecord } from './dialogue.types';

const DAY_MS = 24 * 3_600_000;
export const REMINDER_BEFORE_MS = DAY_MS;
export const FOLLOW_UP_REASK_MS = 3 * DAY_MS;
export const MAX_REASKS = 3;

/** After a retryable failure: one minute per earlier attempt, at most a quarter of an hour. */
const retryDelayMs = (attempts: number): number => Math.min(15, Math.max(1, attempts)) * 60_000;

export interface DialogueTickReport { planned: number; sent: number; failed: number; skipped: number }

export class DialogueTick {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly log: DomainLogger,
    private readonly notifierFor: (platform: Platform) => DialogueNotifier | undefined,
    private readonly leaseMs = DEFAULT_LEASE_MS,
  ) {}

  async run(now: Date): Promise<DialogueTickReport> {
    const report: DialogueTickReport = { planned: 0, sent: 0, failed: 0, skipped: 0 };
    for (const d of await this.repos.dialogues.startingBetween(now, new Date(now.getTime() + REMINDER_BEFORE_MS))) {
      await this.plan(d, 'reminder', d.sequence, report);
    }
    for (const d of await this.repos.dialogues.startedWithoutFollowUp(now)) {
      if (endOf(d).getTime() > now.getTime()) continue;
      const round = await this.nextFollowUpRound(d, now);
      if (round !== undefined) await this.plan(d, 'followUp', round, report);
    }
    for (const notice of await this.repos.dialogues.pendingNotices(now)) await this.deliver(notice, now, report);
    return report;
  }

  /**
   * 0 when never asked; then one more round every 3 days after the end (counted from the end, not from when a
   * round was posted, so a late tick or a retry does not push the next question further out).
   */
  private async nextFollowUpRound(d: DialogueRecord, now: Date): Promise<number | undefined> {
    const asked = (await this.repos.dialogues.notices(d.id)).filter((n) => n.kind === 'followUp');
    if (asked.length === 0) return 0;
    const last = Math.max(...asked.map((n) => n.round));
    const due = Math.floor((now.getTime() - endOf(d).getTime()) / FOLLOW_UP_REASK_MS);
    return due > last && last < MAX_REASKS ? last + 1 : undefined;
  }

  /** The channel it was planned in, or (when that one was unlinked) another active channel of the partnership. */
  private async plan(d: DialogueRecord, kind: 'reminder' | 'followUp', round: number, report: DialogueTickReport): Promise<void> {
    const own = d.bindingId ? await this.repos.bindings.findById(d.bindingId) : null;
    const binding = own?.active ? own : (await this.repos.bindings.listActive(d.partnershipId))[0];
    if (!binding) return;
    if (await this.repos.dialogues.planNotice(d.id, kind, round, binding.id)) report.planned += 1;
  }

  private async deliver(notice: DialogueNoticeRecord, now: Date, report: DialogueTickReport): Promise<void> {
    const outbox = this.repos.dialogues.noticeOutbox;
    const [dialogue, binding] = await Promise.all([this.repos.dialogues.findById(notice.dialogueId), this.repos.bindings.findById(notice.bindingId)]);
    const notifier = binding?.active ? this.notifierFor(binding.platform) : undefined;
    if (!dialogue || !binding || !notifier || isObsolete(notice, dialogue, now)) {
      // Moved, cancelled, answered or channel gone since it was planned: nothing to say any more.
      await outbox.fail(notice.id, notifier || !binding?.active ? 'obsolete' : 'no notifier for this platform');
      report.skipped += 1;
      return;
    }
    const lease = { clock: this.clock, log: this.log, leaseMs: this.leaseMs };
    const outcome = await deliverOnce(outbox, notice.id, lease, () => notifier.send(binding, { kind: notice.kind, round: notice.round, dialogue }));
    if (outcome.kind === 'sent') report.sent += 1;
    if (outcome.kind !== 'failed') return;
    report.failed += 1;
    const gone = isGatewayError(outcome.error) && outcome.error.kind === 'gone';
    this.log.warn({ noticeId: notice.id, dialogueId: dialogue.id, reason: isGatewayError(outcome.error) ? outcome.error.kind : 'unknown' }, 'dialogue notice failed');
    if (gone) await outbox.fail(notice.id, 'channel gone');
    else await outbox.release(notice.id, outcome.token, new Date(now.getTime() + retryDelayMs(notice.attempts + 1)), 'retryable');
  }
}

function isObsolete(notice: DialogueNoticeRecord, d: DialogueRecord, now: Date): boolean {
  if (d.status !== 'planned') return true;
  if (notice.kind === 'reminder') return notice.round !== d.sequence || d.startsAt.getTime() <= now.getTime();
  return d.followUp !== null;
}
