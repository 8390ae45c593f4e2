/**
 * Builds the region's digest from the grouped figures of the database (pure: same input, same digest). This is
 * where the privacy threshold is applied to every figure; see digest-math.ts for the arithmetic.
 */
import { FOCUS_POINT_CODES } from '../catalogue/focus-points.data';
import { agendaFocus, participationDrops } from './digest-agenda';
import { addKept, changeFigure, enough, KeptSums, meanOf, NO_KEPT, participationRate, rateFigure, round1, scoreFigures } from './digest-math';
import { DigestPeriod, LAST_WEEK, TREND_WEEKS } from './digest-period';
import { mergeKeywords, pickQuotes } from './digest-texts';
import { DialogueSummary, FocusRow, HeatMap, NONE, PartnershipRow, RegionDigest, TOO_FEW, valueOf, WeekPoint } from './digest.types';
import { EMPTY_STAT, KeptRow, PartnershipInfo, RegionStats, StatRow } from './digest-stats.types';

export interface DigestInput {
  region: { id: string; name: string };
  period: DigestPeriod;
  stats: RegionStats;
  minGroup: number;
  dialogues: DialogueSummary | null;
  now: Date;
}

const sumKept = (rows: readonly KeptRow[], match: (row: KeptRow) => boolean): KeptSums =>
  rows.filter(match).reduce((sum, row) => addKept(sum, { count: row.count, total: row.total, squares: row.squares }), NO_KEPT);

function index<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function partnershipRows(input: DigestInput, baselineEnough: Set<string>): PartnershipRow[] {
  const { stats, minGroup } = input;
  const weekly = index(stats.byPartnershipWeek, (r) => `${r.partnershipId}|${r.week}`);
  const baseline = index(stats.baselineByPartnership, (r) => r.partnershipId);
  return stats.partnerships.map((p): PartnershipRow => {
    const week = (w: number): StatRow => weekly.get(`${p.id}|${w}`) ?? EMPTY_STAT;
    const rateOf = (row: StatRow) => participationRate(row.answers, row.prompts * p.members);
    const last = week(LAST_WEEK);
    const base = baseline.get(p.id) ?? EMPTY_STAT;
    if (enough(base, minGroup)) baselineEnough.add(p.id);
    return {
      partnershipId: p.id,
      name: p.name,
      members: p.members,
      prompts: last.prompts,
      answers: last.prompts === 0 ? NONE : enough(last, minGroup) ? valueOf(last.answers) : TOO_FEW,
      participation: rateFigure(rateOf(last), last, minGroup),
      change: changeFigure(rateOf(last), rateOf(base), last, base, minGroup),
      trend: Array.from({ length: TREND_WEEKS }, (_, w) => rateFigure(rateOf(week(w)), week(w), minGroup)),
    };
  });
}

/** Region-wide participation: all answers over all (prompt x member) slots of the partnerships asked. */
function regionRate(partnerships: readonly PartnershipInfo[], rows: readonly (StatRow & { partnershipId: string })[]): number | undefined {
  const members = new Map(partnerships.map((p) => [p.id, p.members]));
  const answers = rows.reduce((sum, r) => sum + r.answers, 0);
  const slots = rows.reduce((sum, r) => sum + r.prompts * (members.get(r.partnershipId) ?? 0), 0);
  return participationRate(answers, slots);
}

function trendPoints(input: DigestInput): WeekPoint[] {
  const { stats, minGroup, period } = input;
  const byWeek = index(stats.byWeek, (r) => String(r.week));
  return period.weeks.map((week, w): WeekPoint => {
    const row = byWeek.get(String(w)) ?? EMPTY_STAT;
    const rate = regionRate(stats.partnerships, stats.byPartnershipWeek.filter((r) => r.week === w));
    return { week, prompts: row.prompts, participation: rateFigure(rate, row, minGroup), average: scoreFigures(row, sumKept(stats.kept, (k) => k.week === w), minGroup).average };
  });
}

function focusRows(input: DigestInput): FocusRow[] {
  const { stats, minGroup } = input;
  const halves = index(stats.byFocusHalf, (r) => `${r.focusCode}|${r.half}`);
  const asked = (code: string) => new Set(stats.byPartnershipFocus.filter((r) => r.focusCode === code && r.prompts > 0).map((r) => r.partnershipId)).size;
  const half = TREND_WEEKS / 2;
  return FOCUS_POINT_CODES.flatMap((code): FocusRow[] => {
    const row = stats.byFocus.find((r) => r.focusCode === code);
    if (!row || row.prompts === 0) return [];
    const { average, spread } = scoreFigures(row, sumKept(stats.kept, (k) => k.focusCode === code), minGroup);
    const first = meanOf(halves.get(`${code}|1`) ?? EMPTY_STAT, sumKept(stats.kept, (k) => k.focusCode === code && k.week < half), minGroup);
    const second = meanOf(halves.get(`${code}|2`) ?? EMPTY_STAT, sumKept(stats.kept, (k) => k.focusCode === code && k.week >= half), minGroup);
    const bothAsked = halves.has(`${code}|1`) && halves.has(`${code}|2`);
    const trend = first !== undefined && second !== undefined ? valueOf(round1(second - first)) : bothAsked ? TOO_FEW : NONE;
    return [{ focusCode: code, average, spread, trend, partnerships: asked(code) }];
  });
}

function heatMap(input: DigestInput, focus: readonly FocusRow[]): HeatMap {
  const { stats, minGroup } = input;
  const focusCodes = focus.map((f) => f.focusCode);
  const cells = index(stats.byPartnershipFocus, (r) => `${r.partnershipId}|${r.focusCode}`);
  const rows = [...stats.partnerships]
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((p) => stats.byPartnershipFocus.some((r) => r.partnershipId === p.id && r.prompts > 0))
    .map((p) => ({
      partnershipId: p.id,
      name: p.name,
      cells: focusCodes.map((code) => {
        const row = cells.get(`${p.id}|${code}`);
        return row ? scoreFigures(row, sumKept(stats.kept, (k) => k.partnershipId === p.id && k.focusCode === code), minGroup).average : NONE;
      }),
    }));
  return { focusCodes, rows };
}

export function buildDigest(input: DigestInput): RegionDigest {
  const { stats, minGroup, period } = input;
  const baselineEnough = new Set<string>();
  const partnerships = partnershipRows(input, baselineEnough).sort((a, b) => a.name.localeCompare(b.name));
  const lastRows = stats.byPartnershipWeek.filter((r) => r.week === LAST_WEEK);
  const lastWeek = stats.byWeek.find((r) => r.week === LAST_WEEK) ?? EMPTY_STAT;
  const lastRate = regionRate(stats.partnerships, lastRows);
  const baseRate = regionRate(stats.partnerships, stats.baselineByPartnership);
  // Keywords and quotes only from partnerships whose reported week itself passed the threshold.
  const allowed = new Set(lastRows.filter((r) => enough(r, minGroup)).map((r) => r.partnershipId));
  const focus = focusRows(input);
  return {
    region: input.region,
    week: period.week,
    weekEnd: period.weekEnd,
    weeks: period.weeks,
    minGroup,
    generatedAt: input.now,
    totals: {
      prompts: lastWeek.prompts,
      partnershipsAsked: lastRows.filter((r) => r.prompts > 0).length,
      answers: lastWeek.prompts === 0 ? NONE : enough(lastWeek, minGroup) ? valueOf(lastWeek.answers) : TOO_FEW,
      participation: rateFigure(lastRate, lastWeek, minGroup),
      change: changeFigure(lastRate, baseRate, lastWeek, stats.baseline, minGroup),
    },
    trend: trendPoints(input),
    partnerships,
    focus,
    heatmap: heatMap(input, focus),
    keywords: mergeKeywords(stats.keywords, allowed),
    quotes: pickQuotes(stats.quotes, allowed),
    agenda: [...agendaFocus(focus), ...participationDrops(partnerships, baselineEnough)],
    dialogues: input.dialogues,
  };
}
