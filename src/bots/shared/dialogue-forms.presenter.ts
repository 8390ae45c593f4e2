/**
 * The forms of the dialogue tables as neutral FormViewModels: plan or edit (pre-filled from an actor of the
 * exercise: its name, its what/why as goal, its first how as format) and the owner's follow-up afterwards.
 */
import type { FormFieldView, FormViewModel, PanelContext } from '../../cards';
import { HOW_OPTIONS, WHAT_OPTIONS } from '../../domain/circles/circle-options.data';
import { listValue, textValue } from '../../domain/circles/circle-input.rules';
import type { CircleActorRecord } from '../../domain/circles/circle.types';
import { DEFAULT_DURATION_MINUTES, DEFAULT_FORMAT, DIALOGUE_LIMITS, type DraftContext } from '../../domain/dialogues/dialogue-input.rules';
import type { DialogueRecord } from '../../domain/dialogues/dialogue.types';
import { localParts } from '../../domain/dialogues/dialogue-when';
import { Locale, t } from '../../domain/i18n';

export const DIALOGUE_FORMS = ['dialogue.plan', 'dialogue.followUp'] as const;
export type DialogueFormId = (typeof DIALOGUE_FORMS)[number];

export interface PlanFormInput {
  draft: DraftContext;
  locale: Locale;
  ownerId: string;
  context: PanelContext;
  dialogue?: DialogueRecord;
  /** The exercise actor it is planned from ("Dialoog plannen: <naam>" on the summary). */
  fromActor?: CircleActorRecord;
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}

const buttons = (locale: Locale) => ({ submitLabel: t(locale, 'card.submit'), cancelLabel: t(locale, 'card.cancel'), requiredMessage: t(locale, 'circles.form.required') });

export function planForm(input: PlanFormInput): FormViewModel {
  const { locale, dialogue: d, fromActor: a, values } = input;
  const stored = d ? localParts(d.startsAt, d.timeZone) : undefined;
  const fill = (id: string, fallback: string | undefined) => (values ? textValue(values[id]) : fallback ?? '');
  const pick = (id: string, fallback: string[]) => (values ? listValue(values[id]) : fallback);
  const members = [...input.draft.members.values()].map((p) => ({ value: p.id, title: p.displayName }));
  const actorOptions = [...input.draft.exerciseActors].map(([value, title]) => ({ value, title }));
  const text = (id: string, key: Parameters<typeof t>[1], max: number, value: string, extra: object = {}): FormFieldView =>
    ({ kind: 'text', id, label: t(locale, key as 'dialogue.form.title'), maxLength: max, ...(value ? { value } : {}), ...extra }) as FormFieldView;
  const duration = Number(fill('duration', String(d?.durationMinutes ?? DEFAULT_DURATION_MINUTES)));
  return {
    formId: 'dialogue.plan', context: input.context, locale, ...buttons(locale), ...(input.errors ? { errors: input.errors } : {}),
    title: d ? t(locale, 'dialogue.form.edit.title', { n: d.number }) : t(locale, 'dialogue.form.plan.title'),
    fields: [
      text('title', 'dialogue.form.title', DIALOGUE_LIMITS.title, fill('title', d?.title ?? (a ? `${a.name} (${a.organisation})` : '')), { required: true }),
      { kind: 'choice', id: 'actors', label: t(locale, 'dialogue.form.actors'), multi: true, options: actorOptions, values: pick('actors', a ? [a.id] : []) },
      text('actorText', 'dialogue.form.actorText', DIALOGUE_LIMITS.actorText, fill('actorText', d?.actors.join('; '))),
      { kind: 'choice', id: 'goal', label: t(locale, 'dialogue.form.goal'), multi: true, expanded: true, options: WHAT_OPTIONS.map((o) => ({ value: o.code, title: o.label[locale] })), values: pick('goal', d?.goalCodes ?? a?.whatCodes ?? []) },
      text('goalText', 'dialogue.form.goalText', DIALOGUE_LIMITS.goalText, fill('goalText', d?.goalText ?? a?.whatText ?? undefined), { multiline: true }),
      { kind: 'choice', id: 'format', label: t(locale, 'dialogue.form.format'), multi: false, expanded: true, required: true, options: HOW_OPTIONS.map((o) => ({ value: o.code, title: o.label[locale] })), values: pick('format', [d?.format ?? a?.howCodes[0] ?? DEFAULT_FORMAT]) },
      { kind: 'date', id: 'date', label: t(locale, 'dialogue.form.date'), required: true, ...(fill('date', stored?.day) ? { value: fill('date', stored?.day) } : {}) },
      { kind: 'time', id: 'time', label: t(locale, 'dialogue.form.time'), required: true, ...(fill('time', stored?.time) ? { value: fill('time', stored?.time) } : {}) },
      { kind: 'number', id: 'duration', label: t(locale, 'dialogue.form.duration'), min: 1, max: DIALOGUE_LIMITS.maxDurationMinutes, required: true, ...(Number.isFinite(duration) ? { value: duration } : {}) },
      text('location', 'dialogue.form.location', DIALOGUE_LIMITS.location, fill('location', d?.location ?? undefined)),
      { kind: 'choice', id: 'owner', label: t(locale, 'dialogue.form.owner'), multi: false, required: true, options: members, values: pick('owner', [d?.owner?.id ?? input.ownerId]) },
      { kind: 'choice', id: 'participants', label: t(locale, 'dialogue.form.participants'), multi: true, options: members, values: pick('participants', d?.participants.flatMap((p) => (p.person ? [p.person.id] : [])) ?? []) },
      text('guests', 'dialogue.form.guests', 1000, fill('guests', d?.participants.flatMap((p) => (p.person ? [] : [p.email ?? ''])).join(', '))),
    ],
  };
}

export function followUpForm(d: DialogueRecord, locale: Locale, values?: Record<string, unknown>, errors?: Record<string, string>): FormViewModel {
  const fill = (id: string) => (values ? textValue(values[id]) : '');
  const text = (id: 'outcome' | 'agreements' | 'nextStep'): FormFieldView => ({ kind: 'text', id, label: t(locale, `dialogue.form.${id}`), maxLength: DIALOGUE_LIMITS.followUpText, multiline: true, ...(fill(id) ? { value: fill(id) } : {}) });
  return {
    formId: 'dialogue.followUp', context: { dialogueId: d.id }, locale, ...buttons(locale), ...(errors ? { errors } : {}),
    title: t(locale, 'dialogue.form.followUp.title', { n: d.number }),
    intro: d.title,
    fields: [
      { kind: 'choice', id: 'held', label: t(locale, 'dialogue.form.held'), multi: false, expanded: true, required: true, options: [{ value: 'yes', title: t(locale, 'dialogue.form.held.yes') }, { value: 'no', title: t(locale, 'dialogue.form.held.no') }], values: values ? listValue(values.held) : [] },
      text('outcome'), text('agreements'), text('nextStep'),
    ],
  };
}
