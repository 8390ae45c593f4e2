/** PrivacyStore on Prisma: the notice claim, answer policies, erasure, the anonymised view, retention, and the areas. */
import { z } from 'zod';
import { anonymiseAnswers } from '../../domain/privacy/anonymised-answers';
import { PersonalDataRegistry } from '../../domain/privacy/personal-data.registry';
import { ANSWER_POLICIES, AnswerPolicy, PrivacyStore } from '../../domain/privacy/privacy.ports';
import type { Db } from '../database';
import { erasePerson } from './erasure';
import { registerFeatureAreas } from './feature-areas';
import { registerCoreAreas } from './personal-data.areas';
import { sweep } from './retention.sweep';

// An unknown value (a hand-edited row) falls back to the default: deleting is the safe side.
const policySchema = z.enum(ANSWER_POLICIES as [AnswerPolicy, ...AnswerPolicy[]]).catch('delete');

export function privacyStore(db: Db): PrivacyStore {
  const areas = new PersonalDataRegistry();
  registerCoreAreas(areas, db);
  registerFeatureAreas(areas, db);
  return {
    areas,
    async claimNotice(personId, at) {
      // Conditional write: of two first messages at the same moment, exactly one sees count 1.
      const { count } = await db.person.updateMany({ where: { id: personId, privacyNoticeAt: null }, data: { privacyNoticeAt: at } });
      return count === 1;
    },
    async answerPolicy(partnershipId) {
      const row = await db.partnership.findUnique({ where: { id: partnershipId }, select: { answerPolicy: true } });
      return policySchema.parse(row?.answerPolicy ?? 'delete');
    },
    async setAnswerPolicy(partnershipId, policy) {
      await db.partnership.update({ where: { id: partnershipId }, data: { answerPolicy: policy } });
    },
    async answerPolicies(personId) {
      const rows = await db.answer.findMany({ where: { personId }, select: { prompt: { select: { partnership: { select: { id: true, name: true, answerPolicy: true } } } } } });
      const byId = new Map<string, { partnershipId: string; partnershipName: string; policy: AnswerPolicy; answers: number }>();
      for (const { prompt: { partnership: p } } of rows) {
        const entry = byId.get(p.id) ?? { partnershipId: p.id, partnershipName: p.name, policy: policySchema.parse(p.answerPolicy), answers: 0 };
        entry.answers += 1;
        byId.set(p.id, entry);
      }
      return [...byId.values()].sort((a, b) => a.partnershipName.localeCompare(b.partnershipName));
    },
    async coordinatorOf(personId) {
      const rows = await db.partnershipRole.findMany({ where: { personId, role: 'coordinator' }, select: { partnershipId: true } });
      return rows.map((r) => r.partnershipId);
    },
    erase: (personId) => erasePerson(db, personId),
    async anonymisedAnswers(promptId) {
      // Only the columns the view needs are even read: no person id leaves the database for a summary.
      const [answers, kept] = await Promise.all([
        db.answer.findMany({ where: { promptId }, select: { score: true, scenario: true, keyword: true, discussable: true, needed: true, shareAnonymously: true } }),
        db.anonymisedScore.findMany({ where: { promptId }, select: { score: true } }),
      ]);
      const content = answers.map((a) => ({
        score: a.score, scenario: a.scenario ?? undefined, keyword: a.keyword ?? undefined,
        discussable: a.discussable ?? undefined, needed: a.needed ?? undefined, shareAnonymously: a.shareAnonymously,
      }));
      return anonymiseAnswers(content, kept);
    },
    sweep: (cutoffs) => sweep(db, cutoffs),
  };
}
