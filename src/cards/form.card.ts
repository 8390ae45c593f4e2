/** A form (propose a partner, top 5, plan a dialogue, follow-up ...) as an Adaptive Card 1.5 (Teams). */
import { ACTIONS } from './action-ids';
import { errorBlock, subtleBlock } from './adaptive-card.helpers';
import type { AcActionExecute, AcElement, AdaptiveCard } from './adaptive-card.types';
import { contextEntries } from './panel-action-ids';
import { panelButton, panelCard, titleBlocks } from './panel-parts.card';
import type { FormFieldView, FormViewModel } from './panel.view-models';

export function formAdaptiveCard(vm: FormViewModel): AdaptiveCard {
  const errors = vm.errors ?? {};
  const body: AcElement[] = [...titleBlocks(vm.title), ...(vm.intro ? [subtleBlock(vm.intro)] : [])];
  for (const field of vm.fields) {
    const input = fieldInput(field, vm.requiredMessage);
    if (!input) continue;
    body.push(input, ...(errors[field.id] ? [errorBlock(errors[field.id])] : []));
  }
  const data = { action: ACTIONS.submitForm, form: vm.formId, ...contextEntries(vm.context) };
  const submit: AcActionExecute = {
    type: 'Action.Execute', title: vm.submitLabel, verb: ACTIONS.submitForm, style: 'positive', data: { ...data },
    fallback: { type: 'Action.Submit', title: vm.submitLabel, style: 'positive', data: { ...data } },
  };
  const card = panelCard(body, [], vm.locale, vm.title);
  const back = panelButton({ label: vm.cancelLabel, target: { kind: 'act', op: 'show', context: vm.context } });
  return { ...card, actions: [submit, back] };
}

function fieldInput(field: FormFieldView, requiredMessage: string): AcElement | undefined {
  const base = { id: field.id, label: field.label, ...(field.required ? { isRequired: true, errorMessage: requiredMessage } : {}) };
  switch (field.kind) {
    case 'text':
      return {
        type: 'Input.Text', ...base, maxLength: field.maxLength, ...(field.multiline ? { isMultiline: true } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}), ...(field.value ? { value: field.value } : {}),
      };
    case 'choice':
      // An empty choice set is invalid; a field without options is left out.
      if (!field.options.length) return undefined;
      return {
        type: 'Input.ChoiceSet', ...base, choices: field.options.map((o) => ({ title: o.title, value: o.value })), wrap: true,
        ...(field.multi ? { isMultiSelect: true } : {}), ...(field.expanded ? { style: 'expanded' as const } : { style: 'compact' as const }),
        ...(field.values?.length ? { value: field.values.join(',') } : {}),
      };
    case 'date':
      return { type: 'Input.Date', ...base, ...(field.value ? { value: field.value } : {}) };
    case 'time':
      return { type: 'Input.Time', ...base, ...(field.value ? { value: field.value } : {}) };
    case 'number':
      return { type: 'Input.Number', ...base, min: field.min, max: field.max, ...(field.value !== undefined ? { value: field.value } : {}) };
  }
}
