/**
 * The data rights of one person, as use cases: the first-contact notice (once), "mijn gegevens" (everything Oogst
 * holds, from every registered area), "vergeet mij" (erasure, verified afterwards by an empty export) and the
 * partnership's answer policy. Every method acts on the acting person only: there is no way to name someone else,
 * so nobody can export or erase another person's data through these use cases.
 */
import type { Actor, AccessPolicy } from '../access/access.policy';
import type { PartnershipRecord, PersonRecord } from '../model/records';
import type { Clock, Repositories } from '../ports';
import type { AnonymisedAnswer } from './anonymised-answers';
import { PersonalDataExport, recordCount } from './personal-data.registry';
import type { AnswerPolicy, ErasureReport, PolicyOfAnswers } from './privacy.ports';

export interface ForgetOutcome {
  report: ErasureReport;
  /** What an export for the erased person finds afterwards: 0 when the erasure is complete. */
  remainingRecords: number;
}

export class PrivacyService {
  constructor(private readonly repos: Repositories, private readonly clock: Clock, private readonly access: AccessPolicy) {}

  /** True exactly once per person (also across instances and platforms): the notice is due now. */
  firstContact(person: PersonRecord): Promise<boolean> {
    return this.repos.privacy.claimNotice(person.id, this.clock.now());
  }

  /** Everything stored about this person id, for the signed download (the link proves who asked for it). */
  collect(personId: string): Promise<PersonalDataExport> {
    return this.repos.privacy.areas.collect(personId, this.clock.now());
  }

  /** "mijn gegevens": the person's own data; the request (not its content) goes into the audit trail. */
  async requestExport(actor: PersonRecord): Promise<PersonalDataExport> {
    const data = await this.collect(actor.id);
    await this.repos.audit.record({ actorId: actor.id, action: 'privacy.export', details: { records: recordCount(data) } }, this.clock.now());
    return data;
  }

  /** What "vergeet mij" would do with this person's answers, per partnership (shown before confirming). */
  policiesFor(actor: PersonRecord): Promise<PolicyOfAnswers[]> {
    return this.repos.privacy.answerPolicies(actor.id);
  }

  /** "vergeet mij", after the person confirmed. Erases, then checks with the exporter that nothing is left. */
  async forget(actor: PersonRecord): Promise<ForgetOutcome | null> {
    const report = await this.repos.privacy.erase(actor.id);
    if (!report) return null;
    const remainingRecords = recordCount(await this.collect(actor.id));
    const details = { answersDeleted: report.answersDeleted, scoresKept: report.scoresKept, verified: remainingRecords === 0 };
    // The event stays accountable per partnership; the person is not named (actorId null).
    const partnerships = report.partnershipIds.length ? report.partnershipIds : [null];
    for (const partnershipId of partnerships) await this.repos.audit.record({ actorId: null, action: 'privacy.erasure', partnershipId, details }, this.clock.now());
    return { report, remainingRecords };
  }

  policyOf(partnershipId: string): Promise<AnswerPolicy> {
    return this.repos.privacy.answerPolicy(partnershipId);
  }

  /** A partnership setting: its coordinators, its regional leads and admins may change it. */
  async setPolicy(actor: Actor, partnership: PartnershipRecord, policy: AnswerPolicy): Promise<boolean> {
    await this.access.requireMayAppointCoordinator(actor, partnership);
    if ((await this.repos.privacy.answerPolicy(partnership.id)) === policy) return false;
    await this.repos.privacy.setAnswerPolicy(partnership.id, policy);
    await this.repos.audit.record({ actorId: actor.person.id, action: 'privacy.policy', partnershipId: partnership.id, details: { policy } }, this.clock.now());
    return true;
  }

  /** The anonymised view of a prompt's answers: what closing summaries and digests may use. */
  anonymisedAnswers(promptId: string): Promise<AnonymisedAnswer[]> {
    return this.repos.privacy.anonymisedAnswers(promptId);
  }
}
