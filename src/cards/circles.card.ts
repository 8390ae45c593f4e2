/** Partners in beeld: the state (open) or the summary with the picture (closed), as an Adaptive Card 1.5 (Teams). */
import { subtleBlock, textBlock } from './adaptive-card.helpers';
import type { AcElement, AdaptiveCard } from './adaptive-card.types';
import { linksBlock, noticeBlock, panelCard, titleBlocks } from './panel-parts.card';
import type { CirclesViewModel } from './panel.view-models';

export function circlesAdaptiveCard(vm: CirclesViewModel): AdaptiveCard {
  const who: AcElement[] = [
    textBlock(vm.whoHeading, { weight: 'bolder' }),
    subtleBlock(vm.whoHint, { spacing: 'none' }),
    ...vm.inner.map((a) => textBlock(`${a.challenging ? '**' : ''}${a.label}${a.challenging ? `** · ⚠ ${vm.challengingLabel}` : ''} · ${a.votesText}`, { spacing: 'small' })),
    ...(vm.emptyText ? [subtleBlock(vm.emptyText)] : []),
    ...(vm.outsideText ? [subtleBlock(vm.outsideText)] : []),
  ];
  const challenging: AcElement[] = vm.challenging.map((c) => ({
    type: 'Container',
    style: 'warning',
    spacing: 'medium',
    items: [
      textBlock(c.label, { weight: 'bolder' }),
      textBlock(`**${vm.whatLabel}** ${c.whatText}`, { spacing: 'small' }),
      textBlock(`**${vm.howLabel}** ${c.howText}`, { spacing: 'small' }),
    ],
  }));
  const body: AcElement[] = [
    ...noticeBlock(vm.notice),
    ...titleBlocks(vm.title, vm.partnershipName),
    subtleBlock(vm.stateText, { spacing: 'none' }),
    ...(vm.image ? [{ type: 'Image' as const, url: vm.image.url, altText: vm.image.alt, size: 'stretch' as const }] : []),
    { type: 'Container', style: 'emphasis', spacing: 'medium', items: who },
    ...challenging,
    subtleBlock(vm.votersText, { spacing: 'medium' }),
    ...linksBlock(vm.links),
  ];
  const fallback = [vm.title, vm.stateText, ...vm.inner.map((a) => a.label)].join('\n');
  return panelCard(body, vm.buttons, vm.locale, fallback);
}
