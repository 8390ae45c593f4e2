/**
 * Pure slot computation: when does a partnership's next prompt go out? From a schedule, its holiday region and
 * blackout days, in the schedule's time zone (so 09:00 stays 09:00 local across DST changes).
 *
 * - weekly: every <weekday>; biweekly: every other <weekday>, counted from anchorDate; monthly: the n-th
 *   <weekday> of each month, n taken from anchorDate (the first slot after the rhythm was set). A fifth
 *   occurrence (days 29-31) means "the last <weekday>", because most months have no fifth one.
 * - A slot in a school holiday or on a blackout day is skipped (holidayPolicy "skip") or moves to the first
 *   school day (Monday-Friday, no holiday, no blackout) after it ("move"), at the same local time.
 *   Several slots moving to the same day become one. A moved slot whose answer window would still be open
 *   when the next slot starts is dropped: moving never makes two prompts overlap (with a weekly rhythm a
 *   holiday week is then simply skipped).
 * - Slots before pausedUntil do not happen.
 */
import type { Weekday } from '../commands/command.types';
import { addDays, daysBetween, IsoDay, isWeekend, nthWeekdayOfMonth, occurrenceInMonth, onOrAfter, parts } from './calendar-day';
import { HolidayCalendar, HolidayName, schoolHolidays } from './school-holidays';
import { ScheduleRecord, SlotContext } from './schedule.types';
import { localDayOf, zonedInstant } from './zoned-time';

export interface Slot {
  /** The instant the prompt opens. */
  at: Date;
  /** The claim key: the slot's ISO instant (unique per partnership in the database). */
  key: string;
  /** Local day the slot happens on. */
  day: IsoDay;
  /** The day the rhythm itself gives; differs from `day` when moved. */
  nominalDay: IsoDay;
  moved?: { reason: 'holiday' | 'blackout'; holiday?: HolidayName };
}

const DAY_MS = 86_400_000;
/** How far before a range nominal slots are looked at: a slot may move forward out of a 6-week summer holiday. */
const LOOKBACK_DAYS = 70;
const MAX_MOVE_DAYS = 120;
/** Any fixed Monday: biweekly schedules without an anchor count their fortnights from here. */
export const DEFAULT_BIWEEKLY_ANCHOR: IsoDay = '2026-01-05';

type Block = { reason: 'holiday' | 'blackout'; holiday?: HolidayName };

function nominalDays(schedule: ScheduleRecord, startDay: IsoDay, endDay: IsoDay): IsoDay[] {
  const days: IsoDay[] = [];
  const weekday = schedule.weekday as Weekday;
  if (schedule.cadence === 'monthly') {
    const n = schedule.anchorDate ? occurrenceInMonth(schedule.anchorDate) : 1;
    let { year, month } = parts(startDay);
    for (;;) {
      const day = nthWeekdayOfMonth(year, month, weekday, n);
      if (day > endDay) return days;
      if (day >= startDay) days.push(day);
      month += 1;
      if (month > 12) [year, month] = [year + 1, 1];
    }
  }
  let day = onOrAfter(startDay, weekday);
  if (schedule.cadence === 'biweekly') {
    const anchor = onOrAfter(schedule.anchorDate ?? DEFAULT_BIWEEKLY_ANCHOR, weekday);
    if (((daysBetween(anchor, day) % 14) + 14) % 14 !== 0) day = addDays(day, 7);
  }
  const step = schedule.cadence === 'biweekly' ? 14 : 7;
  for (; day <= endDay; day = addDays(day, step)) days.push(day);
  return days;
}

function blockOn(day: IsoDay, ctx: SlotContext, calendar: HolidayCalendar): Block | undefined {
  const holiday = calendar.holidayOn(ctx.holidayRegion, day);
  if (holiday) return { reason: 'holiday', holiday: holiday.name };
  return ctx.blackouts.has(day) ? { reason: 'blackout' } : undefined;
}

function resolve(nominal: IsoDay, schedule: ScheduleRecord, ctx: SlotContext, calendar: HolidayCalendar): Slot | undefined {
  const block = blockOn(nominal, ctx, calendar);
  let day = nominal;
  if (block) {
    if (schedule.holidayPolicy === 'skip') return undefined;
    day = addDays(nominal, 1);
    for (let i = 0; isWeekend(day) || blockOn(day, ctx, calendar); i++) {
      if (i > MAX_MOVE_DAYS) return undefined;
      day = addDays(day, 1);
    }
  }
  const at = zonedInstant(day, schedule.time, schedule.timeZone);
  return { at, key: at.toISOString(), day, nominalDay: nominal, ...(block ? { moved: block } : {}) };
}

/** Every slot whose nominal day lies in [startDay, endDay], in time order, merged, not overlapping, not paused. */
function slotsForDays(schedule: ScheduleRecord, ctx: SlotContext, startDay: IsoDay, endDay: IsoDay, calendar: HolidayCalendar): Slot[] {
  const byKey = new Map<string, Slot>();
  for (const nominal of nominalDays(schedule, startDay, endDay)) {
    const slot = resolve(nominal, schedule, ctx, calendar);
    if (!slot) continue;
    const existing = byKey.get(slot.key);
    // Two slots on one instant are one slot; a regular one wins over a moved one.
    if (!existing || (existing.moved && !slot.moved)) byKey.set(slot.key, slot);
  }
  const sorted = [...byKey.values()].sort((a, b) => a.at.getTime() - b.at.getTime());
  const windowMs = schedule.windowDays * DAY_MS;
  return sorted
    .filter((slot, i) => !(slot.moved && sorted[i + 1] && sorted[i + 1].at.getTime() < slot.at.getTime() + windowMs))
    .filter((slot) => !schedule.pausedUntil || slot.at.getTime() >= schedule.pausedUntil.getTime());
}

/** Slots with from < at <= to. */
export function slotsBetween(schedule: ScheduleRecord, ctx: SlotContext, from: Date, to: Date, calendar: HolidayCalendar = schoolHolidays()): Slot[] {
  if (to.getTime() <= from.getTime()) return [];
  const startDay = addDays(localDayOf(from, schedule.timeZone), -LOOKBACK_DAYS);
  // Look a window past the end: a moved slot at the end may have to yield to the slot after it.
  const endDay = addDays(localDayOf(to, schedule.timeZone), schedule.windowDays + 2);
  return slotsForDays(schedule, ctx, startDay, endDay, calendar).filter((s) => s.at > from && s.at <= to);
}

/** The next `count` slots strictly after `from`. */
export function nextSlots(schedule: ScheduleRecord, ctx: SlotContext, from: Date, count: number, calendar: HolidayCalendar = schoolHolidays()): Slot[] {
  // Widen the horizon until enough slots appear; a long pause or a skip policy can leave months empty.
  let found: Slot[] = [];
  for (const days of [120, 400, 1500, 3700]) {
    found = slotsBetween(schedule, ctx, from, new Date(from.getTime() + days * DAY_MS), calendar);
    if (found.length >= count) break;
  }
  return found.slice(0, count);
}
