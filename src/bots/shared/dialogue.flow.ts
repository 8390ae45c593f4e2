/** The dialogue tables' forms and actions for a person: plan or edit, the follow-up, cancelling, showing. */
import type { PanelContext } from '../../cards';
import { DomainError } from '../../domain/errors';
import type { DialogueRecord } from '../../domain/dialogues/dialogue.types';
import { formatDate, t } from '../../domain/i18n';
import type { PartnershipRecord, PersonRecord } from '../../domain/model/records';
import type { ConversationContext } from './conversation-context';
import { followUpForm, planForm, type DialogueFormId } from './dialogue-forms.presenter';
import { dialoguePanel } from './dialogue.presenter';
import { formPanel, type PanelOutcome } from './panel-outcome';
import type { PlatformDeps } from './platform-deps';

type Values = Record<string, unknown>;

/** The partnership a new dialogue belongs to: the exercise's (from its summary), else the channel's. */
async function partnershipFor(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, context: PanelContext): Promise<{ partnership: PartnershipRecord; bindingId: string | null }> {
  const binding = ctx.channel ? await deps.repos.bindings.findByChannel(ctx.channel.platform, ctx.channel.workspaceId, ctx.channel.channelId) : null;
  const partnershipId = context.exerciseId ? (await deps.services.circles.state(person, context.exerciseId)).exercise.partnershipId : binding?.active ? binding.partnershipId : undefined;
  const partnership = partnershipId ? await deps.repos.partnerships.findById(partnershipId) : null;
  if (!partnership) throw new DomainError('CHANNEL.NOT_LINKED');
  return { partnership, bindingId: binding?.active && binding.partnershipId === partnership.id ? binding.id : null };
}

async function planFormFor(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, context: PanelContext, values?: Values, errors?: Record<string, string>) {
  const dialogue = context.dialogueId ? await deps.services.dialogues.find(person, context.dialogueId) : undefined;
  const partnershipId = dialogue?.partnershipId ?? (await partnershipFor(deps, ctx, person, context)).partnership.id;
  await deps.services.partnerships.requireCoordinator(person, partnershipId);
  if (dialogue?.status === 'cancelled') throw new DomainError('DIALOGUE.CANCELLED', { n: dialogue.number });
  const fromActor = !dialogue && context.exerciseId && context.actorId
    ? (await deps.services.circles.state(person, context.exerciseId)).actors.find((a) => a.id === context.actorId)
    : undefined;
  const draft = await deps.services.dialogues.draftContext(partnershipId, ctx.locale);
  return planForm({ draft, locale: ctx.locale, ownerId: person.id, context, ...(dialogue ? { dialogue } : {}), ...(fromActor ? { fromActor } : {}), ...(values ? { values } : {}), ...(errors ? { errors } : {}) });
}

async function followUpDialogue(deps: PlatformDeps, person: PersonRecord, context: PanelContext): Promise<DialogueRecord> {
  if (!context.dialogueId) throw new DomainError('DIALOGUE.NOT_FOUND');
  const dialogue = await deps.services.dialogues.find(person, context.dialogueId);
  if (dialogue.owner?.id !== person.id && !(await deps.services.dialogues.isCoordinator(person, dialogue.partnershipId))) throw new DomainError('DIALOGUE.NOT_OWNER');
  return dialogue;
}

const saved = (deps: PlatformDeps, ctx: ConversationContext, d: DialogueRecord, notice: string): PanelOutcome => ({
  kind: 'panel', panel: dialoguePanel(deps, d, ctx.locale, notice), shared: dialoguePanel(deps, d, deps.config.OOGST_DEFAULT_LOCALE),
});

export async function openDialogueForm(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, formId: DialogueFormId, context: PanelContext): Promise<PanelOutcome> {
  const form = formId === 'dialogue.plan' ? await planFormFor(deps, ctx, person, context) : followUpForm(await followUpDialogue(deps, person, context), ctx.locale);
  return { kind: 'panel', panel: formPanel(form, form.title) };
}

export async function submitDialogueForm(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, formId: DialogueFormId, context: PanelContext, values: Values): Promise<PanelOutcome> {
  const { locale } = ctx;
  const dialogues = deps.services.dialogues;
  if (formId === 'dialogue.followUp') {
    const dialogue = await followUpDialogue(deps, person, context);
    const outcome = await dialogues.followUp(person, dialogue.id, values, locale);
    return outcome.kind === 'saved' ? saved(deps, ctx, outcome.dialogue, outcome.message) : { kind: 'invalid', form: followUpForm(dialogue, locale, values, outcome.fieldErrors) };
  }
  let outcome;
  if (context.dialogueId) outcome = await dialogues.edit(person, context.dialogueId, values, locale);
  else {
    const { partnership, bindingId } = await partnershipFor(deps, ctx, person, context);
    outcome = await dialogues.plan(person, partnership, bindingId, values, locale);
  }
  if (outcome.kind === 'saved') return saved(deps, ctx, outcome.dialogue, outcome.message);
  return { kind: 'invalid', form: await planFormFor(deps, ctx, person, context, values, outcome.fieldErrors) };
}

export async function cancelDialogue(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, context: PanelContext): Promise<PanelOutcome> {
  if (!context.dialogueId) throw new DomainError('DIALOGUE.NOT_FOUND');
  const cancelled = await deps.services.dialogues.cancel(person, await deps.services.dialogues.find(person, context.dialogueId));
  return saved(deps, ctx, cancelled, t(ctx.locale, 'dialogue.cancelled', { n: cancelled.number }));
}

export async function showDialogue(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, context: PanelContext): Promise<PanelOutcome> {
  if (!context.dialogueId) throw new DomainError('DIALOGUE.NOT_FOUND');
  return { kind: 'panel', panel: dialoguePanel(deps, await deps.services.dialogues.find(person, context.dialogueId), ctx.locale) };
}

const whenOf = (ctx: ConversationContext, d: DialogueRecord) => formatDate(ctx.locale, d.startsAt, d.timeZone, { withYear: true });
export const movedNotice = (ctx: ConversationContext, d: DialogueRecord): string => t(ctx.locale, 'dialogue.moved', { n: d.number, date: whenOf(ctx, d) });
export const plannedNotice = (ctx: ConversationContext, d: DialogueRecord): string => t(ctx.locale, 'dialogue.planned', { n: d.number, date: whenOf(ctx, d) });
