/** "Mijn antwoorden": a member's answers as Block Kit (Slack). */
import { SLACK_LIMITS, contextBlock, escapeMrkdwn, headerBlock, sectionBlock } from './block-kit.helpers';
import type { Block, SlackMessage } from './block-kit.types';
import type { AnswerListViewModel } from './view-models';

/** Blocks per item: a section (label + excerpt), a context line (date · score), a divider. */
const BLOCKS_PER_ITEM = 3;

/**
 * Slack allows 50 blocks per message, so at most 16 items are shown; the domain should page or
 * limit the list (e.g. the latest 10) before it gets here.
 */
export const MAX_SLACK_ANSWER_ITEMS = Math.floor((SLACK_LIMITS.messageBlocks - 1) / BLOCKS_PER_ITEM);

export function answerListBlocks(vm: AnswerListViewModel): SlackMessage {
  const blocks: Block[] = [headerBlock(vm.title)];
  if (vm.items.length === 0) {
    blocks.push(sectionBlock(escapeMrkdwn(vm.emptyText)));
  }
  const items = vm.items.slice(0, MAX_SLACK_ANSWER_ITEMS);
  items.forEach((item, i) => {
    blocks.push(sectionBlock(`*${escapeMrkdwn(item.focusLabel)}*\n${escapeMrkdwn(item.excerpt)}`));
    blocks.push(contextBlock([item.dateText, item.scoreText]));
    if (i < items.length - 1) blocks.push({ type: 'divider' });
  });
  return { text: escapeMrkdwn(vm.title), blocks };
}
