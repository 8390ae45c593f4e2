/** Answers to reflection prompts: validated, one per person per prompt (editing updates it). */
import { AnswerInput, validateAnswerInput } from '../catalogue';
import { DomainError } from '../errors';
import { Locale } from '../i18n';
import { AnswerRecord, ChannelRef, PersonRecord, PlatformUser, PromptRecord } from '../model/records';
import { Clock, Repositories } from '../ports';
import { PartnershipService } from './partnership.service';
import { isPlausibleId, PromptService } from './prompt.service';

/** Who answers, and from which channel (people in a linked channel become members of its partnership). */
export interface AnswerAuthor { user: PlatformUser; channel?: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'> }

export type SubmitOutcome =
  | { kind: 'saved'; actor: PersonRecord; answer: AnswerRecord; prompt: PromptRecord; partnershipName: string; created: boolean; responseCount: number }
  | { kind: 'invalid'; actor: PersonRecord; prompt: PromptRecord; fieldErrors: Partial<Record<keyof AnswerInput, string>> };

export class AnswerService {
  constructor(
    private readonly repos: Repositories,
    private readonly prompts: PromptService,
    private readonly partnerships: PartnershipService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores an answer. The common case (valid fields, open prompt, a member answering) is one statement that
   * checks and stores at once, for a person identified from this process's recent memory. Anything else takes
   * the exact path: the person is identified again from the database, and the refusal is explained in this
   * order: the prompt exists, belongs to a partnership the person is part of, is still open; then the fields.
   * Nothing is stored unless everything holds.
   */
  async submit(author: AnswerAuthor, promptId: string, raw: unknown, locale: Locale): Promise<SubmitOutcome> {
    const validation = validateAnswerInput(raw, locale);
    if (validation.ok && isPlausibleId(promptId)) {
      const actor = await this.partnerships.identifyQuickly(author.user, author.channel);
      const saved = await this.repos.answers.saveIfAllowed(promptId, actor.id, validation.value, this.clock.now());
      if (saved) return this.savedOutcome(actor, saved);
    }
    const actor = await this.partnerships.identify(author.user, author.channel);
    const prompt = await this.promptFor(actor, promptId);
    if (!this.prompts.isOpen(prompt)) throw new DomainError('PROMPT.CLOSED', { closesAt: prompt.closesAt });
    if (!validation.ok) return { kind: 'invalid', actor, prompt, fieldErrors: validation.fieldErrors };
    // Open and theirs after all: they joined just now, or the remembered person was stale (erased elsewhere).
    const saved = await this.repos.answers.saveIfAllowed(promptId, actor.id, validation.value, this.clock.now());
    if (!saved) throw new DomainError('PROMPT.CLOSED', { closesAt: prompt.closesAt }); // closed in between
    return this.savedOutcome(actor, saved);
  }

  /** The prompt, if this person may see and answer it (member of its partnership). */
  async promptFor(actor: PersonRecord, promptId: string): Promise<PromptRecord> {
    const prompt = await this.prompts.mustFind(promptId);
    const role = await this.repos.partnerships.roleOf(actor.id, prompt.partnershipId);
    if (!role) throw new DomainError('PROMPT.OTHER_PARTNERSHIP', { promptId });
    return prompt;
  }

  async existing(actor: PersonRecord, promptId: string): Promise<AnswerRecord | null> {
    return this.repos.answers.find(promptId, actor.id);
  }

  async recent(actor: PersonRecord, limit = 10) {
    return this.repos.answers.recentForPerson(actor.id, limit);
  }

  private async savedOutcome(actor: PersonRecord, saved: { answer: AnswerRecord; created: boolean; responseCount: number }): Promise<SubmitOutcome> {
    const { prompt, partnershipName } = await this.prompts.forDisplay(saved.answer.promptId);
    return { kind: 'saved', actor, ...saved, prompt, partnershipName };
  }
}
