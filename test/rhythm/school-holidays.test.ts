/** The shipped holiday data: valid, with its source, and covering the next 12 months (from the real date) in all regions. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, daysBetween, weekdayOf } from '../../src/domain/rhythm/calendar-day';
import { HOLIDAY_NAMES, HOLIDAY_REGIONS, loadHolidayCalendar, schoolHolidays, schoolHolidaysSchema } from '../../src/domain/rhythm/school-holidays';
import { localDayOf } from '../../src/domain/rhythm/zoned-time';

const file = path.join(__dirname, '../../src/domain/rhythm/data/schoolvakanties.json');
const data = schoolHolidaysSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const calendar = schoolHolidays();
/** Expected lengths, per the data's own note: herfst, voorjaar and mei 9 days, kerst 16, zomer 6 weeks. */
const LENGTH: Record<string, number> = { herfstvakantie: 9, kerstvakantie: 16, voorjaarsvakantie: 9, meivakantie: 9, zomervakantie: 44 };

/** A school year "2026-2027" runs from 1 August 2026 to 31 July 2027. */
const schoolYearOf = (day: string): string => {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= '08-01' ? `${year}-${year + 1}` : `${year - 1}-${year}`;
};

describe('school holiday data', () => {
  it('keeps its source (Rijksoverheid) at the top and per school year', () => {
    expect(data.source).toMatch(/rijksoverheid\.nl/);
    for (const year of data.schoolYears) expect(year.source.length).toBeGreaterThan(10);
  });

  it('has well-formed ranges: Saturday to Sunday, the official lengths, inside their school year', () => {
    for (const year of data.schoolYears) {
      const [first, second] = year.schoolYear.split('-').map(Number);
      expect(second).toBe(first + 1);
      for (const h of year.holidays) {
        expect({ h, startDay: weekdayOf(h.start), endDay: weekdayOf(h.end) }).toEqual({ h, startDay: 6, endDay: 0 });
        expect({ h, length: daysBetween(h.start, h.end) + 1 }).toEqual({ h, length: LENGTH[h.name] });
        expect(h.start >= `${first}-08-01` && h.start <= `${second}-07-31`).toBe(true);
      }
    }
  });

  it('has each holiday once per region and school year, and no overlapping holidays in a region', () => {
    for (const year of data.schoolYears) {
      for (const region of HOLIDAY_REGIONS) {
        const names = year.holidays.filter((h) => h.region === region).map((h) => h.name).sort();
        expect({ year: year.schoolYear, region, names }).toEqual({ year: year.schoolYear, region, names: [...HOLIDAY_NAMES].sort() });
      }
    }
    for (const region of HOLIDAY_REGIONS) {
      const list = calendar.forRegion(region);
      list.slice(1).forEach((h, i) => expect(h.start > list[i].end).toBe(true));
    }
  });

  it('covers the next 12 months from today for noord, midden and zuid', () => {
    const today = localDayOf(new Date(), 'Europe/Amsterdam');
    const years = new Set(data.schoolYears.map((y) => y.schoolYear));
    for (let day = today; day <= addDays(today, 366); day = addDays(day, 1)) {
      expect({ day, covered: years.has(schoolYearOf(day)) }).toEqual({ day, covered: true });
    }
    // And every region really has all its holidays in the school years those days fall in.
    for (const schoolYear of new Set([schoolYearOf(today), schoolYearOf(addDays(today, 366))])) {
      for (const region of HOLIDAY_REGIONS) {
        expect(calendar.holidays.filter((h) => h.schoolYear === schoolYear && h.region === region)).toHaveLength(HOLIDAY_NAMES.length);
      }
    }
  });

  it('answers which holiday a day falls in, per region', () => {
    expect(calendar.holidayOn('zuid', '2025-10-12')?.name).toBe('herfstvakantie');
    expect(calendar.holidayOn('noord', '2025-10-12')).toBeUndefined();
    expect(calendar.holidayOn('midden', '2027-01-03')?.name).toBe('kerstvakantie');
    expect(calendar.holidayOn('midden', '2027-01-04')).toBeUndefined();
  });

  it('rejects data that is not well-formed', () => {
    const broken = structuredClone(data) as { schoolYears: { holidays: { start: string; end: string; region: string }[] }[] };
    broken.schoolYears[0].holidays[0].end = '2025-02-30';
    expect(() => loadHolidayCalendar(broken)).toThrow();
    const reversed = structuredClone(data) as typeof broken;
    reversed.schoolYears[0].holidays[0].start = '2026-12-31';
    expect(() => loadHolidayCalendar(reversed)).toThrow(/start must not be after end/);
    const region = structuredClone(data) as typeof broken;
    region.schoolYears[0].holidays[0].region = 'oost';
    expect(() => loadHolidayCalendar(region)).toThrow();
  });
});
