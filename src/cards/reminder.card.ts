/**
 * The reminder as an Adaptive Card (Teams personal chat). Teams members answer inline everywhere, so the reminder
 * carries the answer form itself: the person reads why they got it and answers in the same card, with the same
 * `Action.Execute` (+ `Action.Submit` fallback) as the channel card; no second step to open a form.
 */
import { textBlock } from './adaptive-card.helpers';
import type { AdaptiveCard } from './adaptive-card.types';
import { promptAdaptiveCard } from './prompt.card';
import type { ReminderViewModel } from './rhythm.view-models';

export function reminderAdaptiveCard(vm: ReminderViewModel): AdaptiveCard {
  const { existingAnswer: _answer, confirmation: _confirmation, errors: _errors, ...prompt } = vm.prompt;
  const card = promptAdaptiveCard(prompt);
  const banner = { type: 'Container' as const, style: 'accent' as const, items: [textBlock(vm.text, { weight: 'bolder' })] };
  return { ...card, fallbackText: vm.text, body: [banner, ...card.body] };
}
