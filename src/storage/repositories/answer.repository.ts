import { AnswerRepository } from '../../domain/ports';
import { Db } from '../database';
import { isUniqueViolation, toAnswer } from './row-mappers';

export function answerRepository(db: Db): AnswerRepository {
  const find = async (promptId: string, personId: string) => {
    const row = await db.answer.findUnique({ where: { promptId_personId: { promptId, personId } } });
    return row ? toAnswer(row) : null;
  };
  return {
    find,
    async upsert(promptId, personId, fields) {
      // Optional texts left empty on an edit are cleared, not kept: the form shows the whole answer.
      const data = {
        score: fields.score, scenario: fields.scenario ?? null, keyword: fields.keyword ?? null,
        discussable: fields.discussable ?? null, needed: fields.needed ?? null, shareAnonymously: fields.shareAnonymously,
      };
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
