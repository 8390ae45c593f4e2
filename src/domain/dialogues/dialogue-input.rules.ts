/**
 * Validation of a dialogue table (form values or a typed command, untrusted), field by field with translated
 * messages, so a form shows each problem under its input and a command lists them. The instant is computed in
 * Europe/Amsterdam and must lie in the future.
 */
import { z } from 'zod';
import { checkText, listValue, textValue, type Checked, type FieldErrors } from '../circles/circle-input.rules';
import { isHowCode, isWhatCode, type HowCode, type WhatCode } from '../circles/circle-options.data';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import type { PersonRecord } from '../model/records';
import type { DialogueDraft, FollowUpInput } from './dialogue.types';
import { DIALOGUE_TIME_ZONE, resolveWhen } from './dialogue-when';

export const DIALOGUE_LIMITS = {
  title: 120, actorText: 200, goalText: 300, location: 300, maxDurationMinutes: 480, maxGuests: 30, maxActors: 10, followUpText: 1000,
} as const;
export const DEFAULT_DURATION_MINUTES = 90;
export const DEFAULT_FORMAT: HowCode = 'dialoogtafel';

export interface DraftContext {
  now: Date;
  locale: Locale;
  /** People of the partnership, by id: owner and participants must be among them. */
  members: ReadonlyMap<string, PersonRecord>;
  /** Actors of the partnership's exercise, id -> label, for the multi-select. */
  exerciseActors: ReadonlyMap<string, string>;
}

const email = z.email();
const label = (locale: Locale, key: Parameters<typeof t>[1]) => t(locale, key as 'dialogue.form.title');

export function checkDraft(values: Record<string, unknown>, ctx: DraftContext): Checked<DialogueDraft> {
  const { locale } = ctx;
  const errors: FieldErrors = {};
  const text = (id: string) => textValue(values[id]);
  const title = text('title');
  checkText(errors, 'title', title, DIALOGUE_LIMITS.title, label(locale, 'dialogue.form.title'), locale, true, 'dialogue');
  const actorText = text('actorText');
  checkText(errors, 'actorText', actorText, DIALOGUE_LIMITS.actorText, label(locale, 'dialogue.form.actorText'), locale, false, 'dialogue');
  const chosenActors = listValue(values.actors);
  if (chosenActors.some((id) => !ctx.exerciseActors.has(id))) errors.actors = t(locale, 'dialogue.invalid.option');
  const actors = [...chosenActors.map((id) => ctx.exerciseActors.get(id) ?? id), ...actorText.split(/[;\n]/).map((a) => a.trim()).filter(Boolean)];
  if (actors.length > DIALOGUE_LIMITS.maxActors) errors.actorText = t(locale, 'dialogue.invalid.tooLong', { field: label(locale, 'dialogue.form.actors'), max: DIALOGUE_LIMITS.maxActors, length: actors.length });
  const goalCodes = listValue(values.goal);
  if (!goalCodes.every(isWhatCode)) errors.goal = t(locale, 'dialogue.invalid.option');
  const goalText = text('goalText');
  checkText(errors, 'goalText', goalText, DIALOGUE_LIMITS.goalText, label(locale, 'dialogue.form.goalText'), locale, false, 'dialogue');
  const format = text('format') || DEFAULT_FORMAT;
  if (!isHowCode(format)) errors.format = t(locale, 'dialogue.invalid.option');
  const startsAt = checkWhen(values, ctx, errors);
  const durationMinutes = checkDuration(text('duration'), locale, errors);
  const location = text('location');
  checkText(errors, 'location', location, DIALOGUE_LIMITS.location, label(locale, 'dialogue.form.location'), locale, false, 'dialogue');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !isWebUrl(location)) errors.location = t(locale, 'dialogue.invalid.url');
  const ownerId = text('owner');
  if (!ctx.members.has(ownerId)) errors.owner = t(locale, 'dialogue.invalid.member');
  const participantIds = listValue(values.participants);
  if (participantIds.some((id) => !ctx.members.has(id))) errors.participants = t(locale, 'dialogue.invalid.member');
  const guestEmails = checkGuests(text('guests'), locale, errors);
  if (Object.keys(errors).length || !startsAt || durationMinutes === undefined) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      title, actors, goalCodes: goalCodes as WhatCode[], goalText: goalText || null, format: format as HowCode, startsAt, durationMinutes,
      timeZone: DIALOGUE_TIME_ZONE, location: location || null, ownerId, participantIds, guestEmails,
    },
  };
}

/** Date and time, understood and in the future. Exported for "dialoog verzet". */
export function checkWhen(values: Record<string, unknown>, ctx: Pick<DraftContext, 'now' | 'locale'>, errors: FieldErrors): Date | undefined {
  const dateText = textValue(values.date);
  const timeText = textValue(values.time);
  if (dateText === '') errors.date = t(ctx.locale, 'dialogue.invalid.required', { field: t(ctx.locale, 'dialogue.form.date') });
  if (timeText === '') errors.time = t(ctx.locale, 'dialogue.invalid.required', { field: t(ctx.locale, 'dialogue.form.time') });
  if (dateText === '' || timeText === '') return undefined;
  const when = resolveWhen(dateText, timeText);
  if (!when.ok) {
    errors[when.problem] = t(ctx.locale, when.problem === 'date' ? 'dialogue.invalid.date' : 'dialogue.invalid.time', { value: when.value });
    return undefined;
  }
  if (when.startsAt.getTime() <= ctx.now.getTime()) {
    errors.date = t(ctx.locale, 'dialogue.invalid.past', { date: formatDate(ctx.locale, when.startsAt, DIALOGUE_TIME_ZONE, { withYear: true }) });
    return undefined;
  }
  return when.startsAt;
}

function checkDuration(raw: string, locale: Locale, errors: FieldErrors): number | undefined {
  const minutes = raw === '' ? DEFAULT_DURATION_MINUTES : /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isInteger(minutes) && minutes >= 1 && minutes <= DIALOGUE_LIMITS.maxDurationMinutes) return minutes;
  errors.duration = t(locale, 'dialogue.invalid.duration', { value: raw });
  return undefined;
}

function checkGuests(raw: string, locale: Locale, errors: FieldErrors): string[] {
  const guests = [...new Set(raw.split(/[\s,;]+/).map((g) => g.trim().toLowerCase()).filter(Boolean))];
  const wrong = guests.find((g) => !email.safeParse(g).success);
  if (wrong) errors.guests = t(locale, 'dialogue.invalid.email', { value: wrong });
  else if (guests.length > DIALOGUE_LIMITS.maxGuests) errors.guests = t(locale, 'dialogue.invalid.tooManyGuests', { max: DIALOGUE_LIMITS.maxGuests, count: guests.length });
  return guests;
}

function isWebUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The owner's follow-up: held yes/no is required, the rest optional and limited. */
export function checkFollowUp(values: Record<string, unknown>, locale: Locale): Checked<FollowUpInput> {
  const errors: FieldErrors = {};
  const held = textValue(values.held);
  if (held !== 'yes' && held !== 'no') errors.held = t(locale, 'dialogue.invalid.required', { field: t(locale, 'dialogue.form.held') });
  const texts = (['outcome', 'agreements', 'nextStep'] as const).map((id) => {
    const value = textValue(values[id]);
    checkText(errors, id, value, DIALOGUE_LIMITS.followUpText, t(locale, `dialogue.form.${id}`), locale, false, 'dialogue');
    return value || null;
  });
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { held: held === 'yes', outcome: texts[0], agreements: texts[1], nextStep: texts[2] } };
}
