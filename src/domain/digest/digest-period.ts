/**
 * The weeks a digest looks at, in local time (Europe/Amsterdam): a week runs Monday 00:00 to Monday 00:00, so a
 * DST change never moves a prompt into another week. A digest reports on the last complete week and shows the
 * eight weeks up to and including it as its trend; the four weeks before the reported week are its baseline.
 */
import { addDays, daysBetween, IsoDay, weekdayOf } from '../rhythm/calendar-day';
import { localDayOf, zonedInstant } from '../rhythm/zoned-time';

export const DIGEST_TIME_ZONE = 'Europe/Amsterdam';
export const TREND_WEEKS = 8;
export const BASELINE_WEEKS = 4;
/** Index of the reported week in the trend (the last one). */
export const LAST_WEEK = TREND_WEEKS - 1;

export interface DigestPeriod {
  /** Monday of the reported week. */
  week: IsoDay;
  /** Sunday of the reported week (for "23 t/m 29 november"). */
  weekEnd: IsoDay;
  /** The Mondays of the trend, oldest first; the last is `week`. */
  weeks: IsoDay[];
  /** Where each trend week starts, plus where the reported week ends: TREND_WEEKS + 1 instants. */
  bounds: Date[];
  /** The baseline: the BASELINE_WEEKS weeks right before the reported week, as [from, to). */
  baseline: { from: Date; to: Date };
  /** The second half of the trend starts here (focus point trends compare the halves). */
  secondHalf: Date;
}

/** The ISO 8601 week number of a day (week 1 holds the year's first Thursday), as Dutch calendars show it. */
export function isoWeekNumber(day: IsoDay): number {
  const thursday = addDays(mondayOf(day), 3);
  const firstThursday = addDays(mondayOf(`${thursday.slice(0, 4)}-01-04`), 3);
  return 1 + Math.round(daysBetween(firstThursday, thursday) / 7);
}

export function mondayOf(day: IsoDay): IsoDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** The Monday of the last complete week before `instant` (local time). */
export function lastCompleteWeek(instant: Date, timeZone = DIGEST_TIME_ZONE): IsoDay {
  return addDays(mondayOf(localDayOf(instant, timeZone)), -7);
}

export function digestPeriod(week: IsoDay, timeZone = DIGEST_TIME_ZONE): DigestPeriod {
  const monday = mondayOf(week);
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => addDays(monday, -7 * (LAST_WEEK - i)));
  const bounds = [...weeks, addDays(monday, 7)].map((day) => zonedInstant(day, '00:00', timeZone));
  return {
    week: monday,
    weekEnd: addDays(monday, 6),
    weeks,
    bounds,
    baseline: { from: bounds[LAST_WEEK - BASELINE_WEEKS], to: bounds[LAST_WEEK] },
    secondHalf: bounds[TREND_WEEKS / 2],
  };
}

export interface DigestSlot {
  /** When the digest goes out. */
  at: Date;
  /** The week it reports on (its Monday): the delivery's unique key together with the subscription. */
  weekKey: IsoDay;
}

/**
 * The delivery slot of a subscription in the week of `day` (weekday 0 = Sunday .. 6, time HH:MM local): a Monday
 * 08:00 subscription reports on the week that ended the night before; a Sunday one on the week before that (the
 * reported week is always a complete one).
 */
export function slotInWeekOf(day: IsoDay, weekday: number, time: string, timeZone = DIGEST_TIME_ZONE): DigestSlot {
  const monday = mondayOf(day);
  const slotDay = addDays(monday, (weekday + 6) % 7);
  return { at: zonedInstant(slotDay, time, timeZone), weekKey: addDays(monday, -7) };
}

/** This week's and last week's slot (downtime across a week boundary may leave last week's one still due). */
export function recentSlots(now: Date, weekday: number, time: string, timeZone = DIGEST_TIME_ZONE): DigestSlot[] {
  const today = localDayOf(now, timeZone);
  return [slotInWeekOf(addDays(today, -7), weekday, time, timeZone), slotInWeekOf(today, weekday, time, timeZone)];
}
