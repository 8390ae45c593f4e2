/** The scheduler's due-work queries and claims (prompts to post, remind, close and summarise). */
import { z } from 'zod';
import type { RhythmRepository } from '../../domain/rhythm/rhythm.ports';
import { DEFAULT_SCHEDULE } from '../../domain/rhythm/schedule.types';
import { Db } from '../database';
import { outboxStore } from './outbox-store';
import { isUniqueViolation, toAnswer, toIdentity, toPerson, toPrompt } from './row-mappers';

const outboxState = z.enum(['planned', 'posting', 'posted', 'failed']);

/** Outbox rows someone should (re)try now: free planned rows, and posting rows whose lease ran out. */
const pendingRow = (now: Date) => ({
  OR: [
    { state: 'planned', OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    { state: 'posting', claimedUntil: { lte: now } },
  ],
});

export function rhythmRepository(db: Db): RhythmRepository {
  return {
    summaryOutbox: outboxStore(db.summaryPost),
    async promptsWithPendingPosts(now) {
      const rows = await db.promptPost.findMany({
        where: { ...pendingRow(now), prompt: { status: 'open', closesAt: { gt: now } } },
        distinct: ['promptId'],
        select: { promptId: true },
      });
      return rows.map((r) => r.promptId);
    },
    async expireStalePosts(now) {
      const { count } = await db.promptPost.updateMany({
        where: {
          AND: [
            { OR: [{ state: 'planned' }, { state: 'posting', claimedUntil: { lte: now } }] },
            { OR: [{ prompt: { status: 'closed' } }, { prompt: { closesAt: { lte: now } } }] },
          ],
        },
        data: { state: 'failed', error: 'expired', claimToken: null, claimedUntil: null },
      });
      return count;
    },
    async promptsToClose(now) {
      return (await db.prompt.findMany({ where: { status: 'open', closesAt: { lte: now } }, orderBy: { closesAt: 'asc' } })).map(toPrompt);
    },
    async closeIfOpen(promptId, at) {
      const { count } = await db.prompt.updateMany({ where: { id: promptId, status: 'open' }, data: { status: 'closed', closedAt: at } });
      return count === 1;
    },
    async promptsAwaitingReminders(now) {
      const rows = await db.prompt.findMany({
        where: { status: 'open', remindersSentAt: null, closesAt: { gt: now } },
        include: { partnership: { select: { schedule: { select: { reminderHours: true } } } } },
      });
      return rows.map((r) => ({ prompt: toPrompt(r), reminderHours: r.partnership.schedule?.reminderHours ?? DEFAULT_SCHEDULE.reminderHours }));
    },
    async reminderCandidates(promptId, partnershipId) {
      const rows = await db.person.findMany({
        where: {
          remindersEnabled: true,
          partnershipRoles: { some: { partnershipId } },
          answers: { none: { promptId } },
          reminders: { none: { promptId } },
        },
        include: { identities: { orderBy: { createdAt: 'asc' } } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((r) => ({ person: toPerson(r), identities: r.identities.map(toIdentity) }));
    },
    async claimReminder(promptId, personId) {
      try {
        await db.reminder.create({ data: { promptId, personId } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async finishReminder(promptId, personId, outcome) {
      const data = 'sentAt' in outcome ? { sentAt: outcome.sentAt } : { error: outcome.error };
      await db.reminder.update({ where: { promptId_personId: { promptId, personId } }, data });
    },
    async markRemindersDone(promptId, at) {
      await db.prompt.updateMany({ where: { id: promptId, remindersSentAt: null }, data: { remindersSentAt: at } });
    },
    async answers(promptId) {
      return (await db.answer.findMany({ where: { promptId }, orderBy: { createdAt: 'asc' } })).map(toAnswer);
    },
    async planSummaries(promptId, bindingIds) {
      for (const bindingId of bindingIds) {
        await db.summaryPost.upsert({ where: { promptId_bindingId: { promptId, bindingId } }, create: { promptId, bindingId }, update: {} }).catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
        });
      }
    },
    async pendingSummaries(now) {
      const rows = await db.summaryPost.findMany({ where: { ...pendingRow(now), prompt: { status: 'closed' } }, orderBy: { createdAt: 'asc' } });
      return rows.map((r) => ({ id: r.id, promptId: r.promptId, bindingId: r.bindingId, state: outboxState.parse(r.state), messageId: r.messageId, attempts: r.attempts }));
    },
  };
}
