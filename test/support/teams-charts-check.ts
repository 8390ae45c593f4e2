/**
 * Checks Teams' chart elements in an Adaptive Card (used by adaptive-card-check.ts with `teamsCharts: true`).
 * The official renderer does not know them, so this checks what Microsoft documents for them ("Charts in Adaptive
 * Cards", Teams platform docs): the properties, the shape of `data`, and that a `fallback` element is present, so
 * hosts without charts (older Teams clients, other Adaptive Card hosts) still show the numbers.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const COMMON = ['type', 'id', 'title', 'xAxisTitle', 'yAxisTitle', 'colorSet', 'color', 'fallback', 'spacing', 'separator', 'isVisible', 'height', 'horizontalAlignment', 'requires', 'targetWidth', 'grid.area', 'lang'];

interface ChartSpec { props: string[]; item: string[]; values?: string[] }

/** Per chart type: its own properties, the keys of a data item, and of a data item's `values` (series charts). */
const CHARTS: Record<string, ChartSpec> = {
  'Chart.VerticalBar': { props: ['data', 'showBarValues'], item: ['x', 'y', 'color'] },
  'Chart.HorizontalBar': { props: ['data', 'displayMode'], item: ['x', 'y', 'color'] },
  'Chart.Line': { props: ['data'], item: ['legend', 'values', 'color'], values: ['x', 'y'] },
  'Chart.VerticalBar.Grouped': { props: ['data', 'stacked', 'showBarValues'], item: ['legend', 'values', 'color'], values: ['x', 'y'] },
  'Chart.Donut': { props: ['data'], item: ['legend', 'value', 'color'] },
  'Chart.Pie': { props: ['data'], item: ['legend', 'value', 'color'] },
};

export const isChart = (node: Json): boolean => typeof node.type === 'string' && node.type.startsWith('Chart.');

/** The renderer's "Unknown element type" event for a chart type this check knows. */
export function isAcceptedChartEvent(message: string): boolean {
  const match = /Unknown element type "(Chart\.[\w.]+)"/.exec(message);
  return match !== null && match[1] in CHARTS;
}

const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

function checkItem(item: unknown, keys: string[], at: string): string[] {
  if (!isObject(item)) return [`${at}: not an object`];
  const problems = Object.keys(item).filter((k) => !keys.includes(k)).map((k) => `${at}: unknown property "${k}"`);
  if ('x' in item && typeof item.x !== 'string' && !finite(item.x)) problems.push(`${at}.x must be a string or a number`);
  for (const key of ['y', 'value']) if (keys.includes(key) && key in item && !finite(item[key])) problems.push(`${at}.${key} must be a finite number`);
  if (keys.includes('y') && !('y' in item)) problems.push(`${at}.y is missing`);
  return problems;
}

function checkChart(node: Json, at: string): string[] {
  const type = String(node.type);
  const spec = CHARTS[type];
  if (!spec) return [`${at}: ${type} is not a chart type this check knows`];
  const problems: string[] = [];
  for (const key of Object.keys(node)) if (![...COMMON, ...spec.props].includes(key)) problems.push(`${at}: unknown property "${key}"`);
  if (!isObject(node.fallback) || typeof node.fallback.type !== 'string') problems.push(`${at}: needs a fallback element (a table of the numbers), not ${JSON.stringify(node.fallback ?? null)}`);
  if (typeof node.title !== 'string' || node.title.trim() === '') problems.push(`${at}: title is missing`);
  const data = node.data;
  if (!Array.isArray(data) || data.length === 0) return [...problems, `${at}: data must be a non-empty array`];
  data.forEach((item, i) => {
    problems.push(...checkItem(item, spec.item, `${at}.data[${i}]`));
    if (spec.values && isObject(item)) {
      const values = item.values;
      if (!Array.isArray(values) || values.length === 0) problems.push(`${at}.data[${i}].values must be a non-empty array`);
      else values.forEach((v, j) => problems.push(...checkItem(v, spec.values!, `${at}.data[${i}].values[${j}]`)));
    }
  });
  return problems;
}

/** Every chart element anywhere in the card (body, containers, columns, fallbacks). */
export function checkTeamsCharts(card: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${at}[${i}]`));
    else if (isObject(node)) {
      if (isChart(node)) problems.push(...checkChart(node, `${at} (${String(node.type)})`));
      for (const [key, value] of Object.entries(node)) if (key !== 'data') walk(value, `${at}.${key}`);
    }
  };
  walk(card, 'card');
  return problems;
}
