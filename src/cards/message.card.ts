/** A general message (welcome/setup, help, status, errors) as an Adaptive Card 1.5 (Teams). */
import { ACTIONS, type RunCommandData } from './action-ids';
import { adaptiveCard, headingBlock, textBlock, toneContainerStyle } from './adaptive-card.helpers';
import type { AcActionSubmit, AcElement, AdaptiveCard } from './adaptive-card.types';
import type { MessageViewModel } from './view-models';

/** The renderer's default host config allows 5 actions per action set (Teams about 6). */
export const MAX_ADAPTIVE_CARD_ACTIONS = 5;

/** Command buttons become `Action.Submit` with `{ action: ACTIONS.runCommand, command }`; beyond five they
 * continue in `ActionSet`s of five at the end of the body. */
export function messageAdaptiveCard(vm: MessageViewModel): AdaptiveCard {
  const content: AcElement[] = [
    ...(vm.title ? [headingBlock(vm.title)] : []),
    ...vm.lines.map((line, i) => textBlock(line, i === 0 && vm.title ? { spacing: 'small' } : {})),
  ];
  const body: AcElement[] = vm.tone
    ? [{ type: 'Container', style: toneContainerStyle(vm.tone), items: content }]
    : content;
  const actions = (vm.buttons ?? []).map((button): AcActionSubmit => {
    const data: RunCommandData = { action: ACTIONS.runCommand, command: button.command };
    return { type: 'Action.Submit', title: button.label, data: { ...data } };
  });
  for (let i = MAX_ADAPTIVE_CARD_ACTIONS; i < actions.length; i += MAX_ADAPTIVE_CARD_ACTIONS) {
    body.push({ type: 'ActionSet', actions: actions.slice(i, i + MAX_ADAPTIVE_CARD_ACTIONS) });
  }
  return adaptiveCard(body, {
    fallbackText: [vm.title, ...vm.lines].filter(Boolean).join('\n'),
    actions: actions.slice(0, MAX_ADAPTIVE_CARD_ACTIONS),
  });
}
