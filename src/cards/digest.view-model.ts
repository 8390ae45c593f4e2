/**
 * The neutral view model of the regional lead's weekly digest, already localised and with every figure already
 * through the privacy threshold (src/domain/digest). Rendered three times: an Adaptive Card with Teams' native
 * charts, a Block Kit message with chart images (Slack), and the standalone HTML report with inline SVG charts.
 */

/** Rows of the partnership table a chat message shows (a card has a size limit); the report shows all. */
export const DIGEST_CHAT_ROWS = 10;

/** A table as text cells: the charts' fallback and the report's tables. */
export interface DigestTableView { columns: string[]; rows: string[][] }

export interface DigestLinePoint { label: string; value: number | null }

/** A line chart over the trend weeks; `max` is the top of the y axis. */
export interface DigestLineChartView {
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  max: number;
  series: { legend: string; points: DigestLinePoint[] }[];
  /** The same numbers as a table: the fallback for clients without charts, and for screen readers. */
  table: DigestTableView;
  emptyText: string;
  /** Legend entry for weeks without a point (no prompt, or too few responses). */
  gapLabel: string;
}

export type DigestBarTone = 'good' | 'warning' | 'attention';

export interface DigestBarChartView {
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  max: number;
  legend: string;
  /** What each bar colour means ("3,5 of hoger" ...), in the legend. */
  toneLegend: { tone: DigestBarTone; label: string }[];
  bars: { label: string; value: number; valueText: string; tone: DigestBarTone }[];
  table: DigestTableView;
  emptyText: string;
}

export interface DigestHeatCellView { text: string; value: number | null }

export interface DigestHeatmapView {
  title: string;
  columns: { label: string; short: string }[];
  rows: { label: string; cells: DigestHeatCellView[] }[];
  legend: string;
  /** Low and high end of the colour scale, as labels of the legend. */
  scale: { min: number; max: number; minLabel: string; maxLabel: string };
  tooFewLabel: string;
  noneLabel: string;
  emptyText: string;
}

export interface DigestFactView { label: string; value: string }

export interface DigestListView { heading: string; items: string[]; emptyText: string }

export interface DigestLinkView { label: string; url: string }

export interface DigestViewModel {
  locale: string;
  title: string;
  subtitle: string;
  privacyNote: string;
  facts: DigestFactView[];
  agenda: DigestListView;
  trend: DigestLineChartView;
  focus: DigestBarChartView;
  /** Average, spread and trend per focus point (the bar chart shows the averages). */
  focusTable: DigestTableView;
  /**
   * All partnerships (the report); chat messages show `chatTable`: the first DIGEST_CHAT_ROWS, fewer columns (a card
   * has a size limit), then `moreText`.
   */
  partnerships: { heading: string; table: DigestTableView; chatTable: DigestTableView; moreText?: string };
  heatmap: DigestHeatmapView;
  keywords: DigestListView;
  quotes: DigestListView;
  dialogues: { heading: string; lines: string[]; nextStepsHeading: string; nextSteps: string[] };
  /** The signed report link (absent in the report itself). */
  report?: { link: DigestLinkView; untilText: string };
  /** Signed PNGs of the charts; `reachable`: the platform's servers can fetch them (a public https address). */
  images?: { trend: string; focus: string; heatmap: string; reachable: boolean; heatmapNote: string };
  otherReports: DigestLinkView[];
  printLabel: string;
  madeText: string;
}
