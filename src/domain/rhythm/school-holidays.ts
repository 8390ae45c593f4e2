/**
 * Dutch school holidays per holiday region (noord, midden, zuid), shipped as data with its source
 * (data/schoolvakanties.json, from Rijksoverheid) and validated with zod when loaded, so a bad edit of the
 * file fails at start-up and in the tests instead of silently moving prompts.
 */
import { z } from 'zod';
import type { HolidayRegion } from '../model/records';
import raw from './data/schoolvakanties.json';
import { IsoDay, isIsoDay } from './calendar-day';

export const HOLIDAY_REGIONS: readonly HolidayRegion[] = ['noord', 'midden', 'zuid'];
export const HOLIDAY_NAMES = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'] as const;
export type HolidayName = (typeof HOLIDAY_NAMES)[number];

const isoDay = z.string().refine(isIsoDay, 'must be a calendar day YYYY-MM-DD');

const holidaySchema = z.object({
  name: z.enum(HOLIDAY_NAMES),
  region: z.enum(['noord', 'midden', 'zuid']),
  start: isoDay,
  end: isoDay,
}).refine((h) => h.start <= h.end, 'start must not be after end');

export const schoolHolidaysSchema = z.object({
  source: z.string().min(1),
  note: z.string().optional(),
  regions: z.record(z.enum(['noord', 'midden', 'zuid']), z.string()),
  schoolYears: z.array(z.object({
    schoolYear: z.string().regex(/^\d{4}-\d{4}$/),
    source: z.string().min(1),
    holidays: z.array(holidaySchema).min(1),
  })).min(1),
});

export type SchoolHolidayData = z.infer<typeof schoolHolidaysSchema>;

export interface Holiday { name: HolidayName; region: HolidayRegion; start: IsoDay; end: IsoDay; schoolYear: string }

/** Which days are school holidays, for one or all regions. Dates are inclusive (Saturday to Sunday). */
export class HolidayCalendar {
  readonly holidays: readonly Holiday[];

  constructor(data: SchoolHolidayData) {
    this.holidays = data.schoolYears.flatMap((year) => year.holidays.map((h) => ({ ...h, schoolYear: year.schoolYear })));
  }

  /** The holiday a day falls in for a region, if any. */
  holidayOn(region: HolidayRegion, day: IsoDay): Holiday | undefined {
    return this.holidays.find((h) => h.region === region && h.start <= day && day <= h.end);
  }

  forRegion(region: HolidayRegion): Holiday[] {
    return this.holidays.filter((h) => h.region === region).sort((a, b) => a.start.localeCompare(b.start));
  }
}

export function loadHolidayCalendar(data: unknown = raw): HolidayCalendar {
  return new HolidayCalendar(schoolHolidaysSchema.parse(data));
}

let shared: HolidayCalendar | undefined;

/** The shipped data, parsed once. */
export function schoolHolidays(): HolidayCalendar {
  shared ??= loadHolidayCalendar();
  return shared;
}
