/** A general message (welcome/setup, help, status, errors) as Block Kit (Slack). */
import { runCommandActionId } from './action-ids';
import { SLACK_LIMITS, chunkLines, escapeMrkdwn, headerBlock, plain, sectionBlock, truncate } from './block-kit.helpers';
import type { ActionsBlock, Block, SlackMessage } from './block-kit.types';
import type { MessageTone, MessageViewModel } from './view-models';

const TONE_EMOJI: Record<MessageTone, string> = {
  info: ':information_source:',
  success: ':white_check_mark:',
  warning: ':warning:',
  error: ':x:',
};

/** Returns `{ text, blocks }`: `text` is the notification fallback Slack asks for beside blocks. */
export function messageBlocks(vm: MessageViewModel): SlackMessage {
  const emoji = vm.tone ? `${TONE_EMOJI[vm.tone]} ` : '';
  const blocks: Block[] = [];
  if (vm.title) blocks.push(headerBlock(`${emoji}${vm.title}`));
  const lines = vm.lines.map(escapeMrkdwn);
  if (!vm.title && emoji && lines.length > 0) lines[0] = `${emoji}${lines[0]}`;
  const buttons = (vm.buttons ?? []).slice(0, SLACK_LIMITS.actionsElements);
  const room = SLACK_LIMITS.messageBlocks - blocks.length - (buttons.length > 0 ? 1 : 0);
  blocks.push(...chunkLines(lines).slice(0, room).map(sectionBlock));
  if (buttons.length > 0) {
    const actions: ActionsBlock = {
      type: 'actions',
      block_id: 'commands',
      elements: buttons.map((button, i) => ({
        type: 'button',
        action_id: runCommandActionId(i),
        text: plain(button.label, SLACK_LIMITS.buttonText),
        value: truncate(button.command, SLACK_LIMITS.buttonValue),
      })),
    };
    blocks.push(actions);
  }
  const text = [vm.title, ...vm.lines].filter(Boolean).join('\n');
  return { text: truncate(escapeMrkdwn(text), SLACK_LIMITS.sectionText), blocks };
}
