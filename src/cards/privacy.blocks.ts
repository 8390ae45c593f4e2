/** A privacy message as Block Kit (Slack): link buttons (url) and the erase choice (token as the button value). */
import { SLACK_LIMITS, chunkLines, escapeMrkdwn, headerBlock, plain, sectionBlock, truncate } from './block-kit.helpers';
import type { ActionsBlock, Block, ButtonElement, SlackMessage } from './block-kit.types';
import { forgetActionId, linkActionId, type PrivacyCardViewModel } from './privacy.view-model';

export function privacyBlocks(vm: PrivacyCardViewModel): SlackMessage {
  const blocks: Block[] = [];
  if (vm.title) blocks.push(headerBlock(vm.title));
  blocks.push(...chunkLines(vm.lines.map(escapeMrkdwn)).slice(0, SLACK_LIMITS.messageBlocks - 2).map(sectionBlock));
  const buttons: ButtonElement[] = (vm.links ?? []).map((link, i) => ({
    type: 'button', action_id: linkActionId(i), text: plain(link.label, SLACK_LIMITS.buttonText), url: link.url,
  }));
  if (vm.forget) {
    buttons.push(
      { type: 'button', action_id: forgetActionId('confirm'), text: plain(vm.forget.confirmLabel, SLACK_LIMITS.buttonText), value: vm.forget.token, style: 'danger' },
      { type: 'button', action_id: forgetActionId('cancel'), text: plain(vm.forget.cancelLabel, SLACK_LIMITS.buttonText), value: vm.forget.token },
    );
  }
  if (buttons.length) {
    const actions: ActionsBlock = { type: 'actions', block_id: 'privacy', elements: buttons.slice(0, SLACK_LIMITS.actionsElements) };
    blocks.push(actions);
  }
  const text = [vm.title, ...vm.lines].filter(Boolean).join('\n');
  return { text: truncate(escapeMrkdwn(text), SLACK_LIMITS.sectionText), blocks };
}
