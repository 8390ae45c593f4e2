/**
 * A form as a Slack modal. Every input block has block_id = action_id = the field id, so a submission reads
 * `view.state.values[id][id]`; errors come back in the view_submission ack, keyed by the same ids.
 */
import { ACTIONS } from './action-ids';
import { SLACK_LIMITS, contextBlock, escapeMrkdwn, plain, sectionBlock, truncate } from './block-kit.helpers';
import type { Block, InputBlock, InputElement, ModalView, OptionObject } from './block-kit.types';
import type { FormFieldView, FormViewModel } from './panel.view-models';

export function formModalView(vm: FormViewModel, privateMetadata: string): ModalView {
  const errors = vm.errors ?? {};
  const blocks: Block[] = vm.intro ? [sectionBlock(escapeMrkdwn(vm.intro))] : [];
  for (const field of vm.fields) {
    const element = fieldElement(field);
    if (!element) continue;
    const input: InputBlock = { type: 'input', block_id: field.id, label: plain(field.label, SLACK_LIMITS.inputLabel), element, ...(field.required ? {} : { optional: true }) };
    blocks.push(input, ...(errors[field.id] ? [contextBlock([`⚠️ ${errors[field.id]}`])] : []));
  }
  return {
    type: 'modal',
    callback_id: ACTIONS.submitForm,
    private_metadata: privateMetadata,
    title: plain(vm.title, SLACK_LIMITS.modalTitle),
    submit: plain(vm.submitLabel, SLACK_LIMITS.modalButton),
    close: plain(vm.cancelLabel, SLACK_LIMITS.modalButton),
    blocks,
  };
}

/** The view_submission ack that shows messages under the inputs (`response_action: errors`). */
export function formModalErrorResponse(errors: Record<string, string>): { response_action: 'errors'; errors: Record<string, string> } {
  return { response_action: 'errors', errors: Object.fromEntries(Object.entries(errors).map(([id, message]) => [id, truncate(message, SLACK_LIMITS.inputLabel)])) };
}

function fieldElement(field: FormFieldView): InputElement | undefined {
  switch (field.kind) {
    case 'text': {
      const max = Math.min(field.maxLength, SLACK_LIMITS.plainTextInputMaxLength);
      return {
        type: 'plain_text_input', action_id: field.id, max_length: max, ...(field.multiline ? { multiline: true } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, SLACK_LIMITS.placeholder) } : {}),
        ...(field.value ? { initial_value: truncate(field.value, max) } : {}),
      };
    }
    case 'choice':
      return choiceElement(field);
    case 'date':
      return { type: 'datepicker', action_id: field.id, ...(field.value ? { initial_date: field.value } : {}) };
    case 'time':
      return { type: 'timepicker', action_id: field.id, ...(field.value ? { initial_time: field.value } : {}) };
    case 'number':
      return {
        type: 'number_input', action_id: field.id, is_decimal_allowed: false, min_value: String(field.min), max_value: String(field.max),
        ...(field.value !== undefined ? { initial_value: String(field.value) } : {}),
      };
  }
}

function choiceElement(field: Extract<FormFieldView, { kind: 'choice' }>): InputElement | undefined {
  const options: OptionObject[] = field.options.slice(0, SLACK_LIMITS.selectOptions).map((o) => ({
    text: plain(o.title, SLACK_LIMITS.optionText), value: truncate(o.value, SLACK_LIMITS.optionValue),
  }));
  if (!options.length) return undefined;
  const chosen = options.filter((o) => field.values?.includes(o.value));
  const small = options.length <= SLACK_LIMITS.radioOptions && field.expanded;
  if (field.multi) {
    return small
      ? { type: 'checkboxes', action_id: field.id, options, ...(chosen.length ? { initial_options: chosen } : {}) }
      : { type: 'multi_static_select', action_id: field.id, options, ...(chosen.length ? { initial_options: chosen } : {}) };
  }
  const initial = chosen[0] ? { initial_option: chosen[0] } : {};
  return small ? { type: 'radio_buttons', action_id: field.id, options, ...initial } : { type: 'static_select', action_id: field.id, options, ...initial };
}
