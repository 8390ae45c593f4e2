/** A partnership's rhythm as the domain sees it, with the defaults a freshly linked channel gets. */
import type { FocusPointCode } from '../catalogue/focus-points.data';
import type { Cadence, Weekday } from '../commands/command.types';
import type { HolidayRegion } from '../model/records';
import type { IsoDay } from './calendar-day';

export type HolidayPolicy = 'move' | 'skip';

export interface ScheduleRecord {
  partnershipId: string;
  cadence: Cadence;
  weekday: Weekday;
  /** Local wall time "HH:MM" in timeZone. */
  time: string;
  timeZone: string;
  windowDays: number;
  reminderHours: number;
  /** Empty: rotate through all eleven focus points. */
  focusCodes: FocusPointCode[];
  holidayPolicy: HolidayPolicy;
  /** No slots before this instant (the start of the chosen day, local time). */
  pausedUntil: Date | null;
  /** Biweekly: a day of the first fortnight; monthly: the day that fixes "the n-th weekday". */
  anchorDate: IsoDay | null;
  /** Slots up to this instant are handled; earlier ones never fire (also: set when the rhythm changes). */
  slotsCheckedUntil: Date | null;
}

export type SchedulePatch = Partial<Omit<ScheduleRecord, 'partnershipId'>>;

/** What the slot calculator needs besides the schedule: holiday region and blackout days. */
export interface SlotContext {
  holidayRegion: HolidayRegion;
  blackouts: ReadonlySet<IsoDay>;
}

/** The defaults: weekly, Tuesday 09:00 Amsterdam, 5-day window, reminder 24 h before closing, all focus points. */
export const DEFAULT_SCHEDULE: Omit<ScheduleRecord, 'partnershipId' | 'slotsCheckedUntil'> = {
  cadence: 'weekly',
  weekday: 2,
  time: '09:00',
  timeZone: 'Europe/Amsterdam',
  windowDays: 5,
  reminderHours: 24,
  focusCodes: [],
  holidayPolicy: 'move',
  pausedUntil: null,
  anchorDate: null,
};

/** Partnerships without a region get the Region model's default holiday region. */
export const DEFAULT_HOLIDAY_REGION: HolidayRegion = 'midden';

/**
 * The longest answer window per cadence: the shortest gap between two slots, so two regular prompts never
 * overlap (two n-th weekdays of consecutive months are at least 28 days apart).
 */
export const MAX_WINDOW_DAYS: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 28 };
