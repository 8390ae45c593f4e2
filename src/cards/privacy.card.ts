/** A privacy message as an Adaptive Card 1.5 (Teams): links as Action.OpenUrl, the erase choice as Action.Submit. */
import { ACTIONS } from './action-ids';
import { adaptiveCard, headingBlock, textBlock, toneContainerStyle } from './adaptive-card.helpers';
import type { AcAction, AcElement, AdaptiveCard } from './adaptive-card.types';
import type { ForgetActionData, ForgetDecision, PrivacyCardViewModel } from './privacy.view-model';

function forgetButton(title: string, decision: ForgetDecision, token: string): AcAction {
  const data: ForgetActionData = { action: ACTIONS.forget, decision, token };
  return { type: 'Action.Submit', title, data: { ...data }, style: decision === 'confirm' ? 'destructive' : 'default' };
}

export function privacyAdaptiveCard(vm: PrivacyCardViewModel): AdaptiveCard {
  const content: AcElement[] = [
    ...(vm.title ? [headingBlock(vm.title)] : []),
    ...vm.lines.map((line, i) => textBlock(line, i === 0 && vm.title ? { spacing: 'small' } : {})),
  ];
  const body: AcElement[] = vm.tone ? [{ type: 'Container', style: toneContainerStyle(vm.tone), items: content }] : content;
  const actions: AcAction[] = (vm.links ?? []).map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url }));
  if (vm.forget) {
    actions.push(forgetButton(vm.forget.confirmLabel, 'confirm', vm.forget.token), forgetButton(vm.forget.cancelLabel, 'cancel', vm.forget.token));
  }
  return adaptiveCard(body, { fallbackText: [vm.title, ...vm.lines].filter(Boolean).join('\n'), actions });
}
