/**
 * Storage ports of privacy and data rights (AVG/GDPR): the first-contact notice, the partnership's answer policy,
 * erasure ("vergeet mij"), the anonymised view of answers, retention, and the personal-data areas that together
 * make up "mijn gegevens". Implemented in src/storage/privacy.
 */
import type { AnonymisedAnswer } from './anonymised-answers';
import type { PersonalDataRegistry } from './personal-data.registry';

/** What happens to answers when their author is forgotten or they pass the retention period. */
export type AnswerPolicy = 'delete' | 'keep_scores';
export const ANSWER_POLICIES: readonly AnswerPolicy[] = ['delete', 'keep_scores'];

export interface PolicyOfAnswers { partnershipId: string; partnershipName: string; policy: AnswerPolicy; answers: number }

export interface ErasureReport {
  /** Answers removed with the person. */
  answersDeleted: number;
  /** Of those, how many left an anonymous score behind (partnerships with keep_scores). */
  scoresKept: number;
  /** The partnerships the person had a role in (for the audit trail; no person is named there). */
  partnershipIds: string[];
}

export interface RetentionReport {
  answersDeleted: number;
  scoresKept: number;
  remindersDeleted: number;
  auditEntriesDeleted: number;
  deliveriesDeleted: number;
}

export interface RetentionCutoffs {
  /** Answers, reminders and audit entries last changed before this are removed (or reduced to a score). */
  personalData: Date;
  /** Idempotency keys of platform deliveries (they may hold chat ids) are only needed for minutes. */
  deliveries: Date;
}

export interface PrivacyStore {
  /** Sets the person's privacyNoticeAt when it is still empty: true for exactly one caller, the first contact. */
  claimNotice(personId: string, at: Date): Promise<boolean>;
  answerPolicy(partnershipId: string): Promise<AnswerPolicy>;
  setAnswerPolicy(partnershipId: string, policy: AnswerPolicy): Promise<void>;
  /** Per partnership the person answered in: how many answers, and that partnership's policy for them. */
  answerPolicies(personId: string): Promise<PolicyOfAnswers[]>;
  /** The partnerships in which the person is coordinator (who may read which audit entries). */
  coordinatorOf(personId: string): Promise<string[]>;
  /**
   * Erases the person in one transaction: answers (kept as anonymous scores where the partnership says so),
   * identities, roles, reminders, and every area's data; audit entries keep the event but lose the person.
   * null when there is no such person (already forgotten).
   */
  erase(personId: string): Promise<ErasureReport | null>;
  /** The answers to a prompt (and kept scores) without anything that links them to a person. */
  anonymisedAnswers(promptId: string): Promise<AnonymisedAnswer[]>;
  /** Removes or reduces everything older than the cut-offs; running it twice changes nothing more. */
  sweep(cutoffs: RetentionCutoffs): Promise<RetentionReport>;
  /** Every area of Oogst that stores data about a person; "mijn gegevens" exports all of them. */
  readonly areas: PersonalDataRegistry;
}
