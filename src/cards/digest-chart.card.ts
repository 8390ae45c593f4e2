/**
 * Teams' native chart elements for the digest, each with a fallback: a table of the same numbers as a Container of
 * ColumnSets, which every Adaptive Card host renders (and which the official renderer can check).
 */
import type { AcChartColor, AcChartLine, AcChartVerticalBar } from './adaptive-card-charts.types';
import { subtleBlock, textBlock } from './adaptive-card.helpers';
import type { AcColumnSet, AcContainer, AcTextBlock } from './adaptive-card.types';
import type { DigestBarChartView, DigestBarTone, DigestLineChartView, DigestTableView } from './digest.view-model';

/** A table as ColumnSets: the first column wide, the rest narrow; a bold header row. */
export function tableContainer(table: DigestTableView, options: { firstWeight?: number; maxRows?: number } = {}): AcContainer {
  const weights = table.columns.map((_, i) => (i === 0 ? (options.firstWeight ?? 3) : 1));
  const row = (cells: string[], header: boolean): AcColumnSet => ({
    type: 'ColumnSet',
    spacing: 'none',
    columns: cells.map((cell, i) => ({
      type: 'Column',
      width: weights[i],
      items: [textBlock(cell || ' ', { size: 'small', ...(header ? { weight: 'bolder' as const } : {}) })],
    })),
  });
  const rows = table.rows.slice(0, options.maxRows ?? table.rows.length);
  return { type: 'Container', spacing: 'small', items: [row(table.columns, true), ...rows.map((cells) => row(cells, false))] };
}

const TONE_COLORS: Record<DigestBarTone, AcChartColor> = { good: 'good', warning: 'warning', attention: 'attention' };

/** The numbers of a chart as a markdown list in one TextBlock: the compact fallback (a card has a size limit). */
export function listFallback(table: DigestTableView, columns: number[]): AcTextBlock {
  const line = (row: string[]) => `- ${row[0]}: ${columns.map((i) => `${table.columns[i]} ${row[i]}`).join(', ')}`;
  return textBlock(table.rows.map(line).join('\n'), { size: 'small' });
}

export function lineChartElement(view: DigestLineChartView): AcChartLine | AcContainer {
  const fallback = listFallback(view.table, [2, 3]);
  const series = view.series
    .map((s) => ({ legend: s.legend, color: 'categoricalBlue' as const, values: s.points.flatMap((p) => (p.value === null ? [] : [{ x: p.label, y: p.value }])) }))
    .filter((s) => s.values.length > 0);
  if (!series.length) return { type: 'Container', items: [subtleBlock(view.emptyText)] };
  return { type: 'Chart.Line', title: view.title, xAxisTitle: view.xAxisTitle, yAxisTitle: view.yAxisTitle, data: series, fallback };
}

export function barChartElement(view: DigestBarChartView): AcChartVerticalBar | AcContainer {
  if (!view.bars.length) return { type: 'Container', items: [subtleBlock(view.emptyText)] };
  return {
    type: 'Chart.VerticalBar',
    title: view.title,
    xAxisTitle: view.xAxisTitle,
    yAxisTitle: view.yAxisTitle,
    showBarValues: true,
    data: view.bars.map((bar) => ({ x: bar.label, y: bar.value, color: TONE_COLORS[bar.tone] })),
    fallback: listFallback(view.table, [1]),
  };
}
