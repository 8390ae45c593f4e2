/**
 * The arithmetic of the digest, on grouped sums (count, sum, sum of squares), so the database never has to hand
 * over single scores. Figures are rounded only at the end: a change is computed from unrounded rates, then rounded.
 */
import { NONE, TOO_FEW, valueOf, type Figure } from './digest.types';
import type { StatRow } from './digest-stats.types';

/** Sums of kept scores (no people) that join a group's score figures. */
export interface KeptSums { count: number; total: number; squares: number }

export const NO_KEPT: KeptSums = { count: 0, total: 0, squares: 0 };

export const round1 = (n: number): number => Math.round(n * 10) / 10;
/** Whole numbers; -0 becomes 0 so nobody reads "−0". */
export const round0 = (n: number): number => Math.round(n) || 0;

/** Enough different people behind a group to show anything about it (the privacy threshold k). */
export const enough = (row: Pick<StatRow, 'people'>, minGroup: number): boolean => row.people >= minGroup;

/** Mean and population standard deviation from count, sum and sum of squares (undefined without scores). */
export function meanAndSpread(count: number, total: number, squares: number): { mean: number; spread: number } | undefined {
  if (count <= 0) return undefined;
  const mean = total / count;
  // Rounding in floating point can make the variance a hair below zero for identical scores.
  return { mean, spread: Math.sqrt(Math.max(0, squares / count - mean * mean)) };
}

/** Average and spread of a group's scores (answers plus kept scores), or why they are not shown. */
export function scoreFigures(row: StatRow, kept: KeptSums, minGroup: number): { average: Figure; spread: Figure } {
  if (row.answers + kept.count === 0) return { average: NONE, spread: NONE };
  if (!enough(row, minGroup)) return { average: TOO_FEW, spread: TOO_FEW };
  const stats = meanAndSpread(row.answers + kept.count, row.total + kept.total, row.squares + kept.squares);
  return stats ? { average: valueOf(round1(stats.mean)), spread: valueOf(round1(stats.spread)) } : { average: NONE, spread: NONE };
}

/** Unrounded mean score of a group that passes the threshold. */
export function meanOf(row: StatRow, kept: KeptSums, minGroup: number): number | undefined {
  if (!enough(row, minGroup)) return undefined;
  return meanAndSpread(row.answers + kept.count, row.total + kept.total, row.squares + kept.squares)?.mean;
}

/**
 * Participation in percent: of every prompt, the share of known members who answered, averaged over the prompts
 * (answers / (prompts x members); a person answers a prompt at most once). Undefined without prompts or members.
 */
export function participationRate(answers: number, slots: number): number | undefined {
  return slots > 0 ? (100 * answers) / slots : undefined;
}

/** A rate as a Figure: none without prompts, tooFew below the threshold. */
export function rateFigure(rate: number | undefined, row: Pick<StatRow, 'people' | 'prompts'>, minGroup: number): Figure {
  if (rate === undefined || row.prompts === 0) return NONE;
  return enough(row, minGroup) ? valueOf(round0(rate)) : TOO_FEW;
}

/** The difference of two rates in percentage points, shown only when both groups pass the threshold. */
export function changeFigure(now: number | undefined, before: number | undefined, nowRow: Pick<StatRow, 'people'>, beforeRow: Pick<StatRow, 'people'>, minGroup: number): Figure {
  if (now === undefined || before === undefined) return NONE;
  if (!enough(nowRow, minGroup) || !enough(beforeRow, minGroup)) return TOO_FEW;
  return valueOf(round0(now - before));
}

export function addKept(a: KeptSums, b: KeptSums): KeptSums {
  return { count: a.count + b.count, total: a.total + b.total, squares: a.squares + b.squares };
}
