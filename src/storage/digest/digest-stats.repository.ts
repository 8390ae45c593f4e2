/**
 * Runs the digest's grouped queries (digest-stats.sql.ts) and maps their rows. Counts come back as BigInt
 * (SQLite, PostgreSQL COUNT) or Decimal (PostgreSQL SUM of bigint), so every number goes through num().
 * On PostgreSQL the queries run in parallel on the pool; SQLite runs them one after another on its connection.
 */
import type { DigestPeriod } from '../../domain/digest/digest-period';
import { EMPTY_STAT, type RegionStats, type StatRow } from '../../domain/digest/digest-stats.types';
import type { Db } from '../database';
import { answerStatsSql, GroupKey, keptStatsSql, keywordsSql, partnershipsSql, quotesSql } from './digest-stats.sql';

type Row = Record<string, unknown>;

export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));

const stat = (row: Row): StatRow => ({
  prompts: num(row.prompts), answers: num(row.answers), people: num(row.people), total: num(row.total), squares: num(row.squares),
});

export async function regionStats(db: Db, regionId: string, period: DigestPeriod): Promise<RegionStats> {
  const trend = { from: period.bounds[0], to: period.bounds[period.bounds.length - 1] };
  const grouped = (keys: GroupKey[], range = trend) => db.$queryRaw<Row[]>(answerStatsSql(regionId, keys, range, period));
  const [partnerships, byPartnershipWeek, byWeek, baselineByPartnership, baseline, byFocusHalf, byFocus, byPartnershipFocus, kept, keywords, quotes] = await Promise.all([
    db.$queryRaw<Row[]>(partnershipsSql(regionId)),
    grouped(['partnership', 'week']),
    grouped(['week']),
    grouped(['partnership'], period.baseline),
    grouped([], period.baseline),
    grouped(['focus', 'half']),
    grouped(['focus']),
    grouped(['partnership', 'focus']),
    db.$queryRaw<Row[]>(keptStatsSql(regionId, period)),
    db.$queryRaw<Row[]>(keywordsSql(regionId, period)),
    db.$queryRaw<Row[]>(quotesSql(regionId, period)),
  ]);
  return {
    partnerships: partnerships.map((r) => ({ id: text(r.id), name: text(r.name), members: num(r.members) })),
    byPartnershipWeek: byPartnershipWeek.map((r) => ({ ...stat(r), partnershipId: text(r.partnershipId), week: num(r.week) })),
    byWeek: byWeek.map((r) => ({ ...stat(r), week: num(r.week) })),
    baselineByPartnership: baselineByPartnership.map((r) => ({ ...stat(r), partnershipId: text(r.partnershipId) })),
    baseline: baseline[0] ? stat(baseline[0]) : EMPTY_STAT,
    byFocusHalf: byFocusHalf.map((r) => ({ ...stat(r), focusCode: text(r.focusCode), half: num(r.half) })),
    byFocus: byFocus.map((r) => ({ ...stat(r), focusCode: text(r.focusCode) })),
    byPartnershipFocus: byPartnershipFocus.map((r) => ({ ...stat(r), partnershipId: text(r.partnershipId), focusCode: text(r.focusCode) })),
    kept: kept.map((r) => ({ partnershipId: text(r.partnershipId), focusCode: text(r.focusCode), week: num(r.week), count: num(r.count), total: num(r.total), squares: num(r.squares) })),
    keywords: keywords.map((r) => ({ partnershipId: text(r.partnershipId), keyword: text(r.keyword), count: num(r.count) })),
    quotes: quotes.map((r) => ({ partnershipId: text(r.partnershipId), text: text(r.text) })),
  };
}
