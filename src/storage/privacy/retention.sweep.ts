/**
 * Retention in the database. Answers last changed before the cut-off are deleted; in partnerships that keep
 * scores, an anonymous score is written first, in the same transaction, so a crash never loses the score nor
 * keeps the answer twice. Reminders and audit entries of that age, and old delivery keys, are deleted. A second
 * run with the same cut-offs finds nothing: idempotent.
 */
import type { RetentionCutoffs, RetentionReport } from '../../domain/privacy/privacy.ports';
import type { Db } from '../database';
import { periodOf } from './erasure';

/** Answers per transaction: bounded, so one huge backlog never holds a long lock. */
const BATCH = 500;

async function sweepAnswers(db: Db, cutoff: Date): Promise<{ deleted: number; kept: number }> {
  let deleted = 0;
  let kept = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const rows = await tx.answer.findMany({
        where: { updatedAt: { lt: cutoff } },
        take: BATCH,
        select: { id: true, promptId: true, score: true, prompt: { select: { partnershipId: true, focusCode: true, opensAt: true, partnership: { select: { answerPolicy: true } } } } },
      });
      const keep = rows.filter((r) => r.prompt.partnership.answerPolicy === 'keep_scores');
      if (keep.length) {
        await tx.anonymisedScore.createMany({
          data: keep.map((r) => ({ promptId: r.promptId, partnershipId: r.prompt.partnershipId, focusCode: r.prompt.focusCode, period: periodOf(r.prompt.opensAt), score: r.score })),
        });
      }
      // Deleting by id and only what was read: an answer edited meanwhile is not caught by this batch.
      const removed = await tx.answer.deleteMany({ where: { id: { in: rows.map((r) => r.id) }, updatedAt: { lt: cutoff } } });
      if (removed.count !== rows.length) throw new Error('retention: answers changed during the sweep; retrying next run');
      return { deleted: removed.count, kept: keep.length };
    }, { timeout: 60_000, maxWait: 10_000 });
    deleted += batch.deleted;
    kept += batch.kept;
    if (batch.deleted < BATCH) return { deleted, kept };
  }
}

export async function sweep(db: Db, cutoffs: RetentionCutoffs): Promise<RetentionReport> {
  const answers = await sweepAnswers(db, cutoffs.personalData);
  const reminders = await db.reminder.deleteMany({ where: { createdAt: { lt: cutoffs.personalData } } });
  const audit = await db.auditEntry.deleteMany({ where: { at: { lt: cutoffs.personalData } } });
  const deliveries = await db.processedDelivery.deleteMany({ where: { createdAt: { lt: cutoffs.deliveries } } });
  return {
    answersDeleted: answers.deleted, scoresKept: answers.kept, remindersDeleted: reminders.count,
    auditEntriesDeleted: audit.count, deliveriesDeleted: deliveries.count,
  };
}
