/** The closing summary as a Slack thread reply (Block Kit). Typed text is escaped, shared quotes are block quotes. */
import { chunkLines, escapeMrkdwn, quoteMrkdwn, sectionBlock, SLACK_LIMITS, truncate } from './block-kit.helpers';
import type { Block, SlackMessage } from './block-kit.types';
import type { SummaryViewModel } from './rhythm.view-models';

export function summaryBlocks(vm: SummaryViewModel): SlackMessage {
  const blocks: Block[] = [sectionBlock(`*${escapeMrkdwn(truncate(vm.title, 500))}*`), ...chunkLines(vm.lines.map(escapeMrkdwn)).map(sectionBlock)];
  if (vm.quotes.length > 0) blocks.push(...chunkLines(vm.quotes.map(quoteMrkdwn)).map(sectionBlock));
  const text = [vm.title, ...vm.lines].join('\n');
  return { text: truncate(escapeMrkdwn(text), SLACK_LIMITS.sectionText), blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks) };
}
