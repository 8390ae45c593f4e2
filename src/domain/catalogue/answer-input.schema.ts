import { z } from 'zod';
import { t } from '../i18n/translate';
import { wellFormed } from '../text/normalize';
import type { Locale } from '../i18n/locale';
import {
  ANSWER_LIMITS,
  DEFAULT_SHARE_ANONYMOUSLY,
  TEXT_ANSWER_FIELDS,
  type AnswerField,
  type Score,
  type TextAnswerField,
} from './reflection-questions.data';

/** A validated answer to one reflection prompt. */
export interface AnswerInput {
  readonly score: Score;
  readonly scenario?: string;
  readonly keyword?: string;
  readonly discussable?: string;
  readonly needed?: string;
  readonly shareAnonymously: boolean;
}

// PostgreSQL rejects NUL in text columns and other control characters only
// cause trouble in cards; tabs and newlines are legitimate in free text.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function cleanText(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = wellFormed(value).replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '').trim();
  return text === '' ? undefined : text;
}

// Adaptive Cards submit every input as a string ("3", "true").
function toScore(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : value;
}

function toBoolean(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return DEFAULT_SHARE_ANONYMOUSLY;
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return value;
}

const optionalText = (max: number) => z.preprocess(cleanText, z.string().max(max).optional());

export const answerInputSchema = z.object({
  score: z.preprocess(toScore, z.number().int().min(1).max(5)),
  scenario: optionalText(ANSWER_LIMITS.scenario),
  keyword: optionalText(ANSWER_LIMITS.keyword),
  discussable: optionalText(ANSWER_LIMITS.discussable),
  needed: optionalText(ANSWER_LIMITS.needed),
  shareAnonymously: z.preprocess(toBoolean, z.boolean()),
});

export type AnswerFieldErrors = Partial<Record<AnswerField, string>>;

export type AnswerValidation =
  | { readonly ok: true; readonly value: AnswerInput }
  | { readonly ok: false; readonly fieldErrors: AnswerFieldErrors };

function isTextField(field: string): field is TextAnswerField {
  return (TEXT_ANSWER_FIELDS as readonly string[]).includes(field);
}

function messageFor(field: AnswerField, raw: Record<string, unknown>, locale: Locale): string {
  if (field === 'score') {
    return toScore(raw.score) === undefined ? t(locale, 'answer.score.required') : t(locale, 'answer.score.invalid');
  }
  if (field === 'shareAnonymously') return t(locale, 'answer.shareAnonymously.invalid');
  const cleaned = cleanText(raw[field]);
  if (typeof cleaned !== 'string') return t(locale, 'answer.text.invalid');
  const params = { max: ANSWER_LIMITS[field], length: cleaned.length };
  switch (field) {
    case 'scenario':
      return t(locale, 'answer.scenario.tooLong', params);
    case 'keyword':
      return t(locale, 'answer.keyword.tooLong', params);
    case 'discussable':
      return t(locale, 'answer.discussable.tooLong', params);
    case 'needed':
      return t(locale, 'answer.needed.tooLong', params);
  }
}

/**
 * Validates an answer submission from any platform and returns one localized
 * message per bad field, so a card can show it right under the input.
 * Unknown keys (action ids, prompt ids) are ignored, never an error.
 */
export function validateAnswerInput(raw: unknown, locale: Locale): AnswerValidation {
  const input: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const parsed = answerInputSchema.safeParse(input);
  if (parsed.success) {
    const { score, shareAnonymously } = parsed.data;
    // Absent texts stay absent (no `key: undefined`), so stored rows and tests compare cleanly.
    const value: { -readonly [K in keyof AnswerInput]: AnswerInput[K] } = { score: score as Score, shareAnonymously };
    for (const field of TEXT_ANSWER_FIELDS) {
      const text = parsed.data[field];
      if (typeof text === 'string') value[field] = text;
    }
    return { ok: true, value };
  }
  const fieldErrors: AnswerFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'score');
    const field: AnswerField = key === 'score' || key === 'shareAnonymously' || isTextField(key) ? key : 'score';
    fieldErrors[field] ??= messageFor(field, input, locale);
  }
  return { ok: false, fieldErrors };
}
