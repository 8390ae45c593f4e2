/** Slots: cadences, the n-th weekday of a month (also on the 29th-31st), DST, holidays, blackouts, pauses. */
import { DEFAULT_SCHEDULE, type ScheduleRecord, type SlotContext } from '../../src/domain/rhythm/schedule.types';
import { nextSlots, slotsBetween } from '../../src/domain/rhythm/slot-calculator';

const schedule = (over: Partial<ScheduleRecord> = {}): ScheduleRecord => ({ ...DEFAULT_SCHEDULE, partnershipId: 'p', slotsCheckedUntil: null, ...over });
const ctx = (over: Partial<SlotContext> = {}): SlotContext => ({ holidayRegion: 'midden', blackouts: new Set(), ...over });
const days = (s: ScheduleRecord, from: string, count: number, c = ctx()) => nextSlots(s, c, new Date(from), count).map((slot) => slot.day);
const keys = (s: ScheduleRecord, from: string, count: number, c = ctx()) => nextSlots(s, c, new Date(from), count).map((slot) => slot.key);

describe('weekly and biweekly', () => {
  it('gives every Tuesday 09:00 Amsterdam by default, strictly after the start', () => {
    expect(keys(schedule(), '2027-01-12T08:00:00Z', 3)).toEqual(['2027-01-19T08:00:00.000Z', '2027-01-26T08:00:00.000Z', '2027-02-02T08:00:00.000Z']);
    expect(keys(schedule(), '2027-01-12T07:59:00Z', 1)).toEqual(['2027-01-12T08:00:00.000Z']);
  });

  it('counts fortnights from the anchor, whatever the start', () => {
    const biweekly = schedule({ cadence: 'biweekly', weekday: 4, anchorDate: '2027-01-07' });
    expect(days(biweekly, '2027-01-10T00:00:00Z', 3)).toEqual(['2027-01-21', '2027-02-04', '2027-02-18']);
    expect(days(biweekly, '2027-01-15T00:00:00Z', 2)).toEqual(['2027-01-21', '2027-02-04']);
    expect(days(schedule({ cadence: 'biweekly', weekday: 4, anchorDate: '2027-01-14' }), '2027-01-10T00:00:00Z', 2)).toEqual(['2027-01-14', '2027-01-28']);
  });
});

describe('monthly: the n-th weekday of the month', () => {
  it('keeps the occurrence of the anchor: the second Wednesday', () => {
    const monthly = schedule({ cadence: 'monthly', weekday: 3, anchorDate: '2027-01-13' });
    expect(days(monthly, '2027-01-01T00:00:00Z', 4)).toEqual(['2027-01-13', '2027-02-10', '2027-03-10', '2027-04-14']);
  });

  it('turns a fifth occurrence (29th-31st) into the last one, in months of 28, 29, 30 and 31 days', () => {
    // Tuesday 2027-06-29 is the fifth Tuesday of June: every month then gets its last Tuesday.
    const monthly = schedule({ cadence: 'monthly', weekday: 2, anchorDate: '2027-06-29', holidayPolicy: 'skip' });
    const found = days(monthly, '2027-06-01T00:00:00Z', 12, ctx({ holidayRegion: 'noord' }));
    expect(found).toContain('2027-06-29'); // 30-day month, 5th Tuesday
    expect(found).toContain('2027-08-31'); // 31-day month, 5th Tuesday
    expect(found).toContain('2027-09-28'); // 30-day month, 4th = last Tuesday
    expect(found).toContain('2027-11-30'); // 30-day month, 5th Tuesday
    expect(found).toContain('2028-01-25'); // 31-day month, 4th = last Tuesday
    expect(found).toContain('2028-02-29'); // leap day: the fifth, so last, Tuesday of a 29-day February
    expect(found).not.toContain('2027-07-27'); // noord zomervakantie (skip)
  });

  it('lands on 29 February in a leap year and on the 28th otherwise', () => {
    const lastTuesday = schedule({ cadence: 'monthly', weekday: 2, anchorDate: '2027-08-31', holidayPolicy: 'skip' });
    expect(days(lastTuesday, '2028-02-01T00:00:00Z', 1, ctx({ holidayRegion: 'noord' }))).toEqual(['2028-02-29']);
    const lastSunday = schedule({ cadence: 'monthly', weekday: 0, anchorDate: '2027-10-31' });
    expect(days(lastSunday, '2027-02-01T00:00:00Z', 1, ctx({ holidayRegion: 'zuid' }))).toEqual(['2027-02-28']);
  });

  it('gives at most one slot per month', () => {
    const first = schedule({ cadence: 'monthly', weekday: 1, anchorDate: '2027-03-01', holidayPolicy: 'skip' });
    const months = nextSlots(first, ctx({ holidayRegion: 'noord' }), new Date('2027-01-01T00:00:00Z'), 40).map((s) => s.day.slice(0, 7));
    expect(new Set(months).size).toBe(months.length); // at most one slot per month
  });
});

describe('daylight saving time', () => {
  it('keeps a weekly 09:00 at 09:00 local across the March and October changes', () => {
    const sunday = schedule({ weekday: 0 });
    expect(keys(sunday, '2027-03-20T00:00:00Z', 3)).toEqual(['2027-03-21T08:00:00.000Z', '2027-03-28T07:00:00.000Z', '2027-04-04T07:00:00.000Z']);
    // (skip: the holiday Sunday 24 October would otherwise move to Monday the 25th)
    expect(keys(schedule({ weekday: 0, holidayPolicy: 'skip' }), '2027-10-23T00:00:00Z', 3)).toEqual(['2027-10-31T08:00:00.000Z', '2027-11-07T08:00:00.000Z', '2027-11-14T08:00:00.000Z']);
    const tuesday = schedule({ holidayPolicy: 'skip' });
    expect(keys(tuesday, '2027-03-20T00:00:00Z', 2)).toEqual(['2027-03-23T08:00:00.000Z', '2027-03-30T07:00:00.000Z']);
    expect(keys(tuesday, '2027-10-25T00:00:00Z', 2, ctx({ holidayRegion: 'zuid' }))).toEqual(['2027-11-02T08:00:00.000Z', '2027-11-09T08:00:00.000Z']);
  });

  it('puts a 02:30 slot on the spring-forward Sunday at 03:30 and on the fall-back Sunday at the first 02:30', () => {
    const early = schedule({ weekday: 0, time: '02:30' });
    expect(keys(early, '2027-03-27T00:00:00Z', 1)).toEqual(['2027-03-28T01:30:00.000Z']);
    expect(keys(early, '2027-10-30T00:00:00Z', 1)).toEqual(['2027-10-31T00:30:00.000Z']);
  });
});

describe('school holidays and blackout days', () => {
  it('moves a slot in a holiday to the first school day after it (move)', () => {
    const monthly = schedule({ cadence: 'monthly', weekday: 2, anchorDate: '2026-10-20' }); // 3rd Tuesday
    const [slot] = nextSlots(monthly, ctx({ holidayRegion: 'midden' }), new Date('2026-10-01T00:00:00Z'), 1);
    // midden herfstvakantie 2026: 17-25 October; the 3rd Tuesday (20th) moves to Monday the 26th, 09:00.
    expect(slot).toMatchObject({ day: '2026-10-26', nominalDay: '2026-10-20', key: '2026-10-26T08:00:00.000Z', moved: { reason: 'holiday', holiday: 'herfstvakantie' } });
  });

  it('uses the holiday region: noord had its herfstvakantie a week earlier', () => {
    const monthly = schedule({ cadence: 'monthly', weekday: 2, anchorDate: '2026-10-20' });
    expect(days(monthly, '2026-10-01T00:00:00Z', 1, ctx({ holidayRegion: 'noord' }))).toEqual(['2026-10-20']);
    expect(days(schedule({ cadence: 'monthly', weekday: 2, anchorDate: '2026-10-13' }), '2026-10-01T00:00:00Z', 1, ctx({ holidayRegion: 'noord' }))).toEqual(['2026-10-19']);
  });

  it('skips a slot in a holiday (skip)', () => {
    const monthly = schedule({ cadence: 'monthly', weekday: 2, anchorDate: '2026-10-20', holidayPolicy: 'skip' });
    expect(days(monthly, '2026-10-01T00:00:00Z', 2)).toEqual(['2026-11-17', '2026-12-15']);
  });

  it('merges slots moving to the same day and never lets a moved slot overlap the next one', () => {
    // Weekly Tuesday, kerstvakantie 19 Dec - 3 Jan: 22 and 29 Dec both move to Monday 4 Jan, which would still be
    // open on Tuesday 5 Jan, so they yield to it.
    expect(days(schedule(), '2026-12-10T00:00:00Z', 3)).toEqual(['2026-12-15', '2027-01-05', '2027-01-12']);
    // With a one-day window the moved slot fits before the regular one.
    expect(days(schedule({ windowDays: 1 }), '2026-12-10T00:00:00Z', 3)).toEqual(['2026-12-15', '2027-01-04', '2027-01-05']);
  });

  it('treats blackout days like holidays, also when the next school day is blacked out too', () => {
    const blackouts = new Set(['2027-01-12', '2027-01-13']);
    const oneDay = schedule({ windowDays: 1 });
    const [slot] = nextSlots(oneDay, ctx({ blackouts }), new Date('2027-01-10T00:00:00Z'), 1);
    expect(slot).toMatchObject({ day: '2027-01-14', nominalDay: '2027-01-12', moved: { reason: 'blackout' } });
    expect(days(schedule({ holidayPolicy: 'skip' }), '2027-01-10T00:00:00Z', 1, ctx({ blackouts }))).toEqual(['2027-01-19']);
  });

  it('never moves a slot onto a weekend', () => {
    const friday = schedule({ cadence: 'monthly', weekday: 5, anchorDate: '2027-02-05', windowDays: 2 });
    expect(days(friday, '2027-02-01T00:00:00Z', 1, ctx({ blackouts: new Set(['2027-02-05']) }))).toEqual(['2027-02-08']);
  });
});

describe('pauses and ranges', () => {
  it('has no slots before pausedUntil', () => {
    const paused = schedule({ pausedUntil: new Date('2027-02-01T23:00:00Z') }); // 2 Feb 00:00 Amsterdam
    expect(days(paused, '2027-01-10T00:00:00Z', 2)).toEqual(['2027-02-02', '2027-02-09']);
  });

  it('gives the slots of a range (from, to], and nothing for an empty range', () => {
    const range = slotsBetween(schedule(), ctx(), new Date('2027-01-12T08:00:00Z'), new Date('2027-01-26T08:00:00Z'));
    expect(range.map((s) => s.key)).toEqual(['2027-01-19T08:00:00.000Z', '2027-01-26T08:00:00.000Z']);
    expect(slotsBetween(schedule(), ctx(), new Date('2027-01-26T08:00:00Z'), new Date('2027-01-26T08:00:00Z'))).toEqual([]);
  });

  it('still finds slots after a long skip streak, and stops at a sane horizon', () => {
    const paused = schedule({ pausedUntil: new Date('2030-01-01T00:00:00Z') });
    expect(days(paused, '2027-01-01T00:00:00Z', 1)).toEqual(['2030-01-01']);
    expect(nextSlots(schedule({ pausedUntil: new Date('2099-01-01T00:00:00Z') }), ctx(), new Date('2027-01-01T00:00:00Z'), 3)).toEqual([]);
  });
});
