/**
 * Both renderers of the digest view model: the Teams Adaptive Card (checked with the official renderer, Teams'
 * chart elements accepted only with a fallback) and Slack Block Kit (within Slack's limits), for an empty region, a
 * small one and a region of 100 partnerships; the charts as SVG with axes and legends, and as PNG.
 */
import { PNG } from 'pngjs';
import { barChartSvg, digestAdaptiveCard, digestBlocks, heatmapSvg, lineChartSvg } from '../../src/cards';
import { digestViewModel } from '../../src/bots/shared/digest.presenter';
import { svgToPng } from '../../src/server/svg-png';
import { checkAdaptiveCard, findByType } from '../support/adaptive-card-check';
import { checkBlockKitMessage } from '../support/block-kit-check';
import { renderDeps, sampleDigest } from './support/sample-digest';

/** Teams refuses cards over about 28 KB; keep a margin. */
const TEAMS_CARD_BYTES = 25_000;

describe.each([['nl'], ['en']] as const)('the digest renderers (%s)', (locale) => {
  it.each([[0, true], [3, false], [100, false]])('%i partnerships (empty: %s): a valid Teams card with charts and fallbacks', (n, empty) => {
    const card = digestAdaptiveCard(digestViewModel(renderDeps(), sampleDigest(n, { empty }), locale));
    expect(checkAdaptiveCard(card, { teamsCharts: true })).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_CARD_BYTES);
    const charts = [...findByType(card, 'Chart.Line'), ...findByType(card, 'Chart.VerticalBar')];
    expect(charts).toHaveLength(empty ? 0 : 2);
    // The fallback lists the same numbers (a TextBlock list or a ColumnSet table).
    for (const chart of charts) expect(['TextBlock', 'Container']).toContain((chart.fallback as { type: string }).type);
    for (const chart of charts) expect(JSON.stringify(chart.fallback)).toMatch(/\d/);
    expect(findByType(card, 'Action.OpenUrl')[0]).toMatchObject({ url: expect.stringMatching(/\/digest\/11111111-2222-4333-8444-555555555555\/2026-11-23\/report\.\w\w\.html\?expires=\d+&signature=[0-9a-f]{64}$/) });
  });

  it.each([[0, true], [3, false], [100, false]])('%i partnerships (empty: %s): Block Kit within Slack limits, images only when Slack can fetch them', (n, empty) => {
    const local = digestBlocks(digestViewModel(renderDeps(), sampleDigest(n, { empty }), locale));
    expect(checkBlockKitMessage(local)).toEqual([]);
    expect(local.blocks.filter((b) => b.type === 'image')).toHaveLength(0);
    const published = digestBlocks(digestViewModel(renderDeps({ PUBLIC_BASE_URL: 'https://oogst.example' }), sampleDigest(n, { empty }), locale));
    expect(checkBlockKitMessage(published)).toEqual([]);
    expect(published.blocks.length).toBeLessThanOrEqual(50);
    const images = published.blocks.filter((b) => b.type === 'image') as { image_url: string }[];
    expect(images.map((i) => new URL(i.image_url).pathname.split('/').pop())).toEqual([`trend.${locale}.png`, `focus.${locale}.png`, `heatmap.${locale}.png`]);
  });

  it('escapes what people typed: no markup from a region name or quote reaches Slack or the card unescaped', () => {
    const vm = digestViewModel(renderDeps(), sampleDigest(3), locale);
    expect(JSON.stringify(digestBlocks(vm))).not.toContain('<b>');
    expect(JSON.stringify(digestBlocks(vm))).toContain('&lt;b&gt;');
    expect(lineChartSvg(vm.trend)).not.toContain('<test>');
  });
});

describe('the digest charts', () => {
  const vm = digestViewModel(renderDeps(), sampleDigest(12), 'nl');

  it('are real charts: title, axes with ticks and titles, data marks and a legend', () => {
    const line = lineChartSvg(vm.trend);
    expect(line).toContain('class="axis x-axis"');
    expect(line).toContain('class="axis y-axis"');
    expect(line.match(/class="tick"/g)).toHaveLength(6); // 0, 20 ... 100
    expect(line).toContain('>Deelname (%)</text>');
    expect(line.match(/class="x-label"/g)).toHaveLength(8);
    expect(line).toContain('class="series"');
    expect(line).toContain('class="legend-item"');
    const bars = barChartSvg(vm.focus);
    expect(bars.match(/class="bar bar-/g)).toHaveLength(11);
    expect(bars).toContain('>Gemiddelde score (1-5)</text>');
    expect(bars.match(/class="legend-item"/g)).toHaveLength(3);
    const heat = heatmapSvg(vm.heatmap, 30);
    expect(heat.match(/class="row-label"/g)).toHaveLength(12);
    expect(heat).toContain('class="legend scale"');
  });

  it('render to PNG with resvg at their own size, with ink on them', () => {
    for (const [svg, width, height] of [[lineChartSvg(vm.trend), 720, 380], [barChartSvg(vm.focus), 720, 440]] as const) {
      const png = PNG.sync.read(svgToPng(svg));
      expect([png.width, png.height]).toEqual([width, height]);
      let dark = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 128 && png.data[i + 1] < 128 && png.data[i + 2] < 128) dark += 1;
      expect(dark).toBeGreaterThan(500); // axes, labels and lines, not a blank picture
    }
  });
});
