/**
 * Teams' chart elements for Adaptive Cards (schema 1.5 in Teams; not in the adaptivecards renderer, so other
 * hosts and older Teams clients show the `fallback`, which Oogst always sets: a table of the same numbers).
 * Properties as Microsoft documents them ("Charts in Adaptive Cards", Teams platform docs).
 */
import type { AcContainer, AcSpacing, AcTextBlock } from './adaptive-card.types';

/** Named colours Teams charts accept for a bar or a series. */
export type AcChartColor = 'good' | 'warning' | 'attention' | 'neutral' | 'categoricalBlue' | 'categoricalTeal' | 'categoricalPurple';

interface AcChartBase {
  id?: string;
  spacing?: AcSpacing;
  separator?: boolean;
  title: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  colorSet?: 'categorical' | 'sequential' | 'diverging';
  /** Required by Oogst: what clients without charts show instead (the numbers as a list or a table). */
  fallback: AcContainer | AcTextBlock;
}

export interface AcChartVerticalBar extends AcChartBase {
  type: 'Chart.VerticalBar';
  data: { x: string; y: number; color?: AcChartColor }[];
  showBarValues?: boolean;
}

export interface AcChartLine extends AcChartBase {
  type: 'Chart.Line';
  data: { legend: string; color?: AcChartColor; values: { x: string; y: number }[] }[];
}

export type AcChart = AcChartVerticalBar | AcChartLine;
