/**
 * Calendar days as 'YYYY-MM-DD' strings: the unit of school holidays, blackout dates and schedule anchors.
 * Arithmetic runs on UTC noon, so no time zone or DST change can move a day.
 */
import type { Weekday } from '../commands/command.types';

export type IsoDay = string;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function toUtcNoon(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`not a calendar day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

function fromUtc(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayOf(year: number, month: number, day: number): IsoDay {
  return fromUtc(Date.UTC(year, month - 1, day, 12));
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return fromUtc(toUtcNoon(day) + days * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return Math.round((toUtcNoon(b) - toUtcNoon(a)) / DAY_MS);
}

export function weekdayOf(day: IsoDay): Weekday {
  return new Date(toUtcNoon(day)).getUTCDay() as Weekday;
}

export function isWeekend(day: IsoDay): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function parts(day: IsoDay): { year: number; month: number; day: number } {
  const date = new Date(toUtcNoon(day));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day on or after `day` that falls on `weekday`. */
export function onOrAfter(day: IsoDay, weekday: Weekday): IsoDay {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}

/** The n-th (1-4) or last (n = 'last') `weekday` of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, n: number | 'last'): IsoDay {
  if (n === 'last') {
    const last = dayOf(year, month, daysInMonth(year, month));
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  return addDays(onOrAfter(dayOf(year, month, 1), weekday), (n - 1) * 7);
}

/** Which occurrence of its weekday a day is in its month: 1..4, or 'last' for a fifth one (days 29-31). */
export function occurrenceInMonth(day: IsoDay): number | 'last' {
  const n = Math.ceil(parts(day).day / 7);
  return n >= 5 ? 'last' : n;
}
