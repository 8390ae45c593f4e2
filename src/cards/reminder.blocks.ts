/**
 * The reminder as a Slack direct message: why it came, the focus point, and the "Beantwoorden" button of the
 * channel message (same action id and value), which opens the answer modal right from the DM.
 */
import { ACTIONS } from './action-ids';
import { contextBlock, escapeMrkdwn, headerBlock, plain, sectionBlock, SLACK_LIMITS, truncate } from './block-kit.helpers';
import type { Block, SlackMessage } from './block-kit.types';
import { idealStateMrkdwn } from './prompt.blocks';
import type { ReminderViewModel } from './rhythm.view-models';

export function reminderBlocks(vm: ReminderViewModel): SlackMessage {
  const prompt = vm.prompt;
  const blocks: Block[] = [
    sectionBlock(`*${escapeMrkdwn(truncate(vm.text, SLACK_LIMITS.sectionText / 2))}*`),
    headerBlock(prompt.focusPoint.label),
    contextBlock([prompt.partnershipName, prompt.principle.title].filter((part) => part !== '')),
    sectionBlock(idealStateMrkdwn(prompt)),
  ];
  if (prompt.state === 'open') {
    blocks.push(contextBlock([prompt.closesAtText]));
    blocks.push({
      type: 'actions',
      block_id: 'reminder',
      elements: [{ type: 'button', action_id: ACTIONS.openAnswer, text: plain(prompt.answerButtonLabel, SLACK_LIMITS.buttonText), value: prompt.promptId, style: 'primary' }],
    });
  } else {
    blocks.push(contextBlock([`*${prompt.closedText}*`]));
  }
  return { text: truncate(escapeMrkdwn(vm.text), SLACK_LIMITS.sectionText), blocks };
}
