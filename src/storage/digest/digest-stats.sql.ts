/**
 * The digest's grouped queries, as portable SQL (the same text runs on SQLite and PostgreSQL; only the
 * placeholders differ, and Prisma fills those in). Every query starts at the region's partnerships
 * (PartnershipRegion_regionId_idx), takes their prompts of the period by range (Prompt_partnershipId_opensAt_idx)
 * and reaches the answers by prompt (Answer_promptId_score_personId_idx, which also holds the score, so the
 * answer rows themselves are never read). Weeks are bucketed with CASE over the week bounds, computed in local
 * time by the domain, so no database date function (which differ per provider) is needed.
 * Exported for the benchmark, which prints these queries' plans.
 */
import { Prisma } from '../generated/sqlite/client';
import type { DigestPeriod } from '../../domain/digest/digest-period';

export type GroupKey = 'partnership' | 'focus' | 'week' | 'half';

/** 0 for the oldest trend week ... TREND_WEEKS - 1 for the reported week. */
export function weekExpr(bounds: readonly Date[]): Prisma.Sql {
  const inner = bounds.slice(1, -1).map((bound, i) => Prisma.sql`WHEN p."opensAt" < ${bound} THEN ${Prisma.raw(String(i))} `);
  return Prisma.sql`CASE ${Prisma.join(inner, '')}ELSE ${Prisma.raw(String(bounds.length - 2))} END`;
}

function keyColumn(key: GroupKey, period: DigestPeriod): Prisma.Sql {
  switch (key) {
    case 'partnership':
      return Prisma.sql`p."partnershipId" AS "partnershipId"`;
    case 'focus':
      return Prisma.sql`p."focusCode" AS "focusCode"`;
    case 'week':
      return Prisma.sql`${weekExpr(period.bounds)} AS "week"`;
    case 'half':
      return Prisma.sql`CASE WHEN p."opensAt" < ${period.secondHalf} THEN 1 ELSE 2 END AS "half"`;
  }
}

/** GROUP BY 1, 2 ...: positions, so an expression with parameters is not repeated (PostgreSQL would see new ones). */
function groupBy(keys: readonly GroupKey[]): Prisma.Sql {
  return keys.length ? Prisma.raw(` GROUP BY ${keys.map((_, i) => i + 1).join(', ')}`) : Prisma.empty;
}

const regionPrompts = (regionId: string, from: Date, to: Date) => Prisma.sql`
  FROM "PartnershipRegion" r
  JOIN "Prompt" p ON p."partnershipId" = r."partnershipId" AND p."opensAt" >= ${from} AND p."opensAt" < ${to}`;

/** Prompts, answers, different people, sum and sum of squares of the scores, per group. */
export function answerStatsSql(regionId: string, keys: readonly GroupKey[], range: { from: Date; to: Date }, period: DigestPeriod): Prisma.Sql {
  const columns = [...keys.map((key) => keyColumn(key, period))];
  return Prisma.sql`SELECT ${Prisma.join([
    ...columns,
    Prisma.sql`COUNT(DISTINCT p."id") AS "prompts"`,
    Prisma.sql`COUNT(a."personId") AS "answers"`,
    Prisma.sql`COUNT(DISTINCT a."personId") AS "people"`,
    Prisma.sql`COALESCE(SUM(a."score"), 0) AS "total"`,
    Prisma.sql`COALESCE(SUM(a."score" * a."score"), 0) AS "squares"`,
  ])}${regionPrompts(regionId, range.from, range.to)}
  LEFT JOIN "Answer" a ON a."promptId" = p."id"
  WHERE r."regionId" = ${regionId}${groupBy(keys)}`;
}

/** Scores kept after erasures, per partnership, focus point and week (no people: they only add to sums). */
export function keptStatsSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  const keys: GroupKey[] = ['partnership', 'focus', 'week'];
  return Prisma.sql`SELECT ${Prisma.join([
    ...keys.map((key) => keyColumn(key, period)),
    Prisma.sql`COUNT(k."score") AS "count"`,
    Prisma.sql`COALESCE(SUM(k."score"), 0) AS "total"`,
    Prisma.sql`COALESCE(SUM(k."score" * k."score"), 0) AS "squares"`,
  ])}${regionPrompts(regionId, period.bounds[0], period.bounds[period.bounds.length - 1])}
  JOIN "AnonymisedScore" k ON k."promptId" = p."id"
  WHERE r."regionId" = ${regionId}${groupBy(keys)}`;
}

/** The region's partnerships with their known members (anyone with a role). */
export function partnershipsSql(regionId: string): Prisma.Sql {
  return Prisma.sql`SELECT pa."id" AS "id", pa."name" AS "name", COUNT(pr."personId") AS "members"
  FROM "PartnershipRegion" r
  JOIN "Partnership" pa ON pa."id" = r."partnershipId"
  LEFT JOIN "PartnershipRole" pr ON pr."partnershipId" = pa."id"
  WHERE r."regionId" = ${regionId}
  GROUP BY pa."id", pa."name"`;
}

/** Keywords of anonymously shared answers in the reported week, with how many people used each, per partnership. */
export function keywordsSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  const [from, to] = period.bounds.slice(-2);
  return Prisma.sql`SELECT p."partnershipId" AS "partnershipId", a."keyword" AS "keyword", COUNT(DISTINCT a."personId") AS "count"${regionPrompts(regionId, from, to)}
  JOIN "Answer" a ON a."promptId" = p."id"
  WHERE r."regionId" = ${regionId} AND a."shareAnonymously" = TRUE AND a."keyword" IS NOT NULL
  GROUP BY 1, 2`;
}

export const QUOTE_CANDIDATES = 200;

/** Texts of anonymously shared answers in the reported week: the scenario, else what to make discussable. */
export function quotesSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  const [from, to] = period.bounds.slice(-2);
  return Prisma.sql`SELECT p."partnershipId" AS "partnershipId", COALESCE(a."scenario", a."discussable") AS "text"${regionPrompts(regionId, from, to)}
  JOIN "Answer" a ON a."promptId" = p."id"
  WHERE r."regionId" = ${regionId} AND a."shareAnonymously" = TRUE AND COALESCE(a."scenario", a."discussable") IS NOT NULL
  ORDER BY 2
  LIMIT ${Prisma.raw(String(QUOTE_CANDIDATES))}`;
}
