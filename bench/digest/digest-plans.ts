/**
 * The query plans of the digest's grouped queries, as each database reports them (SQLite EXPLAIN QUERY PLAN,
 * PostgreSQL EXPLAIN), with a one-line verdict per query: which indexes it uses and whether any table is read in
 * full. The SQL is the same text the app runs (src/storage/digest/digest-stats.sql.ts).
 */
import { Prisma } from '../../src/storage/generated/sqlite/client';
import type { DigestPeriod } from '../../src/domain/digest/digest-period';
import type { Database } from '../../src/storage/database';
import { lastWeekPromptIds } from '../../src/storage/digest/digest-stats.repository';
import { Row, toPromptSum } from '../../src/storage/digest/digest-stats.rows';
import { keptSumsSql, keywordsSql, partnershipPeopleSql, partnershipsSql, promptSumsSql, quotesSql, regionPeopleSql } from '../../src/storage/digest/digest-stats.sql';

export interface QueryPlan { name: string; lines: string[]; indexes: string[]; fullScans: string[] }

/** `lastWeekPrompts`: the reported week's prompt ids (the keywords and quotes queries read only those). */
export function digestQueries(regionId: string, period: DigestPeriod, lastWeekPrompts: readonly string[]): { name: string; sql: Prisma.Sql }[] {
  return [
    { name: 'partnerships + members', sql: partnershipsSql(regionId) },
    { name: 'sums per prompt', sql: promptSumsSql(regionId, period) },
    { name: 'people per partnership', sql: partnershipPeopleSql(regionId, period) },
    { name: 'people in the region', sql: regionPeopleSql(regionId, period) },
    { name: 'kept scores', sql: keptSumsSql(regionId, period) },
    { name: 'keywords', sql: keywordsSql(lastWeekPrompts) },
    { name: 'quotes', sql: quotesSql(lastWeekPrompts) },
  ];
}

export async function explain(db: Database, name: string, sql: Prisma.Sql): Promise<QueryPlan> {
  if (db.provider === 'sqlite') {
    const rows = await db.prisma.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${sql}`);
    const lines = rows.map((r) => r.detail);
    // SCAN of a subquery's result (x) or of a GROUP BY's temp table is not a table scan.
    const indexes = [...new Set(lines.flatMap((l) => [...l.matchAll(/USING (?:COVERING )?INDEX (\S+)|USING INTEGER PRIMARY KEY|PRIMARY KEY/g)].map((m) => m[1] ?? 'primary key')))];
    const subqueries = new Set(lines.flatMap((l) => [...l.matchAll(/(?:CO-ROUTINE|MATERIALIZE) (\S+)/g)].map((m) => m[1])));
    const fullScans = lines.filter((l) => /^SCAN \S+( AS \S+)?$/.test(l.trim()) && !subqueries.has(l.trim().split(' ').pop() ?? ''));
    return { name, lines, indexes, fullScans };
  }
  const rows = await db.prisma.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const indexes = [...new Set(lines.flatMap((l) => [...l.matchAll(/(?:Index(?: Only)? Scan|Bitmap Index Scan) (?:using|on) "?([\w]+)"?/g)].map((m) => m[1])))];
  const fullScans = lines.filter((l) => /Seq Scan/.test(l)).map((l) => l.trim());
  return { name, lines, indexes, fullScans };
}

/** The reported week's prompt ids, as the app finds them (for the keywords and quotes plans). */
export async function lastWeekPrompts(db: Database, regionId: string, period: DigestPeriod): Promise<string[]> {
  return lastWeekPromptIds((await db.prisma.$queryRaw<Row[]>(promptSumsSql(regionId, period))).map(toPromptSum(period)));
}
