/** Any panel as an Adaptive Card 1.5 (Teams). */
import type { AdaptiveCard } from './adaptive-card.types';
import { circlesAdaptiveCard } from './circles.card';
import { dialogueAdaptiveCard } from './dialogue.card';
import { formAdaptiveCard } from './form.card';
import type { PanelView } from './panel.view-models';

export function panelAdaptiveCard(panel: PanelView): AdaptiveCard {
  switch (panel.type) {
    case 'circles':
      return circlesAdaptiveCard(panel.view);
    case 'dialogue':
      return dialogueAdaptiveCard(panel.view);
    case 'form':
      return formAdaptiveCard(panel.view);
  }
}
