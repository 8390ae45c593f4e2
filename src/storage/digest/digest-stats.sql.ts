/**
 * The digest's grouped queries, as portable SQL (the same text runs on SQLite and PostgreSQL; only the
 * placeholders differ, and Prisma fills those in). Three passes over the answers of the eight weeks:
 *
 * - per prompt: count, sum and sum of squares of the scores (additive, so the domain sums them up per
 *   partnership, week, focus point ...);
 * - per partnership, and per region: who answered when, as bit masks per person (weeks answered, focus points
 *   answered, in the baseline or not), then counted per pattern: "12 people answered in weeks 3, 5 and 7".
 *   Different people per group (the privacy threshold) are exact from those counts, and neither a person id nor
 *   a single answer leaves the database.
 *
 * Every query starts at the region's partnerships (PartnershipRegion_regionId_idx), takes their prompts of the
 * period by range (Prompt_partnershipId_opensAt_idx) and reaches the answers by prompt through
 * Answer_promptId_personId_score_idx (it holds the score too, so answer rows are never read). Weeks are bucketed
 * with CASE over bounds the domain computes in local time: no provider-specific date functions.
 * Exported for the benchmark, which prints these queries' plans.
 */
import { Prisma } from '../generated/sqlite/client';
import { FOCUS_POINT_CODES } from '../../domain/catalogue/focus-points.data';
import type { DigestPeriod } from '../../domain/digest/digest-period';

const int = (n: number) => Prisma.raw(String(n));
const last = <T>(items: readonly T[]): T => items[items.length - 1];

/**
 * Per-person flags as MAX(CASE ... THEN 1 ELSE 0 END) columns, then combined into a bit mask one level up:
 * a bitwise OR without BIT_OR (not in SQLite) and without SUM(DISTINCT) (which forces PostgreSQL to sort).
 */
interface Flag { name: string; when: Prisma.Sql }

function weekFlags(bounds: readonly Date[]): Flag[] {
  return bounds.slice(0, -1).map((from, i) => ({ name: `w${i}`, when: Prisma.sql`p."opensAt" >= ${from} AND p."opensAt" < ${bounds[i + 1]}` }));
}

function focusFlags(secondHalf?: Date): Flag[] {
  return FOCUS_POINT_CODES.flatMap((code, i): Flag[] => (secondHalf
    ? [
      { name: `f${i}a`, when: Prisma.sql`p."focusCode" = ${code} AND p."opensAt" < ${secondHalf}` },
      { name: `f${i}b`, when: Prisma.sql`p."focusCode" = ${code} AND p."opensAt" >= ${secondHalf}` },
    ]
    : [{ name: `f${i}`, when: Prisma.sql`p."focusCode" = ${code}` }]));
}

const flagColumns = (flags: readonly Flag[]) => flags.map((f) => Prisma.sql`MAX(CASE WHEN ${f.when} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${f.name}"`)}`);
const mask = (flags: readonly Flag[]) => Prisma.raw(flags.map((f, i) => `${2 ** i} * x."${f.name}"`).join(' + '));

const inBaseline = (period: DigestPeriod) => Prisma.sql`CASE WHEN p."opensAt" >= ${period.baseline.from} AND p."opensAt" < ${period.baseline.to} THEN 1 ELSE 0 END`;

const regionPrompts = (from: Date, to: Date) => Prisma.sql`
  FROM "PartnershipRegion" r
  JOIN "Prompt" p ON p."partnershipId" = r."partnershipId" AND p."opensAt" >= ${from} AND p."opensAt" < ${to}`;

const trendPrompts = (period: DigestPeriod) => regionPrompts(period.bounds[0], last(period.bounds));

/** Per prompt of the eight weeks: answers, sum and sum of squares of the scores (prompts without answers too). */
export function promptSumsSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  return Prisma.sql`SELECT p."id" AS "promptId", p."partnershipId" AS "partnershipId", p."focusCode" AS "focusCode", p."opensAt" AS "opensAt",
    COUNT(a."personId") AS "answers", COALESCE(SUM(a."score"), 0) AS "total", COALESCE(SUM(a."score" * a."score"), 0) AS "squares"${trendPrompts(period)}
  LEFT JOIN "Answer" a ON a."promptId" = p."id"
  WHERE r."regionId" = ${regionId}
  GROUP BY p."id", p."partnershipId", p."focusCode", p."opensAt"`;
}

/**
 * Per partnership: how many people answered in which weeks and on which focus points, and whether in the
 * baseline. The inner query has one row per (partnership, person) but selects no person id; the outer one
 * counts equal patterns.
 */
export function partnershipPeopleSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  const weeks = weekFlags(period.bounds);
  const focuses = focusFlags();
  return Prisma.sql`SELECT x."partnershipId" AS "partnershipId", ${mask(weeks)} AS "weeks", ${mask(focuses)} AS "focuses", x."baseline" AS "baseline", COUNT(*) AS "people"
  FROM (SELECT p."partnershipId" AS "partnershipId", ${Prisma.join([...flagColumns([...weeks, ...focuses]), Prisma.sql`MAX(${inBaseline(period)}) AS "baseline"`])}${trendPrompts(period)}
    JOIN "Answer" a ON a."promptId" = p."id"
    WHERE r."regionId" = ${regionId}
    GROUP BY p."partnershipId", a."personId") x
  GROUP BY 1, 2, 3, 4`;
}

/**
 * Region-wide, one pattern per person across all the region's partnerships (someone in two partnerships counts
 * once): weeks answered, focus point x half of the trend (bit 2i: first half, 2i+1: second), in the baseline.
 */
export function regionPeopleSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  const weeks = weekFlags(period.bounds);
  const focusHalves = focusFlags(period.secondHalf);
  return Prisma.sql`SELECT ${mask(weeks)} AS "weeks", ${mask(focusHalves)} AS "focusHalves", x."baseline" AS "baseline", COUNT(*) AS "people"
  FROM (SELECT ${Prisma.join([...flagColumns([...weeks, ...focusHalves]), Prisma.sql`MAX(${inBaseline(period)}) AS "baseline"`])}${trendPrompts(period)}
    JOIN "Answer" a ON a."promptId" = p."id"
    WHERE r."regionId" = ${regionId}
    GROUP BY a."personId") x
  GROUP BY 1, 2, 3`;
}

/** Scores kept after erasures, per prompt (no people: they only add to sums). */
export function keptSumsSql(regionId: string, period: DigestPeriod): Prisma.Sql {
  return Prisma.sql`SELECT p."id" AS "promptId", COUNT(k."score") AS "count", COALESCE(SUM(k."score"), 0) AS "total", COALESCE(SUM(k."score" * k."score"), 0) AS "squares"${trendPrompts(period)}
  JOIN "AnonymisedScore" k ON k."promptId" = p."id"
  WHERE r."regionId" = ${regionId}
  GROUP BY p."id"`;
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

/**
 * Keywords of anonymously shared answers to the given prompts (the reported week's, known from the per-prompt
 * sums), with how many people used each, per partnership. By prompt id, so the database reads only those
 * prompts' answers through the index instead of weighing a scan of all answers.
 */
export function keywordsSql(promptIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT p."partnershipId" AS "partnershipId", a."keyword" AS "keyword", COUNT(DISTINCT a."personId") AS "count"
  FROM "Answer" a
  JOIN "Prompt" p ON p."id" = a."promptId"
  WHERE a."promptId" IN (${Prisma.join(promptIds)}) AND a."shareAnonymously" = TRUE AND a."keyword" IS NOT NULL
  GROUP BY p."partnershipId", a."keyword"`;
}

export const QUOTE_CANDIDATES = 200;

/** Texts of anonymously shared answers to the given prompts: the scenario, else what to make discussable. */
export function quotesSql(promptIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT p."partnershipId" AS "partnershipId", COALESCE(a."scenario", a."discussable") AS "text"
  FROM "Answer" a
  JOIN "Prompt" p ON p."id" = a."promptId"
  WHERE a."promptId" IN (${Prisma.join(promptIds)}) AND a."shareAnonymously" = TRUE AND COALESCE(a."scenario", a."discussable") IS NOT NULL
  ORDER BY 2
  LIMIT ${int(QUOTE_CANDIDATES)}`;
}
