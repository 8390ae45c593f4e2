/**
 * The forms of the exercise as neutral FormViewModels: propose (or edit) a partner, choose your top 5, mark the
 * most challenging (coordinators), and what/why + how for one challenging partner. Pre-filled with what is
 * stored, or with what was just submitted when it came back with errors.
 */
import type { FormFieldView, FormOptionView, FormViewModel } from '../../cards';
import { CIRCLE_LIMITS, HOW_OPTIONS, WHAT_OPTIONS } from '../../domain/circles/circle-options.data';
import { listValue, textValue } from '../../domain/circles/circle-input.rules';
import { rankActors } from '../../domain/circles/circle-ranking';
import type { ExerciseState, RankedActor } from '../../domain/circles/circle.types';
import { Locale, t } from '../../domain/i18n';
import type { PersonRecord } from '../../domain/model/records';
import { actorLabel } from './circles.presenter';

export const CIRCLE_FORMS = ['circles.propose', 'circles.vote', 'circles.challenging', 'circles.detail'] as const;
export type CircleFormId = (typeof CIRCLE_FORMS)[number];

export interface CircleFormInput {
  state: ExerciseState;
  person: PersonRecord;
  locale: Locale;
  actorId?: string;
  /** Submitted values, when the form comes back with errors. */
  values?: Record<string, unknown>;
  errors?: Record<string, string>;
}

const text = (id: string, label: string, maxLength: number, value: string | null | undefined, extra: Partial<FormFieldView> = {}): FormFieldView =>
  ({ kind: 'text', id, label, maxLength, ...(value ? { value } : {}), ...extra }) as FormFieldView;

const options = (list: readonly { code: string; label: { nl: string; en: string } }[], locale: Locale): FormOptionView[] =>
  list.map((o) => ({ value: o.code, title: o.label[locale] }));

/** The top 5 without the current marks, plus the marked ones: who may be marked most challenging. */
export function markable(actors: readonly RankedActor[]): RankedActor[] {
  const unmarked = new Set(rankActors(actors.map((a) => ({ ...a, challenging: false }))).filter((a) => a.inner).map((a) => a.id));
  return actors.filter((a) => a.challenging || unmarked.has(a.id));
}

export function circleForm(formId: CircleFormId, input: CircleFormInput): FormViewModel {
  const { state, locale, values } = input;
  const target = state.actors.find((a) => a.id === input.actorId);
  const pick = (id: string, stored: string[]) => (values ? listValue(values[id]) : stored);
  const fill = (id: string, stored: string | null | undefined) => (values ? textValue(values[id]) : stored ?? '');
  const base = {
    formId, locale, context: { exerciseId: state.exercise.id, ...(target ? { actorId: target.id } : {}) },
    submitLabel: t(locale, 'card.submit'), cancelLabel: t(locale, 'card.cancel'), requiredMessage: t(locale, 'circles.form.required'), ...(input.errors ? { errors: input.errors } : {}),
  };
  switch (formId) {
    case 'circles.propose':
      return {
        ...base, title: t(locale, target ? 'circles.form.edit.title' : 'circles.form.propose.title'), intro: t(locale, 'circles.who.hint'),
        fields: [
          text('name', t(locale, 'circles.form.name'), CIRCLE_LIMITS.name, fill('name', target?.name), { required: true }),
          text('organisation', t(locale, 'circles.form.organisation'), CIRCLE_LIMITS.organisation, fill('organisation', target?.organisation), { required: true }),
          text('role', t(locale, 'circles.form.role'), CIRCLE_LIMITS.role, fill('role', target?.role)),
        ],
      };
    case 'circles.vote':
      return {
        ...base, title: t(locale, 'circles.form.vote.title'),
        fields: [{
          kind: 'choice', id: 'actors', label: t(locale, 'circles.form.vote.label'), multi: true, expanded: true,
          options: state.actors.map((a) => ({ value: a.id, title: actorLabel(a, locale) })),
          values: pick('actors', state.actors.filter((a) => a.voterIds.includes(input.person.id)).map((a) => a.id)),
        }],
      };
    case 'circles.challenging':
      return {
        ...base, title: t(locale, 'circles.form.challenging.title'),
        fields: [{
          kind: 'choice', id: 'actors', label: t(locale, 'circles.form.challenging.label'), multi: true, expanded: true,
          options: markable(state.actors).map((a) => ({ value: a.id, title: actorLabel(a, locale) })),
          values: pick('actors', state.actors.filter((a) => a.challenging).map((a) => a.id)),
        }],
      };
    case 'circles.detail':
      return {
        ...base, title: t(locale, 'circles.form.detail.title'), intro: target ? actorLabel(target, locale) : undefined,
        fields: [
          { kind: 'choice', id: 'what', label: t(locale, 'circles.form.what', { name: target?.name ?? '' }), multi: true, expanded: true, options: options(WHAT_OPTIONS, locale), values: pick('what', target?.whatCodes ?? []) },
          text('whatText', t(locale, 'circles.form.whatText'), CIRCLE_LIMITS.freeText, fill('whatText', target?.whatText), { multiline: true }),
          { kind: 'choice', id: 'how', label: t(locale, 'circles.form.how'), multi: true, expanded: true, options: options(HOW_OPTIONS, locale), values: pick('how', target?.howCodes ?? []) },
          text('howText', t(locale, 'circles.form.howText'), CIRCLE_LIMITS.freeText, fill('howText', target?.howText), { multiline: true }),
        ],
      };
  }
}
