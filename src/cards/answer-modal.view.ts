/** The Slack modal in which a member answers (or edits an answer to) a prompt. */
import { ACTIONS, ANSWER_INPUT_IDS, TOGGLE_VALUES, type AnswerInputId, type AnswerModalMetadata } from './action-ids';
import { SLACK_LIMITS, contextBlock, escapeMrkdwn, plain, sectionBlock, truncate } from './block-kit.helpers';
import type { Block, InputBlock, InputElement, ModalView, OptionObject } from './block-kit.types';
import { idealStateMrkdwn } from './prompt.blocks';
import type { PromptViewModel, TextQuestionView } from './view-models';

/**
 * `views.open` / `views.update` payload. Every input block has `block_id` = `action_id` = the input id
 * (`ANSWER_INPUT_IDS`), so a submission reads `view.state.values[id][id]`. In the closed state the
 * modal only says so (no inputs, no submit button).
 */
export function answerModalView(vm: PromptViewModel): ModalView {
  const metadata: AnswerModalMetadata = { promptId: vm.promptId };
  const open = vm.state === 'open';
  const blocks: Block[] = [];
  if (vm.confirmation) blocks.push(sectionBlock(`:white_check_mark: ${escapeMrkdwn(vm.confirmation)}`));
  blocks.push(sectionBlock(`*${escapeMrkdwn(vm.focusPoint.label)}*\n${idealStateMrkdwn(vm)}`));
  blocks.push(contextBlock(open ? [vm.principle.title, vm.closesAtText] : [vm.principle.title]));
  if (open) {
    blocks.push(...answerInputs(vm));
  } else {
    blocks.push(sectionBlock(`*${escapeMrkdwn(vm.closedText)}*`));
  }
  return {
    type: 'modal',
    callback_id: ACTIONS.submitAnswer,
    private_metadata: JSON.stringify(metadata),
    title: plain(vm.answerButtonLabel, SLACK_LIMITS.modalTitle),
    ...(open ? { submit: plain(vm.submitLabel, SLACK_LIMITS.modalButton) } : {}),
    close: plain(vm.closeLabel, SLACK_LIMITS.modalButton),
    blocks,
  };
}

/**
 * The `view_submission` ack body that shows validation messages under the inputs
 * (`ack({ response_action: 'errors', errors })`); keys are block ids = input ids.
 */
export function answerModalErrorResponse(errors: Partial<Record<AnswerInputId, string>>): {
  response_action: 'errors';
  errors: Record<string, string>;
} {
  const out: Record<string, string> = {};
  for (const [id, message] of Object.entries(errors)) {
    if (message) out[id] = truncate(message, SLACK_LIMITS.inputLabel);
  }
  return { response_action: 'errors', errors: out };
}

function answerInputs(vm: PromptViewModel): Block[] {
  const q = vm.questions;
  const answer = vm.existingAnswer;
  const errors = vm.errors ?? {};
  const options: OptionObject[] = q.score.choices.map((choice) => ({
    text: plain(choice.title, SLACK_LIMITS.optionText),
    value: String(choice.value),
  }));
  const initial = answer ? options.find((option) => option.value === String(answer.score)) : undefined;
  const initialOption = initial ? { initial_option: initial } : {};
  const scoreElement: InputElement =
    options.length <= SLACK_LIMITS.radioOptions
      ? { type: 'radio_buttons', action_id: ANSWER_INPUT_IDS.score, options, ...initialOption }
      : {
          type: 'static_select',
          action_id: ANSWER_INPUT_IDS.score,
          options: options.slice(0, SLACK_LIMITS.selectOptions),
          ...initialOption,
        };
  const shareOption: OptionObject = {
    text: plain(q.shareAnonymously.label, SLACK_LIMITS.optionText),
    value: TOGGLE_VALUES.on,
  };
  const inputs: InputBlock[] = [
    input(ANSWER_INPUT_IDS.score, q.score.label, scoreElement, false),
    textInput(ANSWER_INPUT_IDS.scenario, q.scenario, true, answer?.scenario),
    textInput(ANSWER_INPUT_IDS.keyword, q.keyword, false, answer?.keyword),
    textInput(ANSWER_INPUT_IDS.discussable, q.discussable, true, answer?.discussable),
    textInput(ANSWER_INPUT_IDS.needed, q.needed, true, answer?.needed),
    input(
      ANSWER_INPUT_IDS.shareAnonymously,
      q.shareAnonymously.label,
      {
        type: 'checkboxes',
        action_id: ANSWER_INPUT_IDS.shareAnonymously,
        options: [shareOption],
        ...(answer?.shareAnonymously ? { initial_options: [shareOption] } : {}),
      },
      true,
    ),
  ];
  return inputs.flatMap((block): Block[] => {
    const message = errors[block.block_id as AnswerInputId];
    return message ? [block, contextBlock([`:warning: ${message}`])] : [block];
  });
}

function input(id: AnswerInputId, label: string, element: InputElement, optional: boolean): InputBlock {
  return {
    type: 'input',
    block_id: id,
    label: plain(label, SLACK_LIMITS.inputLabel),
    element,
    ...(optional ? { optional: true } : {}),
  };
}

function textInput(
  id: AnswerInputId,
  question: TextQuestionView,
  multiline: boolean,
  value: string | undefined,
): InputBlock {
  const maxLength = Math.min(question.maxLength, SLACK_LIMITS.plainTextInputMaxLength);
  return input(
    id,
    question.label,
    {
      type: 'plain_text_input',
      action_id: id,
      max_length: maxLength,
      ...(multiline ? { multiline: true } : {}),
      ...(question.placeholder ? { placeholder: plain(question.placeholder, SLACK_LIMITS.placeholder) } : {}),
      ...(value ? { initial_value: truncate(value, maxLength) } : {}),
    },
    true,
  );
}
