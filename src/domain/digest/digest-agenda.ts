/**
 * "Voor de agenda": what the regional lead might put on the next meeting's agenda. At most three focus points,
 * taking turns between the lowest average and the fastest fall (so one kind cannot crowd out the other), and every
 * partnership whose participation dropped: by DROP_POINTS or more, or from enough answers to too few to show.
 */
import type { AgendaItem, FocusRow, PartnershipRow } from './digest.types';

export const MAX_AGENDA_FOCUS = 3;
/** A fall in score points over the halves of the trend that counts as "falling". */
export const FALLING_POINTS = 0.3;
/** A fall in participation (percentage points against the four weeks before) that counts as a drop. */
export const DROP_POINTS = 10;

export function agendaFocus(focus: readonly FocusRow[]): AgendaItem[] {
  const lowest = focus
    .flatMap((f) => (f.average.kind === 'value' ? [{ focusCode: f.focusCode, average: f.average.value }] : []))
    .sort((a, b) => a.average - b.average);
  const falling = focus
    .flatMap((f) => (f.trend.kind === 'value' && f.trend.value <= -FALLING_POINTS ? [{ focusCode: f.focusCode, trend: f.trend.value }] : []))
    .sort((a, b) => a.trend - b.trend);
  const items: AgendaItem[] = [];
  const taken = new Set<string>();
  for (let i = 0; items.length < MAX_AGENDA_FOCUS && (i < lowest.length || i < falling.length); i++) {
    for (const candidate of [lowest[i] ? { kind: 'lowScore' as const, ...lowest[i] } : undefined, falling[i] ? { kind: 'falling' as const, ...falling[i] } : undefined]) {
      if (!candidate || taken.has(candidate.focusCode) || items.length >= MAX_AGENDA_FOCUS) continue;
      taken.add(candidate.focusCode);
      items.push(candidate);
    }
  }
  return items;
}

const changeOrder = (row: PartnershipRow): number => (row.change.kind === 'value' ? row.change.value : -1000);

/** Dropped: a change of -DROP_POINTS or worse, or a prompt last week that too few answered after a baseline that had enough. */
export function participationDrops(rows: readonly PartnershipRow[], baselineEnough: ReadonlySet<string>): AgendaItem[] {
  return rows
    .filter((row) => {
      if (row.change.kind === 'value') return row.change.value <= -DROP_POINTS;
      return row.prompts > 0 && row.participation.kind === 'tooFew' && baselineEnough.has(row.partnershipId);
    })
    // Dropped below the threshold first (no number to compare), then the biggest drop, then by name.
    .sort((a, b) => changeOrder(a) - changeOrder(b) || a.name.localeCompare(b.name))
    .map((row) => ({ kind: 'participationDrop' as const, partnershipId: row.partnershipId, name: row.name, change: row.change }));
}
