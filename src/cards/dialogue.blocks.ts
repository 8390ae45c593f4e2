/** A dialogue table as Block Kit (Slack). */
import { SLACK_LIMITS, chunkLines, escapeMrkdwn, headerBlock, sectionBlock, truncate } from './block-kit.helpers';
import type { Block, SlackMessage } from './block-kit.types';
import { linksContext, noticeSection, panelButtonsBlock } from './panel-parts.blocks';
import type { DialogueViewModel } from './panel.view-models';

const TONE = { info: ':information_source:', success: ':white_check_mark:', warning: ':warning:' } as const;

export function dialogueBlocks(vm: DialogueViewModel): SlackMessage {
  const facts = vm.facts.map((f) => `*${escapeMrkdwn(f.label)}:* ${escapeMrkdwn(f.value)}`);
  const blocks: Block[] = [
    ...noticeSection(vm.notice),
    headerBlock(vm.title),
    ...chunkLines(facts).map(sectionBlock),
    ...(vm.statusText ? [sectionBlock(`${TONE[vm.statusTone ?? 'info']} ${escapeMrkdwn(vm.statusText)}`)] : []),
    ...linksContext(vm.links),
    ...panelButtonsBlock(vm.buttons),
  ];
  return { text: truncate(escapeMrkdwn([vm.title, vm.statusText].filter(Boolean).join(' · ')), SLACK_LIMITS.sectionText), blocks };
}
