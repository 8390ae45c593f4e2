/**
 * Runs the digest's grouped queries (digest-stats.sql.ts) for one region and period and assembles the domain's
 * RegionStats. On PostgreSQL the queries run in parallel on the pool; SQLite runs them in turn on its connection.
 */
import type { DigestPeriod } from '../../domain/digest/digest-period';
import type { RegionStats } from '../../domain/digest/digest-stats.types';
import type { Db } from '../database';
import { keptSumsSql, keywordsSql, partnershipPeopleSql, partnershipsSql, promptSumsSql, quotesSql, regionPeopleSql } from './digest-stats.sql';
import { assembleStats, num, Row, text, toPartnershipPattern, toPromptSum, toRegionPattern } from './digest-stats.rows';

export async function regionStats(db: Db, regionId: string, period: DigestPeriod): Promise<RegionStats> {
  const query = (sql: Parameters<Db['$queryRaw']>[0]) => db.$queryRaw<Row[]>(sql);
  const [partnerships, prompts, partnershipPatterns, regionPatterns, kept, keywords, quotes] = await Promise.all([
    query(partnershipsSql(regionId)),
    query(promptSumsSql(regionId, period)),
    query(partnershipPeopleSql(regionId, period)),
    query(regionPeopleSql(regionId, period)),
    query(keptSumsSql(regionId, period)),
    query(keywordsSql(regionId, period)),
    query(quotesSql(regionId, period)),
  ]);
  return assembleStats({
    partnerships: partnerships.map((r) => ({ id: text(r.id), name: text(r.name), members: num(r.members) })),
    prompts: prompts.map(toPromptSum(period)),
    partnershipPatterns: partnershipPatterns.map(toPartnershipPattern),
    regionPatterns: regionPatterns.map(toRegionPattern),
    kept: kept.map((r) => ({ promptId: text(r.promptId), count: num(r.count), total: num(r.total), squares: num(r.squares) })),
    keywords: keywords.map((r) => ({ partnershipId: text(r.partnershipId), keyword: text(r.keyword), count: num(r.count) })),
    quotes: quotes.map((r) => ({ partnershipId: text(r.partnershipId), text: text(r.text) })),
  });
}
