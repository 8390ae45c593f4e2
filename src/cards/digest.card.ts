/**
 * The weekly digest as an Adaptive Card 1.5 for Teams: figures, "voor de agenda", Teams' native line and bar charts
 * (each with a table as fallback), the partnerships (the first DIGEST_CHAT_ROWS), the heat map as a picture, keywords,
 * quotes, dialogue tables, and a button to the signed HTML report. Kept well under Teams' card size limit: whatever
 * does not fit is in the report.
 */
import { barChartElement, lineChartElement, tableContainer } from './digest-chart.card';
import { adaptiveCard, headingBlock, subtleBlock, textBlock } from './adaptive-card.helpers';
import type { AcAction, AcColumnSet, AcElement, AdaptiveCard } from './adaptive-card.types';
import { MAX_ADAPTIVE_CARD_ACTIONS } from './message.card';
import { DIGEST_CHAT_ROWS, type DigestListView, type DigestViewModel } from './digest.view-model';

function section(heading: string, items: AcElement[]): AcElement[] {
  return [{ ...headingBlock(heading), size: 'default', spacing: 'large', separator: true }, ...items];
}

function factsRow(vm: DigestViewModel): AcColumnSet {
  return {
    type: 'ColumnSet',
    spacing: 'medium',
    columns: vm.facts.map((fact) => ({
      type: 'Column',
      width: 'stretch',
      items: [textBlock(fact.value, { size: 'large', weight: 'bolder' }), subtleBlock(fact.label, { spacing: 'none' })],
    })),
  };
}

function list(view: DigestListView, quoted = false): AcElement[] {
  if (!view.items.length) return [subtleBlock(view.emptyText)];
  return view.items.map((item) => textBlock(quoted ? `_“${item}”_` : `• ${item}`, { spacing: 'small' }));
}

export function digestAdaptiveCard(vm: DigestViewModel): AdaptiveCard {
  const heatmap: AcElement[] = vm.images
    ? [{ type: 'Image', url: vm.images.heatmap, altText: vm.heatmap.title, size: 'stretch' }, subtleBlock([vm.heatmap.legend, vm.images.heatmapNote].filter(Boolean).join(' '))]
    : [subtleBlock(vm.heatmap.legend)];
  const body: AcElement[] = [
    { type: 'Container', style: 'emphasis', bleed: true, items: [headingBlock(vm.title), textBlock(vm.subtitle, { spacing: 'none' }), subtleBlock(vm.privacyNote)] },
    factsRow(vm),
    { type: 'Container', style: 'warning', spacing: 'medium', items: [textBlock(vm.agenda.heading, { weight: 'bolder' }), ...list(vm.agenda)] },
    ...section(vm.trend.title, [lineChartElement(vm.trend)]),
    ...section(vm.focus.title, [barChartElement(vm.focus), tableContainer(vm.focusTable, { firstWeight: 2 })]),
    ...section(vm.partnerships.heading, [
      tableContainer(vm.partnerships.chatTable, { firstWeight: 2, maxRows: DIGEST_CHAT_ROWS }),
      ...(vm.partnerships.moreText ? [subtleBlock(vm.partnerships.moreText)] : []),
    ]),
    ...section(vm.heatmap.title, heatmap),
    ...section(vm.keywords.heading, [textBlock(vm.keywords.items.join(' · ') || vm.keywords.emptyText, { isSubtle: !vm.keywords.items.length })]),
    ...section(vm.quotes.heading, list(vm.quotes, true)),
    ...section(vm.dialogues.heading, [
      ...vm.dialogues.lines.map((line) => textBlock(line, { spacing: 'small' })),
      ...(vm.dialogues.nextSteps.length ? [textBlock(vm.dialogues.nextStepsHeading, { weight: 'bolder', spacing: 'small' }), ...vm.dialogues.nextSteps.map((s) => textBlock(`• ${s}`, { spacing: 'none' }))] : []),
    ]),
    ...(vm.report ? [subtleBlock(vm.report.untilText, { spacing: 'large' })] : []),
  ];
  const links = [...(vm.report ? [vm.report.link] : []), ...vm.otherReports].slice(0, MAX_ADAPTIVE_CARD_ACTIONS);
  const actions: AcAction[] = links.map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url }));
  return adaptiveCard(body, { lang: vm.locale, fallbackText: `${vm.title}: ${vm.subtitle}`, actions });
}
