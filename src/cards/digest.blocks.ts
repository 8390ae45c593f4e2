/**
 * The weekly digest as Block Kit (Slack): the same content as the Teams card, with the charts as images (PNG
 * rendered by Oogst from the report's SVG, at signed links) when Slack can fetch them, otherwise as text tables.
 * Within Slack's limits: at most 50 blocks, 3,000 characters per text (truncate cuts what would not fit).
 */
import { SLACK_LIMITS, chunkLines, contextBlock, escapeMrkdwn, headerBlock, plain, quoteMrkdwn, sectionBlock, truncate } from './block-kit.helpers';
import type { ActionsBlock, Block, ImageBlock, SlackMessage } from './block-kit.types';
import { linkActionId } from './privacy.view-model';
import { DIGEST_CHAT_ROWS, type DigestListView, type DigestTableView, type DigestViewModel } from './digest.view-model';

/** A table as a monospaced code block: columns padded to their widest cell (cut at 28 characters). */
export function codeTable(table: DigestTableView, maxRows = table.rows.length): string {
  const rows = [table.columns, ...table.rows.slice(0, maxRows)].map((row) => row.map((cell) => truncate(cell, 28)));
  const widths = table.columns.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
  return truncate(`\`\`\`\n${escapeMrkdwn(lines.join('\n'))}\n\`\`\``, SLACK_LIMITS.sectionText);
}

const heading = (text: string) => `*${escapeMrkdwn(text)}*`;

function listSection(view: DigestListView, quoted = false): Block {
  const body = view.items.length ? view.items.map((item) => (quoted ? quoteMrkdwn(item) : `• ${escapeMrkdwn(item)}`)).join('\n') : `_${escapeMrkdwn(view.emptyText)}_`;
  return sectionBlock(truncate(`${heading(view.heading)}\n${body}`, SLACK_LIMITS.sectionText));
}

function image(url: string, alt: string, title: string): ImageBlock {
  return { type: 'image', image_url: url, alt_text: truncate(alt || title, 2000), title: plain(title, 2000) };
}

export function digestBlocks(vm: DigestViewModel): SlackMessage {
  const images = vm.images?.reachable ? vm.images : undefined;
  const facts = vm.facts.map((f) => `${heading(f.label)}: ${escapeMrkdwn(f.value)}`).join('\n');
  const blocks: Block[] = [
    headerBlock(vm.title),
    contextBlock([vm.subtitle, vm.privacyNote]),
    sectionBlock(facts),
    listSection(vm.agenda),
    { type: 'divider' },
    ...(images ? [image(images.trend, vm.trend.table.rows.map((r) => r.join(' ')).join('; '), vm.trend.title)] : [sectionBlock(`${heading(vm.trend.title)}\n${codeTable(vm.trend.table)}`)]),
    ...(images ? [image(images.focus, vm.focus.table.rows.map((r) => r.join(' ')).join('; '), vm.focus.title)] : []),
    sectionBlock(`${heading(vm.focus.title)}\n${codeTable(vm.focusTable)}`),
    sectionBlock(`${heading(vm.partnerships.heading)}\n${codeTable(vm.partnerships.chatTable, DIGEST_CHAT_ROWS)}`),
    ...(vm.partnerships.moreText ? [contextBlock([vm.partnerships.moreText])] : []),
    ...(images ? [image(images.heatmap, vm.heatmap.title, vm.heatmap.title), contextBlock([vm.heatmap.legend, images.heatmapNote].filter(Boolean))] : []),
    { type: 'divider' },
    sectionBlock(truncate(`${heading(vm.keywords.heading)}\n${escapeMrkdwn(vm.keywords.items.join(' · ')) || `_${escapeMrkdwn(vm.keywords.emptyText)}_`}`, SLACK_LIMITS.sectionText)),
    listSection(vm.quotes, true),
    ...chunkLines([heading(vm.dialogues.heading), ...vm.dialogues.lines.map(escapeMrkdwn), ...(vm.dialogues.nextSteps.length ? [heading(vm.dialogues.nextStepsHeading), ...vm.dialogues.nextSteps.map((s) => `• ${escapeMrkdwn(s)}`)] : [])]).slice(0, 2).map(sectionBlock),
  ];
  const links = [...(vm.report ? [vm.report.link] : []), ...vm.otherReports];
  if (links.length) {
    const actions: ActionsBlock = {
      type: 'actions',
      block_id: 'digest',
      elements: links.slice(0, 5).map((link, i) => ({ type: 'button', action_id: linkActionId(i), text: plain(link.label, SLACK_LIMITS.buttonText), url: link.url, ...(i === 0 ? { style: 'primary' as const } : {}) })),
    };
    blocks.push(actions);
  }
  if (vm.report) blocks.push(contextBlock([vm.report.untilText]));
  return { text: truncate(escapeMrkdwn(`${vm.title}: ${vm.subtitle}`), SLACK_LIMITS.sectionText), blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks) };
}
