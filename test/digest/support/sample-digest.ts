/** A synthetic RegionDigest of any size (no database), for renderer tests: limits, sizes, empty states. */
import { FOCUS_POINT_CODES } from '../../../src/domain/catalogue/focus-points.data';
import { digestPeriod } from '../../../src/domain/digest/digest-period';
import type { Figure, RegionDigest } from '../../../src/domain/digest/digest.types';
import { loadConfig } from '../../../src/config';

const v = (value: number): Figure => ({ kind: 'value', value });

export function sampleDigest(partnerships: number, options: { empty?: boolean } = {}): RegionDigest {
  const period = digestPeriod('2026-11-23');
  const figure = (i: number, value: number): Figure => (options.empty ? { kind: 'none' } : i % 7 === 3 ? { kind: 'tooFew' } : v(value));
  const rows = Array.from({ length: partnerships }, (_, i) => ({
    partnershipId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Samen Opleiden Partnerschap met een lange naam ${String(i + 1).padStart(3, '0')}`,
    members: 40 + (i % 10), prompts: options.empty ? 0 : 1,
    answers: figure(i, 20 + (i % 9)), participation: figure(i, 40 + (i % 50)), change: figure(i, (i % 21) - 10),
    trend: period.weeks.map((_, w) => figure(i + w, 30 + ((i * 7 + w * 5) % 60))),
  }));
  const focus = options.empty ? [] : FOCUS_POINT_CODES.map((code, j) => ({ focusCode: code, average: v(1.5 + (j % 7) * 0.5), spread: v(0.6 + (j % 3) * 0.3), trend: j % 4 === 0 ? v(-0.5) : v(0.2), partnerships: partnerships }));
  return {
    region: { id: '11111111-2222-4333-8444-555555555555', name: 'Onderwijsregio Stad & Streek <test>' },
    week: period.week, weekEnd: period.weekEnd, weeks: period.weeks, minGroup: 3, generatedAt: new Date('2026-11-30T07:00:00Z'),
    totals: { prompts: options.empty ? 0 : partnerships, partnershipsAsked: options.empty ? 0 : partnerships, answers: figure(1, 2400), participation: figure(1, 61), change: figure(1, -4) },
    trend: period.weeks.map((week, w) => ({ week, prompts: options.empty ? 0 : partnerships, participation: figure(w, 50 + w * 3), average: figure(w, 3 + (w % 3) * 0.2) })),
    partnerships: rows,
    focus,
    heatmap: { focusCodes: focus.map((f) => f.focusCode), rows: rows.map((r, i) => ({ partnershipId: r.partnershipId, name: r.name, cells: focus.map((_, j) => (j % 5 === 4 ? { kind: 'none' as const } : figure(i + j, 1 + ((i + j) % 9) * 0.5))) })) },
    keywords: options.empty ? [] : ['brug', 'kompas', 'netwerk', 'fundament', 'estafette', 'puzzel', 'tuin', 'motor'].map((text, i) => ({ text, count: 20 - i })),
    quotes: options.empty ? [] : ['In deze onderwijsregio <b>delen</b> we & leren we samen.'.repeat(4), 'Wie betaalt de opleidingsplekken als de instroom daalt?', 'We moeten HR eerder betrekken.'],
    agenda: options.empty ? [] : [{ kind: 'lowScore', focusCode: 'financien', average: 1.5 }, { kind: 'falling', focusCode: 'kwaliteit', trend: -0.5 }, { kind: 'participationDrop', partnershipId: rows[0]?.partnershipId ?? '', name: rows[0]?.name ?? '', change: v(-12) }],
    dialogues: { planned: 4, held: 7, overdueFollowUps: 2, nextSteps: options.empty ? [] : [{ partnershipName: 'Alfa', text: 'Afspraak met HR plannen.' }, { partnershipName: 'Bravo', text: 'x'.repeat(199) }] },
  };
}

export const renderDeps = (env: Record<string, string> = {}) => ({
  config: loadConfig({ OOGST_LINK_SECRET: 'a-test-secret-that-is-long-enough-0123456789', ...env }),
  clock: { now: () => new Date('2026-11-30T07:00:00Z') },
});
