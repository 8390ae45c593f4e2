/** Answers to reflection prompts: validated, one per person per prompt (editing updates it). */
import { AnswerInput, validateAnswerInput } from '../catalogue';
import { DomainError } from '../errors';
import { Locale } from '../i18n';
import { AnswerRecord, PersonRecord, PromptRecord } from '../model/records';
import { Repositories } from '../ports';
import { PromptService } from './prompt.service';

export type SubmitOutcome =
  | { kind: 'saved'; answer: AnswerRecord; prompt: PromptRecord; created: boolean; responseCount: number }
  | { kind: 'invalid'; prompt: PromptRecord; fieldErrors: Partial<Record<keyof AnswerInput, string>> };

export class AnswerService {
  constructor(private readonly repos: Repositories, private readonly prompts: PromptService) {}

  /**
   * Checks, in this order, that the prompt exists, belongs to a partnership the person is part of, and is still
   * open; then validates the fields. Nothing is stored unless everything holds.
   */
  async submit(actor: PersonRecord, promptId: string, raw: unknown, locale: Locale): Promise<SubmitOutcome> {
    const prompt = await this.promptFor(actor, promptId);
    if (!this.prompts.isOpen(prompt)) throw new DomainError('PROMPT.CLOSED', { closesAt: prompt.closesAt });
    const validation = validateAnswerInput(raw, locale);
    if (!validation.ok) return { kind: 'invalid', prompt, fieldErrors: validation.fieldErrors };
    const { answer, created } = await this.repos.answers.upsert(prompt.id, actor.id, { ...validation.value });
    const responseCount = await this.repos.answers.countForPrompt(prompt.id);
    return { kind: 'saved', answer, prompt, created, responseCount };
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
}
