import { randomUUID } from 'node:crypto';
import { AnswerFields } from '../../domain/model/records';
import { AnswerRepository } from '../../domain/ports';
import { Db } from '../database';
import { Prisma } from '../generated/sqlite/client';
import { isUniqueViolation, toAnswer } from './row-mappers';

/**
 * The answer path's write: the checks (prompt open, person in its partnership) and the upsert are one
 * statement, so an answer can never land after a close or from outside the partnership, and the common case
 * costs one round trip. Portable SQL: SQLite and PostgreSQL both take INSERT ... SELECT ... ON CONFLICT ...
 * RETURNING (SQLite needs the WHERE to tell ON CONFLICT from a join's ON). `createdAt` comes back equal to
 * `now` only when the row was inserted. The response count comes along: the other people's answers plus this
 * one. Counting only the others keeps it exact on both databases, although a subquery in RETURNING sees the new
 * row on SQLite and not on PostgreSQL (its snapshot is from before the statement).
 */
function saveIfAllowedSql(id: string, promptId: string, personId: string, f: StoredFields, now: Date): Prisma.Sql {
  return Prisma.sql`INSERT INTO "Answer" ("id", "promptId", "personId", "score", "scenario", "keyword", "discussable", "needed", "shareAnonymously", "createdAt", "updatedAt")
  SELECT ${id}, p."id", r."personId", ${f.score}, ${f.scenario}, ${f.keyword}, ${f.discussable}, ${f.needed}, ${f.shareAnonymously}, ${now}, ${now}
  FROM "Prompt" p JOIN "PartnershipRole" r ON r."partnershipId" = p."partnershipId" AND r."personId" = ${personId}
  WHERE p."id" = ${promptId} AND p."status" = 'open' AND p."closesAt" > ${now}
  ON CONFLICT ("promptId", "personId") DO UPDATE SET "score" = excluded."score", "scenario" = excluded."scenario", "keyword" = excluded."keyword",
    "discussable" = excluded."discussable", "needed" = excluded."needed", "shareAnonymously" = excluded."shareAnonymously", "updatedAt" = excluded."updatedAt"
  RETURNING "id", "createdAt", (SELECT COUNT(*) FROM "Answer" o WHERE o."promptId" = ${promptId} AND o."personId" <> ${personId}) AS "others"`;
}

/** What is stored: the optional texts as null when empty. */
type StoredFields = Pick<AnswerFields, 'score' | 'shareAnonymously'> & { [K in 'scenario' | 'keyword' | 'discussable' | 'needed']: string | null };

/** Optional texts left empty on an edit are cleared, not kept: the form shows the whole answer. */
const storedFields = (fields: AnswerFields): StoredFields => ({
  score: fields.score, scenario: fields.scenario ?? null, keyword: fields.keyword ?? null,
  discussable: fields.discussable ?? null, needed: fields.needed ?? null, shareAnonymously: fields.shareAnonymously,
});

export function answerRepository(db: Db): AnswerRepository {
  const find = async (promptId: string, personId: string) => {
    const row = await db.answer.findUnique({ where: { promptId_personId: { promptId, personId } } });
    return row ? toAnswer(row) : null;
  };
  return {
    find,
    async upsert(promptId, personId, fields) {
      const data = storedFields(fields);
      const before = await find(promptId, personId);
      try {
        const row = await db.answer.upsert({ where: { promptId_personId: { promptId, personId } }, create: { promptId, personId, ...data }, update: data });
        return { answer: toAnswer(row), created: !before };
      } catch (error) {
        // A double click racing itself: the first insert won; apply this one as an edit.
        if (!isUniqueViolation(error)) throw error;
        const row = await db.answer.update({ where: { promptId_personId: { promptId, personId } }, data });
        return { answer: toAnswer(row), created: false };
      }
    },
    async saveIfAllowed(promptId, personId, fields, now) {
      const rows = await db.$queryRaw<{ id: string; createdAt: Date | string; others: number | bigint }[]>(saveIfAllowedSql(randomUUID(), promptId, personId, storedFields(fields), now));
      if (!rows.length) return null;
      const createdAt = new Date(rows[0].createdAt);
      const answer = { ...fields, id: rows[0].id, promptId, personId, createdAt, updatedAt: now };
      return { answer, created: createdAt.getTime() === now.getTime(), responseCount: Number(rows[0].others) + 1 };
    },
    async countForPrompt(promptId) {
      return db.answer.count({ where: { promptId } });
    },
    async recentForPerson(personId, limit) {
      const rows = await db.answer.findMany({
        where: { personId },
        orderBy: { updatedAt: 'desc' },
        take: limit,
        include: { prompt: { select: { focusCode: true, partnership: { select: { name: true } } } } },
      });
      return rows.map((r) => ({ ...toAnswer(r), focusCode: r.prompt.focusCode, partnershipName: r.prompt.partnership.name }));
    },
  };
}
