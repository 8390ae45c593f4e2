/** "Mijn antwoorden": a member's answers as an Adaptive Card 1.5 (Teams). */
import { adaptiveCard, headingBlock, subtleBlock, textBlock } from './adaptive-card.helpers';
import type { AcElement, AdaptiveCard } from './adaptive-card.types';
import type { AnswerListViewModel } from './view-models';

export function answerListAdaptiveCard(vm: AnswerListViewModel): AdaptiveCard {
  const body: AcElement[] = [headingBlock(vm.title)];
  if (vm.items.length === 0) {
    body.push(textBlock(vm.emptyText, { isSubtle: true }));
  }
  for (const item of vm.items) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        textBlock(item.focusLabel, { weight: 'bolder' }),
        subtleBlock(`${item.dateText} · ${item.scoreText}`, { spacing: 'none' }),
        textBlock(item.excerpt, { spacing: 'small', maxLines: 3 }),
      ],
    });
  }
  return adaptiveCard(body, { fallbackText: vm.title });
}
