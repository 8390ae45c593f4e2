/** The three-circle exercise in the database (CircleExercise, CircleActor, CircleVote). */
import type { CircleRepository } from '../../domain/circles/circle.ports';
import { Db } from '../database';
import { toActor, toExercise } from './circle-dialogue.mappers';
import { isUniqueViolation } from './row-mappers';

export function circleRepository(db: Db): CircleRepository {
  const find = async (id: string) => {
    const row = await db.circleExercise.findUnique({ where: { id } });
    return row ? toExercise(row) : null;
  };
  return {
    findById: find,
    async findOpen(partnershipId) {
      const row = await db.circleExercise.findUnique({ where: { openKey: partnershipId } });
      return row ? toExercise(row) : null;
    },
    async latest(partnershipId) {
      const row = await db.circleExercise.findFirst({ where: { partnershipId }, orderBy: [{ startedAt: 'desc' }, { id: 'asc' }] });
      return row ? toExercise(row) : null;
    },
    async start(partnershipId, personId, at) {
      try {
        const row = await db.circleExercise.create({ data: { partnershipId, openKey: partnershipId, startedById: personId, startedAt: at } });
        return { exercise: toExercise(row), created: true };
      } catch (error) {
        // Someone started one a moment ago (a double click, two instances): that one is the open exercise.
        if (!isUniqueViolation(error)) throw error;
        const row = await db.circleExercise.findUniqueOrThrow({ where: { openKey: partnershipId } });
        return { exercise: toExercise(row), created: false };
      }
    },
    async close(exerciseId, personId, at) {
      const { count } = await db.circleExercise.updateMany({ where: { id: exerciseId, status: 'open' }, data: { status: 'closed', openKey: null, closedById: personId, closedAt: at } });
      return count === 1;
    },
    async actors(exerciseId) {
      const rows = await db.circleActor.findMany({ where: { exerciseId }, include: { votes: { select: { personId: true } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toActor);
    },
    async addActor(exerciseId, fields, proposedById) {
      try {
        const row = await db.circleActor.create({ data: { exerciseId, ...fields, proposedById }, include: { votes: { select: { personId: true } } } });
        return toActor(row);
      } catch (error) {
        if (isUniqueViolation(error)) return null;
        throw error;
      }
    },
    async updateActor(actorId, fields) {
      try {
        await db.circleActor.update({ where: { id: actorId }, data: fields });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async replaceVotes(exerciseId, personId, actorIds) {
      await db.$transaction(async (tx) => {
        await tx.circleVote.deleteMany({ where: { personId, actor: { exerciseId } } });
        if (actorIds.length) await tx.circleVote.createMany({ data: actorIds.map((actorId) => ({ actorId, personId })) });
      });
    },
    async setChallenging(exerciseId, actorIds) {
      await db.$transaction(async (tx) => {
        await tx.circleActor.updateMany({ where: { exerciseId, id: { notIn: actorIds } }, data: { challenging: false } });
        if (actorIds.length) await tx.circleActor.updateMany({ where: { exerciseId, id: { in: actorIds } }, data: { challenging: true } });
      });
    },
    async setDetail(actorId, detail) {
      await db.circleActor.update({
        where: { id: actorId },
        data: { whatCodes: detail.whatCodes.join(','), whatText: detail.whatText, howCodes: detail.howCodes.join(','), howText: detail.howText },
      });
    },
  };
}
