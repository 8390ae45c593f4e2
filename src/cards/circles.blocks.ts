/** Partners in beeld as Block Kit (Slack): the state, or the summary with the picture as an image block. */
import { SLACK_LIMITS, contextBlock, escapeMrkdwn, headerBlock, sectionBlock, truncate } from './block-kit.helpers';
import type { Block, SlackMessage } from './block-kit.types';
import { linksContext, noticeSection, panelButtonsBlock } from './panel-parts.blocks';
import type { CirclesViewModel } from './panel.view-models';

export function circlesBlocks(vm: CirclesViewModel): SlackMessage {
  const actorLines = vm.inner.map((a) => `• ${a.challenging ? `*${escapeMrkdwn(a.label)}* :warning: _${escapeMrkdwn(vm.challengingLabel)}_` : escapeMrkdwn(a.label)} · ${escapeMrkdwn(a.votesText)}`);
  const who = [`*${escapeMrkdwn(vm.whoHeading)}* ${escapeMrkdwn(vm.whoHint)}`, ...actorLines, ...(vm.emptyText ? [`_${escapeMrkdwn(vm.emptyText)}_`] : [])];
  const blocks: Block[] = [
    ...noticeSection(vm.notice),
    headerBlock(vm.title),
    contextBlock([vm.partnershipName, vm.stateText]),
    ...(vm.image ? [{ type: 'image' as const, image_url: vm.image.url, alt_text: truncate(vm.image.alt, 2000) }] : []),
    sectionBlock(who.join('\n')),
    ...(vm.outsideText ? [contextBlock([vm.outsideText])] : []),
    ...vm.challenging.map((c) => sectionBlock(truncate(
      `:warning: *${escapeMrkdwn(c.label)}*\n*${escapeMrkdwn(vm.whatLabel)}* ${escapeMrkdwn(c.whatText)}\n*${escapeMrkdwn(vm.howLabel)}* ${escapeMrkdwn(c.howText)}`,
      SLACK_LIMITS.sectionText,
    ))),
    contextBlock([vm.votersText]),
    ...linksContext(vm.links),
    ...panelButtonsBlock(vm.buttons),
  ];
  const text = [vm.title, vm.partnershipName, vm.stateText].filter(Boolean).join(' · ');
  return { text: truncate(escapeMrkdwn(text), SLACK_LIMITS.sectionText), blocks };
}
