/**
 * Wall-clock time in a named time zone <-> UTC instants, with Intl only (no time zone library).
 * A schedule says "Tuesday 09:00 Europe/Amsterdam"; that is 08:00Z in winter and 07:00Z in summer.
 * DST gaps (02:30 on the last Sunday of March does not exist) resolve forward by the gap, to 03:30;
 * overlaps (02:30 on the last Sunday of October happens twice) take the first, the earlier instant.
 * That is Temporal's "compatible" disambiguation.
 */
import type { IsoDay } from './calendar-day';

export interface WallTime { day: IsoDay; hour: number; minute: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function fields(instant: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/** Offset of the zone from UTC at an instant, in milliseconds (Amsterdam: +1 h in winter, +2 h in summer). */
export function offsetAt(instant: number, timeZone: string): number {
  const f = fields(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The local calendar day and time of an instant. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const f = fields(instant.getTime(), timeZone);
  const day = `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
  return { day, hour: f.hour, minute: f.minute };
}

/** The local calendar day of an instant ("today" for a coordinator in that zone). */
export function localDayOf(instant: Date, timeZone: string): IsoDay {
  return wallTimeOf(instant, timeZone).day;
}

const HALF_DAY_MS = 14 * 3_600_000;

/** The instant a wall-clock time happens in a zone; see the file comment for gaps and overlaps. */
export function zonedInstant(day: IsoDay, time: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  // The offsets in force half a day either side cover any single transition on this day.
  const before = offsetAt(wall - HALF_DAY_MS, timeZone);
  const after = offsetAt(wall + HALF_DAY_MS, timeZone);
  const matches = [...new Set([wall - before, wall - after])]
    .filter((candidate) => {
      const local = wallTimeOf(new Date(candidate), timeZone);
      return local.day === day && local.hour === hour && local.minute === minute;
    })
    .sort((a, b) => a - b);
  // No match: the time falls in a gap; shifting by the offset before the change moves it forward by the gap.
  return new Date(matches[0] ?? wall - before);
}
