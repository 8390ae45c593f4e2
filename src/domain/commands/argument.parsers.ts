import { normalizeKey } from '../text/normalize';
import type { Cadence, Weekday } from './command.types';

/** "9:00", "09:00", "09.00" -> "09:00"; undefined when not a valid time of day. */
export function parseTime(raw: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?:u|uur|h)?[.,;]?$/i.exec(raw.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

export const WEEKDAY_NAMES: Readonly<Record<string, Weekday>> = {
  zondag: 0, zo: 0, sunday: 0, sun: 0,
  maandag: 1, ma: 1, monday: 1, mon: 1,
  dinsdag: 2, di: 2, tuesday: 2, tue: 2, tues: 2,
  woensdag: 3, wo: 3, wednesday: 3, wed: 3,
  donderdag: 4, do: 4, thursday: 4, thu: 4, thur: 4, thurs: 4,
  vrijdag: 5, vr: 5, friday: 5, fri: 5,
  zaterdag: 6, za: 6, saturday: 6, sat: 6,
};

/** Full day names only: suggestions should never propose "do" or "wed". */
export const WEEKDAY_FULL_NAMES: readonly string[] = Object.keys(WEEKDAY_NAMES).filter((name) => name.length > 4);

export function parseWeekday(word: string): Weekday | undefined {
  const key = normalizeKey(word);
  if (Object.hasOwn(WEEKDAY_NAMES, key)) return WEEKDAY_NAMES[key];
  // "dinsdags" (Dutch: on Tuesdays), "tuesdays".
  if (key.endsWith('s') && Object.hasOwn(WEEKDAY_NAMES, key.slice(0, -1)) && key.length > 4) {
    return WEEKDAY_NAMES[key.slice(0, -1)];
  }
  return undefined;
}

/** Cadence phrases as normalized word sequences. */
export const CADENCE_PHRASES: readonly (readonly [readonly string[], Cadence])[] = [
  [['wekelijks'], 'weekly'],
  [['weekly'], 'weekly'],
  [['elke', 'week'], 'weekly'],
  [['iedere', 'week'], 'weekly'],
  [['every', 'week'], 'weekly'],
  [['tweewekelijks'], 'biweekly'],
  [['twee', 'wekelijks'], 'biweekly'],
  [['2', 'wekelijks'], 'biweekly'],
  [['2wekelijks'], 'biweekly'],
  [['om', 'de', 'week'], 'biweekly'],
  [['elke', 'twee', 'weken'], 'biweekly'],
  [['iedere', 'twee', 'weken'], 'biweekly'],
  [['biweekly'], 'biweekly'],
  [['bi', 'weekly'], 'biweekly'],
  [['fortnightly'], 'biweekly'],
  [['every', 'two', 'weeks'], 'biweekly'],
  [['every', 'other', 'week'], 'biweekly'],
  [['maandelijks'], 'monthly'],
  [['monthly'], 'monthly'],
  [['elke', 'maand'], 'monthly'],
  [['iedere', 'maand'], 'monthly'],
  [['every', 'month'], 'monthly'],
];

export const CADENCE_WORDS: readonly string[] = CADENCE_PHRASES.filter(([w]) => w.length === 1).map(([w]) => w[0]);

/** Matches the longest cadence phrase starting at `words[index]`. */
export function matchCadence(words: readonly string[], index: number): { cadence: Cadence; length: number } | undefined {
  let best: { cadence: Cadence; length: number } | undefined;
  for (const [phrase, cadence] of CADENCE_PHRASES) {
    // One token can hold a whole phrase: "2-wekelijks" normalizes to "2 wekelijks".
    if (!best && words[index] === phrase.join(' ')) best = { cadence, length: 1 };
    if (best && best.length >= phrase.length) continue;
    if (phrase.every((word, i) => words[index + i] === word)) best = { cadence, length: phrase.length };
  }
  return best;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** 'YYYY-MM-DD' when the date exists in the calendar (no 30 February). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 2000 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function weekdayOf(iso: string): Weekday {
  return new Date(`${iso}T12:00:00Z`).getUTCDay() as Weekday;
}

function dayNumber(word: string): number | undefined {
  // "5", "5e" (Dutch ordinal), "5th", "1st", "2nd", "3rd".
  const match = /^(\d{1,2})(?:e|ste|de|st|nd|rd|th)?$/.exec(word);
  return match ? Number(match[1]) : undefined;
}

/**
 * A calendar date as 'YYYY-MM-DD' from "2027-01-05", "5-1-2027", "5/1/2027",
 * "5 januari 2027", "January 5, 2027", optionally after a weekday, which must
 * then match. The year is required: the parser has no clock to guess it.
 */
export function parseDate(text: string): string | undefined {
  const raw = text.trim().replace(/[.,;]+$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw);
  if (dutch) return isoDate(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));

  const words = normalizeKey(raw).split(' ').filter((word) => word !== '');
  const weekday = words.length === 4 ? parseWeekday(words[0]) : undefined;
  const rest = weekday === undefined ? words : words.slice(1);
  if (rest.length !== 3 || !/^\d{4}$/.test(rest[2])) return undefined;
  const year = Number(rest[2]);
  const dayFirst = dayNumber(rest[0]);
  const monthFirst = MONTHS[rest[0]];
  let result: string | undefined;
  if (dayFirst !== undefined && Object.hasOwn(MONTHS, rest[1])) result = isoDate(year, MONTHS[rest[1]], dayFirst);
  else if (Object.hasOwn(MONTHS, rest[0]) && dayNumber(rest[1]) !== undefined) {
    result = isoDate(year, monthFirst, dayNumber(rest[1]) as number);
  }
  if (result !== undefined && weekday !== undefined && weekdayOf(result) !== weekday) return undefined;
  return result;
}

const ON_WORDS = new Set(['aan', 'on', 'ja', 'yes', 'aanzetten', 'enable']);
const OFF_WORDS = new Set(['uit', 'off', 'nee', 'no', 'uitzetten', 'disable']);

export function parseOnOff(word: string): boolean | undefined {
  const key = normalizeKey(word);
  if (ON_WORDS.has(key)) return true;
  if (OFF_WORDS.has(key)) return false;
  return undefined;
}

/** "3", "#3", "3." -> 3; only positive whole numbers of a sane size. */
export function parsePositiveInt(raw: string, max = 9999): number | undefined {
  const match = /^#?(\d{1,6})\.?$/.exec(raw.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return n >= 1 && n <= max ? n : undefined;
}
