/**
 * Validation of what members submit in the exercise (card and modal values, untrusted): field by field, with a
 * translated message per field, so a form can show each problem under its own input. Nothing is stored unless
 * everything holds (the service checks the result first).
 */
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { CIRCLE_LIMITS, isHowCode, isWhatCode, type HowCode, type WhatCode } from './circle-options.data';
import type { ActorDetail, ProposalInput } from './circle.types';

export type FieldErrors = Record<string, string>;
export type Checked<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

/** A submitted multi-select: Teams sends "a,b,c", Slack an array; anything else counts as nothing chosen. */
export function listValue(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return [...new Set(parts.filter((p): p is string => typeof p === 'string').map((p) => p.trim()).filter((p) => p !== ''))];
}

/** A submitted text: trimmed, line endings unified; '' when missing or not a string. */
export function textValue(raw: unknown): string {
  return typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : '';
}

const field = (values: Record<string, unknown>, key: string) => textValue(values[key]);

/** Checks a required or optional text against its limit; puts the message (of `scope`) under `id`. */
export function checkText(errors: FieldErrors, id: string, text: string, max: number, label: string, locale: Locale, required = false, scope: 'circles' | 'dialogue' = 'circles'): void {
  const length = [...text].length;
  if (required && text === '') errors[id] = t(locale, `${scope}.invalid.required`, { field: label });
  else if (length > max) errors[id] = t(locale, `${scope}.invalid.tooLong`, { field: label, max, length });
}

export function checkProposal(values: Record<string, unknown>, locale: Locale): Checked<ProposalInput> {
  const name = field(values, 'name');
  const organisation = field(values, 'organisation');
  const role = field(values, 'role');
  const errors: FieldErrors = {};
  checkText(errors, 'name', name, CIRCLE_LIMITS.name, t(locale, 'circles.form.name'), locale, true);
  checkText(errors, 'organisation', organisation, CIRCLE_LIMITS.organisation, t(locale, 'circles.form.organisation'), locale, true);
  checkText(errors, 'role', role, CIRCLE_LIMITS.role, t(locale, 'circles.form.role'), locale);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { name, organisation, role: role === '' ? null : role } };
}

/** A member's top 5: known actors of this exercise, at most five. */
export function checkVote(values: Record<string, unknown>, knownIds: ReadonlySet<string>, locale: Locale): Checked<string[]> {
  const chosen = listValue(values.actors);
  if (chosen.some((id) => !knownIds.has(id))) return { ok: false, fieldErrors: { actors: t(locale, 'circles.invalid.unknownActor') } };
  if (chosen.length > CIRCLE_LIMITS.innerCircle) {
    return { ok: false, fieldErrors: { actors: t(locale, 'circles.invalid.tooManyVotes', { max: CIRCLE_LIMITS.innerCircle, count: chosen.length }) } };
  }
  return { ok: true, value: chosen };
}

/** The coordinator's 2-3 most challenging: at most three, all from the inner circle. */
export function checkChallenging(values: Record<string, unknown>, innerIds: ReadonlySet<string>, names: ReadonlyMap<string, string>, locale: Locale): Checked<string[]> {
  const chosen = listValue(values.actors);
  if (chosen.some((id) => !names.has(id))) return { ok: false, fieldErrors: { actors: t(locale, 'circles.invalid.unknownActor') } };
  if (chosen.length > CIRCLE_LIMITS.maxChallenging) {
    return { ok: false, fieldErrors: { actors: t(locale, 'circles.invalid.tooManyChallenging', { max: CIRCLE_LIMITS.maxChallenging, count: chosen.length }) } };
  }
  const outside = chosen.filter((id) => !innerIds.has(id)).map((id) => names.get(id) ?? id);
  if (outside.length) return { ok: false, fieldErrors: { actors: t(locale, 'circles.invalid.notInner', { names: outside.join(', ') }) } };
  return { ok: true, value: chosen };
}

/** Wat/waarom and Hoe for one challenging actor: known option codes plus optional notes. */
export function checkDetail(values: Record<string, unknown>, locale: Locale): Checked<ActorDetail> {
  const what = listValue(values.what);
  const how = listValue(values.how);
  const whatText = field(values, 'whatText');
  const howText = field(values, 'howText');
  const errors: FieldErrors = {};
  if (!what.every(isWhatCode)) errors.what = t(locale, 'circles.invalid.unknownOption');
  if (!how.every(isHowCode)) errors.how = t(locale, 'circles.invalid.unknownOption');
  checkText(errors, 'whatText', whatText, CIRCLE_LIMITS.freeText, t(locale, 'circles.form.whatText'), locale);
  checkText(errors, 'howText', howText, CIRCLE_LIMITS.freeText, t(locale, 'circles.form.howText'), locale);
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: { whatCodes: what as WhatCode[], whatText: whatText || null, howCodes: how as HowCode[], howText: howText || null },
  };
}
