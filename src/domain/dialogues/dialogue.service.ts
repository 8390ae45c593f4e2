/**
 * Dialogue tables: coordinators plan, edit, move and cancel them; members see the list; the owner (or a
 * coordinator) gives the follow-up afterwards. Every change bumps the iCalendar SEQUENCE, so calendars that
 * imported the invite update it. Reminders and follow-up questions go out from tick() (see dialogue-tick.ts).
 */
import { innerCircle, rankActors } from '../circles/circle-ranking';
import type { FieldErrors } from '../circles/circle-input.rules';
import { DomainError } from '../errors';
import { describeCommandUsage } from '../commands/command-usage';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import type { PartnershipRecord, PersonRecord, Platform } from '../model/records';
import type { Clock, DomainLogger, Repositories } from '../ports';
import { checkDraft, checkFollowUp, checkWhen, DEFAULT_FORMAT, type DraftContext } from './dialogue-input.rules';
import type { DialogueNotifier } from './dialogue.ports';
import { DialogueTick, FOLLOW_UP_REASK_MS, type DialogueTickReport } from './dialogue-tick';
import { endOf, type DialogueRecord } from './dialogue.types';
import { splitWhen } from './dialogue-when';

export type DialogueOutcome = { kind: 'saved'; dialogue: DialogueRecord; message: string } | { kind: 'invalid'; fieldErrors: FieldErrors };
type Values = Record<string, unknown>;

export interface DialogueServiceOptions { leaseMs?: number }

export class DialogueService {
  private readonly notifiers = new Map<Platform, DialogueNotifier>();
  private readonly ticker: DialogueTick;

  constructor(private readonly repos: Repositories, private readonly clock: Clock, log: DomainLogger, options: DialogueServiceOptions = {}) {
    this.ticker = new DialogueTick(repos, clock, log, (platform) => this.notifiers.get(platform), options.leaseMs);
  }

  registerNotifier(notifier: DialogueNotifier): void {
    this.notifiers.set(notifier.platform, notifier);
  }

  /** Due work (reminders the day before, follow-ups after the end, re-asks after 3 days); idempotent. Hook for the scheduler. */
  tick(now: Date = this.clock.now()): Promise<DialogueTickReport> {
    return this.ticker.run(now);
  }

  /** What the planning form offers: the partnership's people and the actors of its latest exercise (inner circle first). */
  async draftContext(partnershipId: string, locale: Locale): Promise<DraftContext> {
    const [people, exercise] = await Promise.all([this.repos.dialogues.members(partnershipId), this.repos.circles.latest(partnershipId)]);
    const ranked = exercise ? rankActors(await this.repos.circles.actors(exercise.id)) : [];
    const ordered = [...innerCircle(ranked), ...ranked.filter((a) => !a.inner)];
    const label = (a: (typeof ranked)[number]) => (a.role ? `${a.name}, ${a.role} (${a.organisation})` : `${a.name} (${a.organisation})`);
    return { now: this.clock.now(), locale, members: new Map(people.map((p) => [p.id, p])), exerciseActors: new Map(ordered.map((a) => [a.id, label(a)])) };
  }

  async plan(actor: PersonRecord, partnership: PartnershipRecord, bindingId: string | null, values: Values, locale: Locale): Promise<DialogueOutcome> {
    await this.requireCoordinator(actor, partnership.id);
    const checked = checkDraft({ owner: actor.id, ...values }, await this.draftContext(partnership.id, locale));
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    const exercise = await this.repos.circles.latest(partnership.id);
    const dialogue = await this.repos.dialogues.create({ ...checked.value, partnershipId: partnership.id, exerciseId: exercise?.id ?? null, bindingId, createdById: actor.id });
    return { kind: 'saved', dialogue, message: t(locale, 'dialogue.planned', { n: dialogue.number, date: formatDate(locale, dialogue.startsAt, dialogue.timeZone, { withYear: true }) }) };
  }

  /** "dialoog plan 2027-03-29 14:00 Gesprek met de gemeente": planned at once with defaults; refused with every problem. */
  async quickPlan(actor: PersonRecord, partnership: PartnershipRecord, bindingId: string | null, text: string, locale: Locale): Promise<DialogueRecord> {
    const when = splitWhen(text);
    if (!when) throw new DomainError('DIALOGUE.INVALID', { messages: [t(locale, 'dialogue.invalid.when', { usage: describeCommandUsage('dialoguePlan', locale) })] });
    const values = { date: when.dateText, time: when.timeText, title: when.rest, format: DEFAULT_FORMAT };
    const outcome = await this.plan(actor, partnership, bindingId, values, locale);
    if (outcome.kind === 'invalid') throw new DomainError('DIALOGUE.INVALID', { messages: Object.values(outcome.fieldErrors) });
    return outcome.dialogue;
  }

  async edit(actor: PersonRecord, dialogueId: string, values: Values, locale: Locale): Promise<DialogueOutcome> {
    const current = await this.plannedForCoordinator(actor, await this.mustFind(dialogueId));
    const checked = checkDraft({ owner: current.owner?.id ?? actor.id, ...values }, await this.draftContext(current.partnershipId, locale));
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    const dialogue = await this.repos.dialogues.update(current.id, checked.value);
    if (!dialogue) throw new DomainError('DIALOGUE.CANCELLED', { n: current.number });
    return { kind: 'saved', dialogue, message: t(locale, 'dialogue.saved.updated', { n: dialogue.number }) };
  }

  /** "dialoog verzet 2 2027-04-01 14:00". */
  async move(actor: PersonRecord, partnership: PartnershipRecord, n: number, whenText: string, locale: Locale): Promise<DialogueRecord> {
    const current = await this.plannedForCoordinator(actor, await this.byNumber(partnership.id, n));
    const when = splitWhen(whenText);
    const usage = () => new DomainError('DIALOGUE.INVALID', { messages: [t(locale, 'dialogue.invalid.when', { usage: describeCommandUsage('dialogueMove', locale) })] });
    if (!when || when.rest !== '') throw usage();
    const errors: FieldErrors = {};
    const startsAt = checkWhen({ date: when.dateText, time: when.timeText }, { now: this.clock.now(), locale }, errors);
    if (!startsAt) throw new DomainError('DIALOGUE.INVALID', { messages: Object.values(errors) });
    const moved = await this.repos.dialogues.move(current.id, startsAt);
    if (!moved) throw new DomainError('DIALOGUE.CANCELLED', { n });
    return moved;
  }

  async cancel(actor: PersonRecord, dialogue: DialogueRecord): Promise<DialogueRecord> {
    const current = await this.plannedForCoordinator(actor, dialogue);
    const cancelled = await this.repos.dialogues.cancel(current.id);
    if (!cancelled) throw new DomainError('DIALOGUE.CANCELLED', { n: current.number });
    return cancelled;
  }

  async followUp(actor: PersonRecord, dialogueId: string, values: Values, locale: Locale): Promise<DialogueOutcome> {
    const dialogue = await this.find(actor, dialogueId);
    if (dialogue.status === 'cancelled') throw new DomainError('DIALOGUE.CANCELLED', { n: dialogue.number });
    if (dialogue.owner?.id !== actor.id && !(await this.isCoordinator(actor, dialogue.partnershipId))) throw new DomainError('DIALOGUE.NOT_OWNER');
    if (endOf(dialogue).getTime() > this.clock.now().getTime()) throw new DomainError('DIALOGUE.NOT_ENDED');
    const checked = checkFollowUp(values, locale);
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    const saved = await this.repos.dialogues.saveFollowUp(dialogue.id, checked.value, this.clock.now());
    if (!saved) throw new DomainError('DIALOGUE.CANCELLED', { n: dialogue.number });
    return { kind: 'saved', dialogue: saved, message: t(locale, 'dialogue.followUp.saved', { n: saved.number }) };
  }

  /** The partnership's dialogues for its members: cancelled ones left out. */
  async list(actor: PersonRecord, partnershipId: string): Promise<DialogueRecord[]> {
    await this.requireMember(actor, partnershipId);
    return (await this.repos.dialogues.list(partnershipId)).filter((d) => d.status === 'planned');
  }

  /** Follow-ups still missing 3 days after the end ("status", the regional digest). */
  async overdue(partnershipId: string, now: Date = this.clock.now()): Promise<DialogueRecord[]> {
    return (await this.repos.dialogues.list(partnershipId)).filter((d) => isOverdue(d, now));
  }

  async find(actor: PersonRecord, dialogueId: string): Promise<DialogueRecord> {
    const dialogue = await this.mustFind(dialogueId);
    await this.requireMember(actor, dialogue.partnershipId);
    return dialogue;
  }

  /** For a signed link (the invite): the link itself is the permission. */
  findById(dialogueId: string): Promise<DialogueRecord | null> {
    return this.repos.dialogues.findById(dialogueId);
  }

  async byNumber(partnershipId: string, n: number): Promise<DialogueRecord> {
    const dialogue = await this.repos.dialogues.findByNumber(partnershipId, n);
    if (!dialogue) throw new DomainError('DIALOGUE.NOT_FOUND', { n });
    return dialogue;
  }

  async mustFind(dialogueId: string): Promise<DialogueRecord> {
    const dialogue = await this.repos.dialogues.findById(dialogueId);
    if (!dialogue) throw new DomainError('DIALOGUE.NOT_FOUND');
    return dialogue;
  }

  async isCoordinator(actor: PersonRecord, partnershipId: string): Promise<boolean> {
    return (await this.repos.partnerships.roleOf(actor.id, partnershipId)) === 'coordinator';
  }

  private async plannedForCoordinator(actor: PersonRecord, dialogue: DialogueRecord): Promise<DialogueRecord> {
    await this.requireCoordinator(actor, dialogue.partnershipId);
    if (dialogue.status === 'cancelled') throw new DomainError('DIALOGUE.CANCELLED', { n: dialogue.number });
    return dialogue;
  }

  private async requireMember(actor: PersonRecord, partnershipId: string): Promise<void> {
    if (!(await this.repos.partnerships.roleOf(actor.id, partnershipId))) throw new DomainError('ACCESS.NOT_MEMBER');
  }

  private async requireCoordinator(actor: PersonRecord, partnershipId: string): Promise<void> {
    if (await this.isCoordinator(actor, partnershipId)) return;
    const coordinators = await this.repos.partnerships.coordinators(partnershipId);
    throw new DomainError('PARTNERSHIP.NOT_COORDINATOR', { coordinators: coordinators.map((c) => c.displayName) });
  }
}

export function isOverdue(d: DialogueRecord, now: Date): boolean {
  return d.status === 'planned' && !d.followUp && endOf(d).getTime() + FOLLOW_UP_REASK_MS <= now.getTime();
}
