/**
 * Building blocks of the digest's SVG charts (pure string functions): the frame, axes with grid lines, tick
 * labels and axis titles, a legend, and a colour scale for scores. The same SVG is inlined in the HTML report
 * and rendered to PNG by the server (resvg, with the system's DejaVu fonts).
 */
import { escapeXml } from './circles-diagram.svg';

export const CHART_FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';
export const INK = '#1b2a30';
export const GRID = '#d9e1e4';
export const MUTED = '#5b6b70';

export interface Plot { x: number; y: number; w: number; h: number }

export const fmt = (n: number): string => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');

export function svgText(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

/** Cuts a label to `max` characters with an ellipsis (the tables next to the chart hold the full text). */
export function cutLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function svgFrame(width: number, height: number, title: string, description: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" font-size="13" fill="${INK}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    svgText(16, 28, title, 'class="chart-title" font-size="16" font-weight="bold"'),
    ...body,
    '</svg>',
  ].join('\n') + '\n';
}

/** Horizontal grid lines with y tick labels, both axis lines, and the axis titles. */
/** `titles.xAt`: the baseline of the x axis title (below the tick labels, which differ per chart). */
export function axes(plot: Plot, max: number, ticks: readonly number[], titles: { x: string; y: string; xAt: number }, tickText: (n: number) => string = fmt): string[] {
  const yOf = (v: number) => plot.y + plot.h - (v / max) * plot.h;
  const grid = ticks.flatMap((tick) => [
    `<line class="grid" x1="${fmt(plot.x)}" y1="${fmt(yOf(tick))}" x2="${fmt(plot.x + plot.w)}" y2="${fmt(yOf(tick))}" stroke="${GRID}" stroke-width="1"/>`,
    svgText(plot.x - 8, yOf(tick) + 4, tickText(tick), `class="tick" text-anchor="end" font-size="11" fill="${MUTED}"`),
  ]);
  const bottom = plot.y + plot.h;
  return [
    ...grid,
    `<line class="axis x-axis" x1="${fmt(plot.x)}" y1="${fmt(bottom)}" x2="${fmt(plot.x + plot.w)}" y2="${fmt(bottom)}" stroke="${INK}" stroke-width="1.5"/>`,
    `<line class="axis y-axis" x1="${fmt(plot.x)}" y1="${fmt(plot.y)}" x2="${fmt(plot.x)}" y2="${fmt(bottom)}" stroke="${INK}" stroke-width="1.5"/>`,
    svgText(plot.x - 46, plot.y + plot.h / 2, titles.y, `class="axis-title" text-anchor="middle" font-size="12" transform="rotate(-90 ${fmt(plot.x - 46)} ${fmt(plot.y + plot.h / 2)})"`),
    svgText(plot.x + plot.w / 2, titles.xAt, titles.x, 'class="axis-title x-title" text-anchor="middle" font-size="12"'),
  ];
}

export interface LegendItem { label: string; color: string; shape: 'line' | 'box' | 'hollow' }

/** A legend row starting at (x, y); returns the SVG and its width. */
export function legend(items: readonly LegendItem[], x: number, y: number): string[] {
  let at = x;
  return items.flatMap((item) => {
    const mark = item.shape === 'line'
      ? `<line x1="${fmt(at)}" y1="${fmt(y - 4)}" x2="${fmt(at + 18)}" y2="${fmt(y - 4)}" stroke="${item.color}" stroke-width="3"/><circle cx="${fmt(at + 9)}" cy="${fmt(y - 4)}" r="3.5" fill="${item.color}"/>`
      : `<rect x="${fmt(at)}" y="${fmt(y - 11)}" width="14" height="14" fill="${item.shape === 'hollow' ? '#ffffff' : item.color}" stroke="${item.shape === 'hollow' ? item.color : 'none'}"/>`;
    const label = svgText(at + 22, y, item.label, 'class="legend-label" font-size="12"');
    at += 22 + [...item.label].length * 7 + 18;
    return [`<g class="legend-item">${mark}${label}</g>`];
  });
}

const STOPS: [number, [number, number, number]][] = [[0, [215, 48, 39]], [0.5, [254, 224, 139]], [1, [26, 152, 80]]];

/** Red (low) - yellow - green (high), for a score between min and max. */
export function scoreColor(value: number, min: number, max: number): string {
  const t = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const upper = STOPS.findIndex(([at]) => at >= t);
  const [a, ca] = STOPS[Math.max(0, upper - 1)];
  const [b, cb] = STOPS[upper];
  const f = b === a ? 0 : (t - a) / (b - a);
  const rgb = ca.map((c, i) => Math.round(c + (cb[i] - c) * f));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Black or white text, whichever reads better on `background` (#rrggbb). */
export function textOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? INK : '#ffffff';
}
