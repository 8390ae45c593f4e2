/**
 * The digest's charts as SVG (pure: the same view model gives the same bytes): participation per week as a line
 * chart, average score per focus point as a bar chart, and the heat map partnership x focus point. Every chart
 * has a title, axes with tick labels and titles, and a legend; its <desc> holds the numbers for screen readers.
 */
import { axes, cutLabel, fmt, GRID, legend, MUTED, Plot, scoreColor, svgFrame, svgText, textOn } from './svg-chart.helpers';
import type { DigestBarChartView, DigestBarTone, DigestHeatmapView, DigestLineChartView } from './digest.view-model';

const SERIES_COLORS = ['#1f6f8b', '#d9480f', '#6a4c93'];
export const TONE_FILL: Record<DigestBarTone, string> = { good: '#1a9850', warning: '#e6a117', attention: '#d7301f' };
const tableText = (rows: string[][]) => rows.map((row) => row.join(': ')).join('; ');

export function lineChartSvg(view: DigestLineChartView): string {
  const width = 720;
  const height = 380;
  const plot: Plot = { x: 72, y: 64, w: 620, h: 240 };
  const points = view.series[0]?.points ?? [];
  const xOf = (i: number) => plot.x + (plot.w * (i + 0.5)) / Math.max(1, points.length);
  const yOf = (v: number) => plot.y + plot.h - (v / view.max) * plot.h;
  const ticks = [0, 1, 2, 3, 4, 5].map((i) => (view.max * i) / 5);
  const body = [...axes(plot, view.max, ticks, { x: view.xAxisTitle, y: view.yAxisTitle, xAt: plot.y + plot.h + 44 })];
  body.push(...points.map((p, i) => svgText(xOf(i), plot.y + plot.h + 18, p.label, 'class="x-label" text-anchor="middle" font-size="11"')));
  view.series.forEach((series, s) => {
    const color = SERIES_COLORS[s % SERIES_COLORS.length];
    // A week without a point (no prompt, too few responses) breaks the line instead of bridging it.
    const runs: string[][] = [[]];
    series.points.forEach((p, i) => (p.value === null ? runs.push([]) : runs[runs.length - 1].push(`${fmt(xOf(i))},${fmt(yOf(p.value))}`)));
    for (const run of runs.filter((r) => r.length > 1)) body.push(`<polyline class="series" points="${run.join(' ')}" fill="none" stroke="${color}" stroke-width="3"/>`);
    series.points.forEach((p, i) => {
      if (p.value === null) {
        body.push(`<circle class="gap" cx="${fmt(xOf(i))}" cy="${fmt(plot.y + plot.h)}" r="4" fill="#ffffff" stroke="${MUTED}" stroke-width="1.5"/>`);
        return;
      }
      body.push(`<circle class="point" cx="${fmt(xOf(i))}" cy="${fmt(yOf(p.value))}" r="4.5" fill="${color}"/>`);
      body.push(svgText(xOf(i), yOf(p.value) - 10, fmt(p.value), 'class="value" text-anchor="middle" font-size="11" font-weight="bold"'));
    });
  });
  if (!view.series.some((s) => s.points.some((p) => p.value !== null))) body.push(svgText(plot.x + plot.w / 2, plot.y + plot.h / 2, view.emptyText, `class="empty" text-anchor="middle" fill="${MUTED}"`));
  body.push(...legend([...view.series.map((s, i) => ({ label: s.legend, color: SERIES_COLORS[i % SERIES_COLORS.length], shape: 'line' as const })), { label: view.gapLabel, color: MUTED, shape: 'hollow' }], plot.x, height - 14));
  return svgFrame(width, height, view.title, tableText(view.table.rows), body);
}

export function barChartSvg(view: DigestBarChartView): string {
  const width = 720;
  const height = 440;
  const plot: Plot = { x: 64, y: 64, w: 628, h: 220 };
  const n = Math.max(1, view.bars.length);
  const band = plot.w / n;
  const yOf = (v: number) => plot.y + plot.h - (v / view.max) * plot.h;
  const ticks = Array.from({ length: view.max + 1 }, (_, i) => i);
  const body = [...axes(plot, view.max, ticks, { x: view.xAxisTitle, y: view.yAxisTitle, xAt: height - 40 })];
  view.bars.forEach((bar, i) => {
    const x = plot.x + band * i + band * 0.2;
    const w = band * 0.6;
    const y = yOf(bar.value);
    body.push(`<rect class="bar bar-${bar.tone}" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(plot.y + plot.h - y)}" fill="${TONE_FILL[bar.tone]}"/>`);
    body.push(svgText(x + w / 2, y - 6, bar.valueText, 'class="value" text-anchor="middle" font-size="11" font-weight="bold"'));
    const lx = plot.x + band * (i + 0.5);
    const ly = plot.y + plot.h + 14;
    body.push(svgText(lx, ly, cutLabel(bar.label, 22), `class="x-label" text-anchor="end" font-size="11" transform="rotate(-35 ${fmt(lx)} ${fmt(ly)})"`));
  });
  if (!view.bars.length) body.push(svgText(plot.x + plot.w / 2, plot.y + plot.h / 2, view.emptyText, `class="empty" text-anchor="middle" fill="${MUTED}"`));
  body.push(...legend(view.toneLegend.map((t) => ({ label: t.label, color: TONE_FILL[t.tone], shape: 'box' as const })), plot.x, height - 14));
  return svgFrame(width, height, view.title, tableText(view.table.rows), body);
}

const CELL_W = 58;
const CELL_H = 24;
const LABEL_W = 230;
const HEADER_H = 130;

/** `maxRows`: the PNG in chat stops there (the report shows every partnership). */
export function heatmapSvg(view: DigestHeatmapView, maxRows = view.rows.length): string {
  const rows = view.rows.slice(0, maxRows);
  const top = 48 + HEADER_H;
  // Room on the right for the last column's slanted label.
  const width = Math.max(640, LABEL_W + CELL_W * view.columns.length + 120);
  const height = top + CELL_H * Math.max(1, rows.length) + 100;
  const body: string[] = [];
  view.columns.forEach((column, j) => {
    const x = LABEL_W + CELL_W * (j + 0.5);
    body.push(svgText(x, top - 8, cutLabel(column.short, 18), `class="column-label" font-size="11" transform="rotate(-45 ${fmt(x)} ${fmt(top - 8)})"`));
  });
  rows.forEach((row, i) => {
    const y = top + CELL_H * i;
    body.push(svgText(LABEL_W - 8, y + 16, cutLabel(row.label, 30), 'class="row-label" text-anchor="end" font-size="12"'));
    row.cells.forEach((cell, j) => {
      const x = LABEL_W + CELL_W * j;
      const fill = cell.value === null ? (cell.text ? '#e4e7e9' : '#ffffff') : scoreColor(cell.value, view.scale.min, view.scale.max);
      body.push(`<rect class="cell" x="${x}" y="${y}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${fill}" stroke="${GRID}"/>`);
      if (cell.text) body.push(svgText(x + (CELL_W - 2) / 2, y + 15, cell.text, `class="cell-text" text-anchor="middle" font-size="${cell.value === null ? 9 : 11}" fill="${cell.value === null ? MUTED : textOn(fill)}"`));
    });
  });
  if (!rows.length) body.push(svgText(LABEL_W, top + 16, view.emptyText, `class="empty" fill="${MUTED}"`));
  body.push(...scaleLegend(view, 16, height - 62));
  const description = rows.map((r) => `${r.label}: ${r.cells.map((c, j) => `${view.columns[j]?.label} ${c.text || '-'}`).join(', ')}`).join('; ');
  return svgFrame(width, height, view.title, description, body);
}

/** A colour bar from the lowest to the highest score, then the boxes for "too few" and "not asked". */
function scaleLegend(view: DigestHeatmapView, x: number, y: number): string[] {
  const steps = 20;
  const w = 320;
  const stops = Array.from({ length: steps }, (_, i) => {
    const value = view.scale.min + ((view.scale.max - view.scale.min) * i) / (steps - 1);
    return `<rect x="${fmt(x + (w / steps) * i)}" y="${y}" width="${fmt(w / steps + 0.5)}" height="14" fill="${scoreColor(value, view.scale.min, view.scale.max)}"/>`;
  });
  return [
    `<g class="legend scale">${stops.join('')}</g>`,
    svgText(x, y + 30, view.scale.minLabel, 'class="legend-label" font-size="11"'),
    svgText(x + w, y + 30, view.scale.maxLabel, 'class="legend-label" text-anchor="end" font-size="11"'),
    ...legend([{ label: view.tooFewLabel, color: '#e4e7e9', shape: 'box' }, { label: view.noneLabel, color: GRID, shape: 'hollow' }], x + w + 24, y + 12),
    svgText(x, y + 48, view.legend, `class="legend-note" font-size="11" fill="${MUTED}"`),
  ];
}
