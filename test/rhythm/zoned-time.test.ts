/** Wall time <-> UTC with Intl only, including both Europe/Amsterdam DST changes (last Sunday of March and October). */
import { isValidTimeZone, localDayOf, offsetAt, wallTimeOf, zonedInstant } from '../../src/domain/rhythm/zoned-time';

const AMS = 'Europe/Amsterdam';

describe('zonedInstant', () => {
  it('maps 09:00 Amsterdam to 08:00Z in winter and 07:00Z in summer', () => {
    expect(zonedInstant('2027-01-05', '09:00', AMS).toISOString()).toBe('2027-01-05T08:00:00.000Z');
    expect(zonedInstant('2027-06-01', '09:00', AMS).toISOString()).toBe('2027-06-01T07:00:00.000Z');
  });

  it('keeps 09:00 local on the days of the March and October changes', () => {
    expect(zonedInstant('2027-03-28', '09:00', AMS).toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(zonedInstant('2027-10-31', '09:00', AMS).toISOString()).toBe('2027-10-31T08:00:00.000Z');
    expect(zonedInstant('2026-10-25', '09:00', AMS).toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('moves a time in the spring gap forward by the gap (02:30 -> 03:30 CEST)', () => {
    const at = zonedInstant('2027-03-28', '02:30', AMS);
    expect(at.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(wallTimeOf(at, AMS)).toEqual({ day: '2027-03-28', hour: 3, minute: 30 });
  });

  it('takes the first of the two 02:30s in the autumn overlap', () => {
    const at = zonedInstant('2027-10-31', '02:30', AMS);
    expect(at.toISOString()).toBe('2027-10-31T00:30:00.000Z'); // 02:30 CEST; the second one is 01:30Z (CET)
    expect(wallTimeOf(at, AMS)).toEqual({ day: '2027-10-31', hour: 2, minute: 30 });
  });

  it('handles other zones and midnight', () => {
    expect(zonedInstant('2027-03-14', '02:30', 'America/New_York').toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(zonedInstant('2027-01-05', '00:00', AMS).toISOString()).toBe('2027-01-04T23:00:00.000Z');
    expect(zonedInstant('2027-01-05', '23:59', 'Pacific/Auckland').toISOString()).toBe('2027-01-05T10:59:00.000Z');
  });
});

describe('local days and offsets', () => {
  it('gives the local day of an instant', () => {
    expect(localDayOf(new Date('2027-01-04T23:30:00Z'), AMS)).toBe('2027-01-05');
    expect(localDayOf(new Date('2027-01-04T23:30:00Z'), 'UTC')).toBe('2027-01-04');
  });

  it('knows the Amsterdam offsets and rejects unknown zones', () => {
    expect(offsetAt(Date.parse('2027-01-05T12:00:00Z'), AMS)).toBe(3_600_000);
    expect(offsetAt(Date.parse('2027-07-05T12:00:00Z'), AMS)).toBe(7_200_000);
    expect(isValidTimeZone(AMS)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
