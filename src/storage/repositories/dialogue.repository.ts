/** Dialogue tables, their participants and their notice outbox in the database. */
import type { DialogueRepository } from '../../domain/dialogues/dialogue.ports';
import type { DialogueDraft } from '../../domain/dialogues/dialogue.types';
import { Db } from '../database';
import { DIALOGUE_INCLUDE, toDialogue, toNotice } from './circle-dialogue.mappers';
import { outboxStore } from './outbox-store';
import { isUniqueViolation, toPerson } from './row-mappers';

/** Two coordinators planning at the same moment both read the same highest number; the loser tries the next. */
const NUMBER_ATTEMPTS = 5;

const details = (d: DialogueDraft) => ({
  title: d.title, actors: JSON.stringify(d.actors), goalCodes: d.goalCodes.join(','), goalText: d.goalText, format: d.format,
  startsAt: d.startsAt, durationMinutes: d.durationMinutes, timeZone: d.timeZone, location: d.location, ownerId: d.ownerId,
});
const invitees = (d: DialogueDraft) => [...d.participantIds.map((personId) => ({ personId })), ...d.guestEmails.map((email) => ({ email }))];

export function dialogueRepository(db: Db): DialogueRepository {
  const findById = async (id: string) => {
    const row = await db.dialogue.findUnique({ where: { id }, include: DIALOGUE_INCLUDE });
    return row ? toDialogue(row) : null;
  };
  /** A conditional change of a planned dialogue (sequence + 1), then the fresh record; null when not planned. */
  const changePlanned = async (id: string, data: Record<string, unknown>) => {
    const { count } = await db.dialogue.updateMany({ where: { id, status: 'planned' }, data: { ...data, sequence: { increment: 1 } } });
    return count === 1 ? findById(id) : null;
  };
  return {
    async create(d) {
      for (let attempt = 1; ; attempt += 1) {
        const { _max } = await db.dialogue.aggregate({ where: { partnershipId: d.partnershipId }, _max: { number: true } });
        try {
          const row = await db.dialogue.create({
            data: {
              ...details(d), partnershipId: d.partnershipId, number: (_max.number ?? 0) + 1, exerciseId: d.exerciseId, bindingId: d.bindingId,
              createdById: d.createdById, participants: { create: invitees(d) },
            },
            include: DIALOGUE_INCLUDE,
          });
          return toDialogue(row);
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= NUMBER_ATTEMPTS) throw error;
        }
      }
    },
    async update(id, draft) {
      const changed = await db.$transaction(async (tx) => {
        const { count } = await tx.dialogue.updateMany({ where: { id, status: 'planned' }, data: { ...details(draft), sequence: { increment: 1 } } });
        if (count !== 1) return false;
        await tx.dialogueParticipant.deleteMany({ where: { dialogueId: id } });
        await tx.dialogueParticipant.createMany({ data: invitees(draft).map((p) => ({ ...p, dialogueId: id })) });
        return true;
      });
      return changed ? findById(id) : null;
    },
    move: (id, startsAt) => changePlanned(id, { startsAt }),
    cancel: (id) => changePlanned(id, { status: 'cancelled' }),
    async saveFollowUp(id, input, at) {
      const { count } = await db.dialogue.updateMany({ where: { id, status: 'planned' }, data: { ...input, followUpAt: at } });
      return count === 1 ? findById(id) : null;
    },
    findById,
    async findByNumber(partnershipId, number) {
      const row = await db.dialogue.findUnique({ where: { partnershipId_number: { partnershipId, number } }, include: DIALOGUE_INCLUDE });
      return row ? toDialogue(row) : null;
    },
    async list(partnershipId) {
      return (await db.dialogue.findMany({ where: { partnershipId }, include: DIALOGUE_INCLUDE, orderBy: [{ startsAt: 'asc' }, { number: 'asc' }] })).map(toDialogue);
    },
    async members(partnershipId) {
      return (await db.person.findMany({ where: { partnershipRoles: { some: { partnershipId } } }, orderBy: [{ displayName: 'asc' }, { id: 'asc' }] })).map(toPerson);
    },
    async startingBetween(from, until) {
      const rows = await db.dialogue.findMany({ where: { status: 'planned', startsAt: { gt: from, lte: until } }, include: DIALOGUE_INCLUDE });
      return rows.map(toDialogue);
    },
    async startedWithoutFollowUp(now) {
      const rows = await db.dialogue.findMany({ where: { status: 'planned', followUpAt: null, startsAt: { lte: now } }, include: DIALOGUE_INCLUDE });
      return rows.map(toDialogue);
    },
    async planNotice(dialogueId, kind, round, bindingId) {
      try {
        await db.dialogueNotice.create({ data: { dialogueId, kind, round, bindingId } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async notices(dialogueId) {
      return (await db.dialogueNotice.findMany({ where: { dialogueId }, orderBy: [{ kind: 'asc' }, { round: 'asc' }] })).map(toNotice);
    },
    async pendingNotices(now) {
      const rows = await db.dialogueNotice.findMany({
        where: { OR: [{ state: 'planned', OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] }, { state: 'posting', claimedUntil: { lte: now } }] },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toNotice);
    },
    noticeOutbox: outboxStore(db.dialogueNotice),
  };
}
