import type { Locale } from './locale';

/** Default time zone: the bot serves Dutch schools. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

function isValidDate(date: Date): boolean {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/**
 * Building an Intl.DateTimeFormat costs a fraction of a millisecond (it loads ICU data); using one costs
 * microseconds. Every card and confirmation formats dates, so formatters are kept per locale, zone and options
 * (a handful of combinations in practice; the bound only guards against a caller passing many zones).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 200;

function formatterFor(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, ...options });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function partsOf(
  locale: Locale,
  date: Date,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Record<string, string> {
  const parts = formatterFor(locale, timeZone, options).formatToParts(date);
  const byType: Record<string, string> = {};
  for (const part of parts) byType[part.type] = part.value;
  return byType;
}

/**
 * "dinsdag 3 februari, 09:00" / "Tuesday 3 February, 09:00". Built from parts
 * because Intl's own joiner differs per ICU version ("om", "at", commas);
 * messages and tests need one stable shape. Add the year when it matters
 * (e.g. dates far ahead). An invalid date yields '' instead of throwing.
 */
export function formatDate(
  locale: Locale,
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  options: { withYear?: boolean } = {},
): string {
  if (!isValidDate(date)) return '';
  // A burst of answers to one prompt formats the same closing time hundreds of times; formatToParts is the cost.
  const key = `${locale}|${timeZone}|${options.withYear ? 'y' : ''}|${date.getTime()}`;
  const known = recentDates.get(key);
  if (known !== undefined) return known;
  const p = partsOf(locale, date, timeZone, DATE_TIME_PARTS);
  const year = options.withYear ? ` ${p.year}` : '';
  const text = `${p.weekday} ${p.day} ${p.month}${year}, ${p.hour}:${p.minute}`;
  if (recentDates.size >= MAX_RECENT_DATES) recentDates.clear();
  recentDates.set(key, text);
  return text;
}

const DATE_TIME_PARTS: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const recentDates = new Map<string, string>();
const MAX_RECENT_DATES = 500;

/** "dinsdag 5 januari 2027" for a calendar day 'YYYY-MM-DD' (no time zone shift). */
export function formatIsoDay(locale: Locale, isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  if (!isValidDate(date)) return isoDay;
  const p = partsOf(locale, date, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** Weekday name, 0 = Sunday (same numbering as Date#getDay and the parser). */
export function formatWeekday(locale: Locale, weekday: number): string {
  // 2023-01-01 was a Sunday.
  const date = new Date(Date.UTC(2023, 0, 1 + (((weekday % 7) + 7) % 7), 12));
  return partsOf(locale, date, 'UTC', { weekday: 'long' }).weekday ?? '';
}

/** "Anna, Bram en Carla" / "Anna, Bram and Carla". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(items);
}
