/** Adaptive Card pieces the panel cards share: buttons (Action.Execute with an Action.Submit fallback) and links. */
import { adaptiveCard, headingBlock, subtleBlock, textBlock } from './adaptive-card.helpers';
import type { AcAction, AcActionExecute, AcElement, AdaptiveCard } from './adaptive-card.types';
import { MAX_ADAPTIVE_CARD_ACTIONS } from './message.card';
import { panelData, panelVerb } from './panel-action-ids';
import type { PanelButtonView, PanelLinkView } from './panel.view-models';

export function panelButton(button: PanelButtonView): AcActionExecute {
  const data = panelData(button.target);
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: panelVerb(button.target),
    data: { ...data },
    // A button never submits the inputs of a form shown in the same card.
    associatedInputs: 'none',
    ...(button.style ? { style: button.style } : {}),
    fallback: { type: 'Action.Submit', title: button.label, data: { ...data }, associatedInputs: 'none' },
  };
}

/** Links as one markdown line ("[Plaatje (PNG)](https://...) · ..."); Teams renders markdown links in a TextBlock. */
export function linksBlock(links: readonly PanelLinkView[]): AcElement[] {
  if (!links.length) return [];
  const text = links.map((l) => `[${l.label.replace(/[[\]]/g, '')}](${l.url})`).join(' · ');
  return [subtleBlock(text, { spacing: 'medium' })];
}

/** A card with up to five buttons at the bottom and the rest in ActionSets of five (the renderer's limit). */
export function panelCard(body: AcElement[], buttons: readonly PanelButtonView[], locale: string, fallbackText: string): AdaptiveCard {
  const actions: AcAction[] = buttons.map(panelButton);
  const extra: AcElement[] = [];
  for (let i = MAX_ADAPTIVE_CARD_ACTIONS; i < actions.length; i += MAX_ADAPTIVE_CARD_ACTIONS) {
    extra.push({ type: 'ActionSet', actions: actions.slice(i, i + MAX_ADAPTIVE_CARD_ACTIONS) });
  }
  return adaptiveCard([...body, ...extra], { lang: locale, fallbackText, actions: actions.slice(0, MAX_ADAPTIVE_CARD_ACTIONS) });
}

export function noticeBlock(notice: string | undefined): AcElement[] {
  return notice ? [{ type: 'Container', style: 'good', items: [textBlock(notice, { weight: 'bolder' })] }] : [];
}

export function titleBlocks(title: string, subtitle?: string): AcElement[] {
  return [...(subtitle ? [subtleBlock(subtitle)] : []), { ...headingBlock(title), spacing: subtitle ? 'small' : 'default' }];
}
