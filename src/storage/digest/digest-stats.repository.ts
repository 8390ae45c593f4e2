/**
 * Runs the digest's grouped queries (digest-stats.sql.ts) for one region and period and assembles the domain's
 * RegionStats. On PostgreSQL the queries of a phase run in parallel on the pool; SQLite runs them in turn. The
 * keywords and quotes come second: they read only the reported week's prompts, known from the per-prompt sums.
 */
import { LAST_WEEK, type DigestPeriod } from '../../domain/digest/digest-period';
import type { RegionStats } from '../../domain/digest/digest-stats.types';
import type { Db } from '../database';
import { keptSumsSql, keywordsSql, partnershipPeopleSql, partnershipsSql, promptSumsSql, quotesSql, regionPeopleSql } from './digest-stats.sql';
import { assembleStats, num, PromptSum, Row, text, toPartnershipPattern, toPromptSum, toRegionPattern } from './digest-stats.rows';

/** The reported week's prompts, whose shared answers give the keywords and quotes. */
export const lastWeekPromptIds = (prompts: readonly PromptSum[]): string[] => prompts.filter((p) => p.week === LAST_WEEK && p.answers > 0).map((p) => p.promptId);

export async function regionStats(db: Db, regionId: string, period: DigestPeriod): Promise<RegionStats> {
  const query = (sql: Parameters<Db['$queryRaw']>[0]) => db.$queryRaw<Row[]>(sql);
  const [partnerships, promptRows, partnershipPatterns, regionPatterns, kept] = await Promise.all([
    query(partnershipsSql(regionId)),
    query(promptSumsSql(regionId, period)),
    query(partnershipPeopleSql(regionId, period)),
    query(regionPeopleSql(regionId, period)),
    query(keptSumsSql(regionId, period)),
  ]);
  const prompts = promptRows.map(toPromptSum(period));
  const ids = lastWeekPromptIds(prompts);
  const [keywords, quotes] = ids.length ? await Promise.all([query(keywordsSql(ids)), query(quotesSql(ids))]) : [[], []];
  return assembleStats({
    partnerships: partnerships.map((r) => ({ id: text(r.id), name: text(r.name), members: num(r.members) })),
    prompts,
    partnershipPatterns: partnershipPatterns.map(toPartnershipPattern),
    regionPatterns: regionPatterns.map(toRegionPattern),
    kept: kept.map((r) => ({ promptId: text(r.promptId), count: num(r.count), total: num(r.total), squares: num(r.squares) })),
    keywords: keywords.map((r) => ({ partnershipId: text(r.partnershipId), keyword: text(r.keyword), count: num(r.count) })),
    quotes: quotes.map((r) => ({ partnershipId: text(r.partnershipId), text: text(r.text) })),
  });
}
