/** A dialogue table (planned, moved, cancelled, or asking for the follow-up) as an Adaptive Card 1.5 (Teams). */
import { textBlock, toneContainerStyle } from './adaptive-card.helpers';
import type { AcElement, AdaptiveCard } from './adaptive-card.types';
import { linksBlock, noticeBlock, panelCard, titleBlocks } from './panel-parts.card';
import type { DialogueViewModel } from './panel.view-models';

export function dialogueAdaptiveCard(vm: DialogueViewModel): AdaptiveCard {
  const body: AcElement[] = [
    ...noticeBlock(vm.notice),
    ...titleBlocks(vm.title),
    ...vm.facts.map((f) => textBlock(`**${f.label}:** ${f.value}`, { spacing: 'small' })),
    ...(vm.statusText ? [{ type: 'Container' as const, style: toneContainerStyle(vm.statusTone ?? 'info'), spacing: 'medium' as const, items: [textBlock(vm.statusText)] }] : []),
    ...linksBlock(vm.links),
  ];
  return panelCard(body, vm.buttons, vm.locale, [vm.title, ...vm.facts.map((f) => `${f.label}: ${f.value}`)].join('\n'));
}
