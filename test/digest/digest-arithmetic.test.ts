/** The digest's arithmetic and calendar, without a database: sums to averages and spreads, rates, changes, weeks. */
import { agendaFocus, participationDrops } from '../../src/domain/digest/digest-agenda';
import { changeFigure, meanAndSpread, participationRate, rateFigure, scoreFigures } from '../../src/domain/digest/digest-math';
import { digestPeriod, isoWeekNumber, lastCompleteWeek, recentSlots, slotInWeekOf } from '../../src/domain/digest/digest-period';
import { mergeKeywords, pickQuotes } from '../../src/domain/digest/digest-texts';
import type { FocusRow, PartnershipRow } from '../../src/domain/digest/digest.types';

const v = (value: number) => ({ kind: 'value' as const, value });
const row = (people: number, answers = people, total = 0, squares = 0, prompts = 1) => ({ people, answers, total, squares, prompts });

describe('digest arithmetic', () => {
  it('mean and population spread from count, sum and sum of squares', () => {
    // 1, 3, 5: mean 3, variance (4 + 0 + 4) / 3 = 2.67, sd 1.63.
    const stats = meanAndSpread(3, 9, 35)!;
    expect(stats.mean).toBe(3);
    expect(stats.spread).toBeCloseTo(1.633, 3);
    // Identical scores: spread 0, never NaN from a tiny negative variance.
    expect(meanAndSpread(3, 3 * 4.1, 3 * 4.1 * 4.1)!.spread).toBe(0);
    expect(meanAndSpread(0, 0, 0)).toBeUndefined();
  });

  it('kept scores (erased people, keep_scores) join the sums but not the people', () => {
    expect(scoreFigures(row(3, 3, 9, 29), { count: 1, total: 5, squares: 25 }, 3)).toEqual({ average: v(3.5), spread: v(1.1) });
    expect(scoreFigures(row(2, 2, 6, 20), { count: 5, total: 20, squares: 80 }, 3).average).toEqual({ kind: 'tooFew' });
    expect(scoreFigures(row(0, 0), { count: 0, total: 0, squares: 0 }, 3).average).toEqual({ kind: 'none' });
  });

  it('participation per prompt slot, and the change in whole percentage points from unrounded rates', () => {
    expect(participationRate(7, 11)).toBeCloseTo(63.636, 3);
    expect(participationRate(3, 0)).toBeUndefined();
    expect(rateFigure(participationRate(7, 11), row(7), 3)).toEqual(v(64));
    expect(rateFigure(undefined, row(0, 0, 0, 0, 0), 3)).toEqual({ kind: 'none' });
    // 63.64 - 88.89 = -25.25 -> -25 (rounding 64 - 89 would say -25 too, but 60.4 - 70.6 = -10.2 -> -10, not -11).
    expect(changeFigure(100 * 7 / 11, 100 * 8 / 9, row(7), row(8), 3)).toEqual(v(-25));
    expect(changeFigure(60.4, 70.6, row(3), row(3), 3)).toEqual(v(-10));
    expect(changeFigure(50, 50.4, row(3), row(3), 3)).toEqual(v(0));
    expect(changeFigure(50, 80, row(3), row(2), 3)).toEqual({ kind: 'tooFew' });
  });

  it('voor de agenda: lowest and fastest falling take turns, at most three focus points', () => {
    const focus = (focusCode: string, average: number, trend?: number): FocusRow => ({ focusCode, average: v(average), spread: v(1), trend: trend === undefined ? { kind: 'none' } : v(trend), partnerships: 1 });
    const items = agendaFocus([focus('kwaliteit', 3.9, -0.9), focus('financien', 2.1), focus('relaties', 2.6, -0.1), focus('solidariteit', 3.0, -0.4), focus('doelstellingen', 4.5, 0.5)]);
    expect(items).toEqual([
      { kind: 'lowScore', focusCode: 'financien', average: 2.1 },
      { kind: 'falling', focusCode: 'kwaliteit', trend: -0.9 },
      { kind: 'lowScore', focusCode: 'relaties', average: 2.6 },
    ]);
  });

  it('participation drops: -10 points or worse, or down to too few after a baseline with enough', () => {
    const p = (name: string, change: PartnershipRow['change'], participation: PartnershipRow['participation'] = v(50)): PartnershipRow =>
      ({ partnershipId: name, name, members: 10, prompts: 1, answers: v(5), participation, change, trend: [] });
    const drops = participationDrops([p('A', v(-9)), p('B', v(-10)), p('C', v(-30)), p('D', { kind: 'tooFew' }, { kind: 'tooFew' }), p('E', { kind: 'tooFew' }, { kind: 'tooFew' })], new Set(['D']));
    expect(drops.map((d) => d.kind === 'participationDrop' && d.name)).toEqual(['D', 'C', 'B']);
  });

  it('keywords merge spellings and quotes take one per partnership first', () => {
    const allowed = new Set(['p1', 'p2']);
    expect(mergeKeywords([{ partnershipId: 'p1', keyword: 'Brug', count: 2 }, { partnershipId: 'p2', keyword: 'brug ', count: 1 }, { partnershipId: 'p3', keyword: 'geheim', count: 9 }], allowed)).toEqual([{ text: 'Brug', count: 3 }]);
    const quotes = pickQuotes([{ partnershipId: 'p1', text: 'a1' }, { partnershipId: 'p1', text: 'a2' }, { partnershipId: 'p1', text: 'a3' }, { partnershipId: 'p2', text: 'b1' }, { partnershipId: 'p3', text: 'c1' }], allowed);
    expect(quotes).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('digest weeks', () => {
  it('the last complete week, Monday to Sunday in Amsterdam time', () => {
    expect(lastCompleteWeek(new Date('2026-11-30T07:00:00Z'))).toBe('2026-11-23'); // Monday 08:00
    expect(lastCompleteWeek(new Date('2026-11-29T22:59:00Z'))).toBe('2026-11-16'); // Sunday 23:59: the week still runs
    expect(lastCompleteWeek(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-23'); // Monday 00:00 local
  });

  it('eight trend weeks whose bounds follow daylight saving time (Monday 00:00 local)', () => {
    const period = digestPeriod('2026-11-23');
    expect(period.weeks[0]).toBe('2026-10-05');
    // 26 Oct 2026: winter time from the day before, so the week starts at 23:00Z instead of 22:00Z.
    expect(period.bounds[2].toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(period.bounds[3].toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(period.baseline).toEqual({ from: period.bounds[3], to: period.bounds[7] });
    expect(period.secondHalf).toEqual(period.bounds[4]);
  });

  it('ISO week numbers as Dutch calendars show them', () => {
    expect(isoWeekNumber('2026-11-23')).toBe(48);
    expect(isoWeekNumber('2026-12-28')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
    expect(isoWeekNumber('2021-01-03')).toBe(53);
  });

  it('a subscription slot reports on the complete week before it', () => {
    expect(slotInWeekOf('2026-11-25', 1, '08:00')).toEqual({ at: new Date('2026-11-23T07:00:00Z'), weekKey: '2026-11-16' });
    // Sunday 20:00: still the week before (the current one is not complete until Monday).
    expect(slotInWeekOf('2026-11-25', 0, '20:00')).toEqual({ at: new Date('2026-11-29T19:00:00Z'), weekKey: '2026-11-16' });
    expect(recentSlots(new Date('2026-11-30T07:00:00Z'), 1, '08:00').map((s) => s.weekKey)).toEqual(['2026-11-16', '2026-11-23']);
  });
});
