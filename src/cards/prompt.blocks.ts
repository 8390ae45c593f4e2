/** The reflection prompt as a Slack channel message (Block Kit). Answers go through the modal. */
import { ACTIONS } from './action-ids';
import {
  SLACK_LIMITS,
  contextBlock,
  escapeMrkdwn,
  headerBlock,
  plain,
  quoteMrkdwn,
  sectionBlock,
  truncate,
} from './block-kit.helpers';
import type { Block, SlackMessage } from './block-kit.types';
import type { PromptViewModel } from './view-models';

export function promptBlockKitMessage(vm: PromptViewModel): SlackMessage {
  const blocks: Block[] = [
    headerBlock(vm.focusPoint.label),
    contextBlock([vm.partnershipName, vm.principle.title]),
    sectionBlock(idealStateMrkdwn(vm)),
  ];
  if (vm.state === 'open') {
    blocks.push(contextBlock([vm.closesAtText, vm.responseCountText]));
    blocks.push({
      type: 'actions',
      block_id: 'prompt',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.openAnswer,
          text: plain(vm.answerButtonLabel, SLACK_LIMITS.buttonText),
          value: vm.promptId,
          style: 'primary',
        },
      ],
    });
  } else {
    blocks.push(contextBlock([`*${vm.closedText}*`, vm.responseCountText]));
  }
  return { text: notificationText(vm), blocks };
}

/** Bold caption plus the ideal state as an italic block quote, escaped for mrkdwn. */
export function idealStateMrkdwn(vm: PromptViewModel): string {
  // Cut before quoting, so a cut never leaves an italic `_` open; escaping may still grow the text.
  const label = truncate(vm.idealStateLabel, 200);
  const idealState = truncate(vm.focusPoint.idealState, SLACK_LIMITS.sectionText / 2);
  return `*${escapeMrkdwn(label)}*\n${quoteMrkdwn(idealState)}`;
}

function notificationText(vm: PromptViewModel): string {
  const text = `${vm.focusPoint.label}: ${vm.focusPoint.idealState}`;
  const full = vm.state === 'open' ? text : `${text} (${vm.closedText})`;
  return truncate(escapeMrkdwn(full), SLACK_LIMITS.sectionText);
}
