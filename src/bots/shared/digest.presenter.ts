/**
 * The domain's RegionDigest -> the neutral DigestViewModel, localised, with the signed links of the report and the
 * chart pictures. Used for scheduled deliveries (gateways), "digest nu" and the HTML report, so all three say the
 * same. Every figure arrives through the privacy threshold already; this only decides how it reads.
 */
import { DIGEST_CHAT_ROWS, type DigestBarTone, type DigestLinkView, type DigestTableView, type DigestViewModel } from '../../cards/digest.view-model';
import { scoreLabel } from '../../domain/catalogue/reflection-questions.data';
import { isoWeekNumber } from '../../domain/digest/digest-period';
import type { AgendaItem, RegionDigest } from '../../domain/digest/digest.types';
import { formatDate, Locale, t } from '../../domain/i18n';
import { digestLinks } from '../../server/digest/digest.links';
import type { PlatformDeps } from './platform-deps';
import { dayText, decimal, focusLabel, percentText, pointsText, scoreText, shortPointsText, signed, trendText } from './digest-format';

/** Rows of the heat map picture in chat (the report shows them all). */
export const DIGEST_HEATMAP_IMAGE_ROWS = 30;

export interface DigestViewOptions {
  /** Leave out the links (the report itself) or add links to other regions' reports ("digest nu" of a lead of several). */
  links?: boolean;
  others?: readonly { regionId: string; name: string }[];
}

const toneOf = (score: number): DigestBarTone => (score >= 3.5 ? 'good' : score >= 2.5 ? 'warning' : 'attention');

function agendaLine(locale: Locale, item: AgendaItem): string {
  switch (item.kind) {
    case 'lowScore':
      return t(locale, 'digest.agenda.lowScore', { focus: focusLabel(item.focusCode, locale), score: decimal(locale, item.average) });
    case 'falling':
      return t(locale, 'digest.agenda.falling', { focus: focusLabel(item.focusCode, locale), trend: signed(locale, item.trend) });
    case 'participationDrop':
      return item.change.kind === 'value'
        ? t(locale, 'digest.agenda.drop', { partnership: item.name, change: pointsText(locale, item.change) })
        : t(locale, 'digest.agenda.dropTooFew', { partnership: item.name });
  }
}

function trendView(d: RegionDigest, locale: Locale): DigestViewModel['trend'] {
  const label = (week: string) => t(locale, 'digest.chart.weekLabel', { number: isoWeekNumber(week) });
  const table: DigestTableView = {
    columns: [t(locale, 'digest.chart.week'), t(locale, 'digest.column.prompts'), t(locale, 'digest.column.participation'), t(locale, 'digest.column.average')],
    rows: d.trend.map((p) => [label(p.week), String(p.prompts), percentText(locale, p.participation, { none: t(locale, 'digest.noPrompt') }), scoreText(locale, p.average)]),
  };
  return {
    title: t(locale, 'digest.section.trend'), xAxisTitle: t(locale, 'digest.chart.week'), yAxisTitle: t(locale, 'digest.chart.participation'), max: 100,
    series: [{ legend: t(locale, 'digest.chart.region'), points: d.trend.map((p) => ({ label: label(p.week), value: p.participation.kind === 'value' ? p.participation.value : null })) }],
    table, emptyText: t(locale, 'digest.chart.noData'), gapLabel: t(locale, 'digest.chart.gap'),
  };
}

function focusViews(d: RegionDigest, locale: Locale): Pick<DigestViewModel, 'focus' | 'focusTable'> {
  const focusTable: DigestTableView = {
    columns: [t(locale, 'digest.column.focus'), t(locale, 'digest.column.average'), t(locale, 'digest.column.spread'), t(locale, 'digest.column.trend')],
    rows: d.focus.map((f) => [focusLabel(f.focusCode, locale), scoreText(locale, f.average), scoreText(locale, f.spread), trendText(locale, f.trend)]),
  };
  const bars = d.focus.flatMap((f) => (f.average.kind === 'value' ? [{ label: focusLabel(f.focusCode, locale), value: f.average.value, valueText: decimal(locale, f.average.value), tone: toneOf(f.average.value) }] : []));
  return {
    focusTable,
    focus: {
      title: t(locale, 'digest.section.focus'), xAxisTitle: t(locale, 'digest.chart.focus'), yAxisTitle: t(locale, 'digest.chart.average'), max: 5,
      legend: t(locale, 'digest.chart.average'),
      toneLegend: (['good', 'warning', 'attention'] as const).map((tone) => ({ tone, label: t(locale, `digest.tone.${tone}`) })),
      bars, table: { columns: focusTable.columns.slice(0, 2), rows: focusTable.rows.map((r) => r.slice(0, 2)) }, emptyText: t(locale, 'digest.chart.noData'),
    },
  };
}

/** For chat: the first rows, the name cut, prompts and answers in one column ("1 / 23"). */
function chatTable(d: RegionDigest, locale: Locale): DigestTableView {
  const col = (key: 'partnership' | 'participation' | 'change') => t(locale, `digest.column.${key}`);
  return {
    columns: [col('partnership'), `${t(locale, 'digest.column.prompts')} / ${t(locale, 'digest.column.answers')}`, col('participation'), col('change')],
    rows: d.partnerships.slice(0, DIGEST_CHAT_ROWS).map((p) => [
      p.name.length > 40 ? `${p.name.slice(0, 39)}…` : p.name, `${p.prompts} / ${scoreTextInt(locale, p.answers)}`,
      percentText(locale, p.participation, { none: t(locale, 'digest.noPrompt') }), shortPointsText(locale, p.change),
    ]),
  };
}

function partnershipTable(d: RegionDigest, locale: Locale): DigestTableView {
  const col = (key: 'partnership' | 'members' | 'prompts' | 'answers' | 'participation' | 'change') => t(locale, `digest.column.${key}`);
  return {
    columns: [col('partnership'), col('members'), col('prompts'), col('answers'), col('participation'), col('change')],
    rows: d.partnerships.map((p) => [
      p.name, String(p.members), String(p.prompts),
      scoreTextInt(locale, p.answers), percentText(locale, p.participation, { none: t(locale, 'digest.noPrompt') }), shortPointsText(locale, p.change),
    ]),
  };
}

const scoreTextInt = (locale: Locale, f: RegionDigest['totals']['answers']) => (f.kind === 'value' ? String(f.value) : f.kind === 'tooFew' ? t(locale, 'digest.tooFew') : '—');

function heatmapView(d: RegionDigest, locale: Locale): DigestViewModel['heatmap'] {
  return {
    title: t(locale, 'digest.section.heatmap'),
    columns: d.heatmap.focusCodes.map((code) => ({ label: focusLabel(code, locale), short: focusLabel(code, locale) })),
    rows: d.heatmap.rows.map((row) => ({
      label: row.name,
      cells: row.cells.map((c) => (c.kind === 'value' ? { text: decimal(locale, c.value), value: c.value } : { text: c.kind === 'tooFew' ? t(locale, 'digest.tooFew.short') : '', value: null })),
    })),
    legend: t(locale, 'digest.heatmap.legend'),
    scale: { min: 1, max: 5, minLabel: `1 ${scoreLabel(1, locale)}`, maxLabel: `5 ${scoreLabel(5, locale)}` },
    tooFewLabel: t(locale, 'digest.tooFew'), noneLabel: t(locale, 'digest.heatmap.none'), emptyText: t(locale, 'digest.chart.noData'),
  };
}

export function digestViewModel(deps: Pick<PlatformDeps, 'config' | 'clock'>, d: RegionDigest, locale: Locale, options: DigestViewOptions = {}): DigestViewModel {
  const now = deps.clock.now();
  const links = options.links === false ? undefined : digestLinks(deps.config, d.region.id, d.week, locale, now);
  const table = partnershipTable(d, locale);
  const others: DigestLinkView[] = (options.others ?? []).map((o) => ({ label: t(locale, 'digest.report.other', { region: o.name }), url: digestLinks(deps.config, o.regionId, d.week, locale, now).report }));
  const dl = d.dialogues;
  return {
    locale,
    title: t(locale, 'digest.title', { region: d.region.name }),
    subtitle: t(locale, 'digest.week', { number: isoWeekNumber(d.week), from: dayText(locale, d.week), to: dayText(locale, d.weekEnd, true) }),
    privacyNote: t(locale, 'digest.privacy', { min: d.minGroup }),
    facts: [
      { label: t(locale, 'digest.totals.prompts'), value: String(d.totals.prompts) },
      { label: t(locale, 'digest.totals.answers'), value: scoreTextInt(locale, d.totals.answers) },
      { label: t(locale, 'digest.totals.participation'), value: percentText(locale, d.totals.participation, { none: t(locale, 'digest.noPrompt') }) },
      { label: t(locale, 'digest.totals.change'), value: shortPointsText(locale, d.totals.change) },
    ],
    agenda: { heading: t(locale, 'digest.section.agenda'), items: d.agenda.map((item) => agendaLine(locale, item)), emptyText: t(locale, 'digest.agenda.empty') },
    trend: trendView(d, locale),
    ...focusViews(d, locale),
    partnerships: {
      heading: t(locale, 'digest.section.partnerships'), table, chatTable: chatTable(d, locale),
      ...(table.rows.length > DIGEST_CHAT_ROWS ? { moreText: t(locale, 'digest.partnerships.more', { count: table.rows.length - DIGEST_CHAT_ROWS }) } : {}),
    },
    heatmap: heatmapView(d, locale),
    keywords: { heading: t(locale, 'digest.section.keywords'), items: d.keywords.map((k) => `${k.text} (${k.count})`), emptyText: t(locale, 'digest.keywords.none') },
    quotes: { heading: t(locale, 'digest.section.quotes'), items: [...d.quotes], emptyText: t(locale, 'digest.quotes.none') },
    dialogues: {
      heading: t(locale, 'digest.section.dialogues'),
      lines: dl ? [t(locale, 'digest.dialogues.counts', { planned: dl.planned, held: dl.held, overdue: dl.overdueFollowUps })] : [t(locale, 'digest.dialogues.unavailable')],
      nextStepsHeading: t(locale, 'digest.dialogues.nextSteps'),
      nextSteps: (dl?.nextSteps ?? []).map((s) => `${s.partnershipName}: ${s.text}`),
    },
    ...(links ? {
      report: { link: { label: t(locale, 'digest.report.open'), url: links.report }, untilText: t(locale, 'digest.report.until', { date: formatDate(locale, links.expiresAt, undefined, { withYear: true }) }) },
      images: { ...links.charts, reachable: links.reachable, heatmapNote: d.heatmap.rows.length > DIGEST_HEATMAP_IMAGE_ROWS ? t(locale, 'digest.heatmap.more') : '' },
    } : {}),
    otherReports: others,
    printLabel: t(locale, 'digest.report.print'),
    madeText: t(locale, 'digest.report.made', { date: formatDate(locale, d.generatedAt, undefined, { withYear: true }) }),
  };
}
