/**
 * Turns the rows of the three grouped queries into the domain's RegionStats: sums per group are added up from the
 * per-prompt sums (a few hundred rows); different people per group are counted from the per-pattern counts.
 * Numbers arrive as BigInt (COUNT) or Decimal (PostgreSQL SUM of bigint), hence num().
 */
import { FOCUS_POINT_CODES } from '../../domain/catalogue/focus-points.data';
import { BASELINE_WEEKS, DigestPeriod, LAST_WEEK, TREND_WEEKS } from '../../domain/digest/digest-period';
import type { KeptRow, RegionStats, StatRow } from '../../domain/digest/digest-stats.types';

export type Row = Record<string, unknown>;

export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
export const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));

export interface PromptSum { promptId: string; partnershipId: string; focusCode: string; week: number; answers: number; total: number; squares: number }
export interface PartnershipPattern { partnershipId: string; weeks: number; focuses: number; baseline: boolean; people: number }
export interface RegionPattern { weeks: number; focusHalves: number; baseline: boolean; people: number }

const has = (mask: number, bit: number): boolean => Math.floor(mask / 2 ** bit) % 2 === 1;
const isBaseline = (week: number) => week >= LAST_WEEK - BASELINE_WEEKS && week < LAST_WEEK;
const halfOf = (week: number) => (week < TREND_WEEKS / 2 ? 1 : 2);

/** The trend week an instant falls in (bounds are the weeks' starts plus the end). */
export function weekIndex(period: DigestPeriod, opensAt: Date): number {
  const at = opensAt.getTime();
  const i = period.bounds.findIndex((bound, j) => j > 0 && at < bound.getTime());
  return i < 0 ? LAST_WEEK : i - 1;
}

export const toPromptSum = (period: DigestPeriod) => (r: Row): PromptSum => ({
  promptId: text(r.promptId), partnershipId: text(r.partnershipId), focusCode: text(r.focusCode),
  week: weekIndex(period, r.opensAt instanceof Date ? r.opensAt : new Date(text(r.opensAt))), answers: num(r.answers), total: num(r.total), squares: num(r.squares),
});

export const toPartnershipPattern = (r: Row): PartnershipPattern => ({ partnershipId: text(r.partnershipId), weeks: num(r.weeks), focuses: num(r.focuses), baseline: num(r.baseline) === 1, people: num(r.people) });
export const toRegionPattern = (r: Row): RegionPattern => ({ weeks: num(r.weeks), focusHalves: num(r.focusHalves), baseline: num(r.baseline) === 1, people: num(r.people) });

/** Prompt sums added up per key; `people` is filled in afterwards from the patterns. */
function sums(prompts: readonly PromptSum[], keyOf: (p: PromptSum) => string | undefined): Map<string, StatRow> {
  const out = new Map<string, StatRow>();
  for (const p of prompts) {
    const key = keyOf(p);
    if (key === undefined) continue;
    const row = out.get(key) ?? { prompts: 0, answers: 0, people: 0, total: 0, squares: 0 };
    row.prompts += 1;
    row.answers += p.answers;
    row.total += p.total;
    row.squares += p.squares;
    out.set(key, row);
  }
  return out;
}

function people<P extends { people: number }>(patterns: readonly P[], match: (pattern: P) => boolean): number {
  return patterns.reduce((n, pattern) => n + (match(pattern) ? pattern.people : 0), 0);
}

export interface StatsParts {
  partnerships: RegionStats['partnerships'];
  prompts: PromptSum[];
  partnershipPatterns: PartnershipPattern[];
  regionPatterns: RegionPattern[];
  kept: { promptId: string; count: number; total: number; squares: number }[];
  keywords: RegionStats['keywords'];
  quotes: RegionStats['quotes'];
}

export function assembleStats(parts: StatsParts): RegionStats {
  const { prompts, partnershipPatterns: pp, regionPatterns: rp } = parts;
  const focusIndex = (code: string) => FOCUS_POINT_CODES.indexOf(code as (typeof FOCUS_POINT_CODES)[number]);
  const byPromptId = new Map(prompts.map((p) => [p.promptId, p]));
  const entries = <E extends object>(map: Map<string, StatRow>, split: (key: string) => E): (StatRow & E)[] => [...map].map(([key, row]) => ({ ...row, ...split(key) }));

  const pw = sums(prompts, (p) => `${p.partnershipId}|${p.week}`);
  for (const [key, row] of pw) {
    const [id, week] = key.split('|');
    row.people = people(pp, (x) => x.partnershipId === id && has(x.weeks, Number(week)));
  }
  const w = sums(prompts, (p) => String(p.week));
  for (const [week, row] of w) row.people = people(rp, (x) => has(x.weeks, Number(week)));
  const bp = sums(prompts, (p) => (isBaseline(p.week) ? p.partnershipId : undefined));
  for (const [id, row] of bp) row.people = people(pp, (x) => x.partnershipId === id && x.baseline);
  const b = sums(prompts, (p) => (isBaseline(p.week) ? 'all' : undefined));
  for (const row of b.values()) row.people = people(rp, (x) => x.baseline);
  const fh = sums(prompts, (p) => `${p.focusCode}|${halfOf(p.week)}`);
  for (const [key, row] of fh) {
    const [code, half] = key.split('|');
    row.people = people(rp, (x) => has(x.focusHalves, 2 * focusIndex(code) + Number(half) - 1));
  }
  const f = sums(prompts, (p) => p.focusCode);
  for (const [code, row] of f) row.people = people(rp, (x) => has(x.focusHalves, 2 * focusIndex(code)) || has(x.focusHalves, 2 * focusIndex(code) + 1));
  const pf = sums(prompts, (p) => `${p.partnershipId}|${p.focusCode}`);
  for (const [key, row] of pf) {
    const [id, code] = key.split('|');
    row.people = people(pp, (x) => x.partnershipId === id && has(x.focuses, focusIndex(code)));
  }
  const kept: KeptRow[] = parts.kept.flatMap((k) => {
    const prompt = byPromptId.get(k.promptId);
    return prompt ? [{ partnershipId: prompt.partnershipId, focusCode: prompt.focusCode, week: prompt.week, count: k.count, total: k.total, squares: k.squares }] : [];
  });
  return {
    partnerships: parts.partnerships,
    byPartnershipWeek: entries(pw, (key) => ({ partnershipId: key.split('|')[0], week: Number(key.split('|')[1]) })),
    byWeek: entries(w, (key) => ({ week: Number(key) })),
    baselineByPartnership: entries(bp, (key) => ({ partnershipId: key })),
    baseline: b.get('all') ?? { prompts: 0, answers: 0, people: 0, total: 0, squares: 0 },
    byFocusHalf: entries(fh, (key) => ({ focusCode: key.split('|')[0], half: Number(key.split('|')[1]) })),
    byFocus: entries(f, (key) => ({ focusCode: key })),
    byPartnershipFocus: entries(pf, (key) => ({ partnershipId: key.split('|')[0], focusCode: key.split('|')[1] })),
    kept,
    keywords: parts.keywords,
    quotes: parts.quotes,
  };
}
