/**
 * The Adaptive Card checker's `teamsCharts` option: Teams' chart elements pass only when asked for and only with a
 * fallback element that is itself valid; their own properties and data are checked too. Without the option a chart
 * is what the official renderer says it is: an unknown element.
 */
import { checkAdaptiveCard } from '../support/adaptive-card-check';

const card = (...body: unknown[]) => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body });
const table = { type: 'Container', items: [{ type: 'TextBlock', text: 'Kwaliteit: 3,4', wrap: true }] };
const bars = (extra: Record<string, unknown> = {}) => ({ type: 'Chart.VerticalBar', title: 'Focuspunten', xAxisTitle: 'Focuspunt', yAxisTitle: 'Score', data: [{ x: 'Kwaliteit', y: 3.4, color: 'good' }], fallback: table, ...extra });
const line = (extra: Record<string, unknown> = {}) => ({ type: 'Chart.Line', title: 'Deelname', data: [{ legend: 'Regio', values: [{ x: 'wk 47', y: 80 }, { x: 'wk 48', y: 64 }] }], fallback: { type: 'TextBlock', text: '- wk 47: 80%' }, ...extra });

describe('checkAdaptiveCard with teamsCharts', () => {
  it('accepts a bar chart and a line chart that carry a fallback, inside containers too', () => {
    expect(checkAdaptiveCard(card(bars(), { type: 'Container', items: [line()] }), { teamsCharts: true })).toEqual([]);
  });

  it('without the option, a chart is an unknown element', () => {
    expect(checkAdaptiveCard(card(bars())).join('\n')).toMatch(/UnknownElementType[\s\S]*Chart\.VerticalBar/);
  });

  it('refuses a chart without a fallback element ("drop" or none)', () => {
    const { fallback: _none, ...bare } = bars();
    expect(checkAdaptiveCard(card(bare), { teamsCharts: true }).join('\n')).toMatch(/needs a fallback element/);
    expect(checkAdaptiveCard(card(bars({ fallback: 'drop' })), { teamsCharts: true }).join('\n')).toMatch(/needs a fallback element/);
  });

  it('checks the fallback like any element', () => {
    const problems = checkAdaptiveCard(card(bars({ fallback: { type: 'Container', items: [{ type: 'TextBlock', text: 'x', colour: 'good' }] } })), { teamsCharts: true });
    expect(problems.join('\n')).toMatch(/unknown property "colour"/);
    expect(checkAdaptiveCard(card(bars({ fallback: { type: 'Chart.Pie' } })), { teamsCharts: true }).length).toBeGreaterThan(0);
  });

  it('checks the chart\'s own properties and data', () => {
    expect(checkAdaptiveCard(card(bars({ xAxisLabel: 'oops' })), { teamsCharts: true }).join('\n')).toMatch(/unknown property "xAxisLabel"/);
    expect(checkAdaptiveCard(card(bars({ data: [] })), { teamsCharts: true }).join('\n')).toMatch(/data must be a non-empty array/);
    expect(checkAdaptiveCard(card(bars({ data: [{ x: 'a', y: 'drie' }] })), { teamsCharts: true }).join('\n')).toMatch(/y must be a finite number/);
    expect(checkAdaptiveCard(card(line({ data: [{ legend: 'Regio', values: [] }] })), { teamsCharts: true }).join('\n')).toMatch(/values must be a non-empty array/);
    expect(checkAdaptiveCard(card(bars({ title: '' })), { teamsCharts: true }).join('\n')).toMatch(/title is missing/);
    expect(checkAdaptiveCard(card({ ...bars(), type: 'Chart.Radar' }), { teamsCharts: true }).join('\n')).toMatch(/Chart\.Radar/);
  });
});
