/**
 * The closing summary as an Adaptive Card (a reply in the prompt's channel thread). Lines and quotes can hold
 * what people typed (keywords, shared texts), so they go into TextRuns, which Teams does not read as markdown:
 * a typed "[x](https://...)" stays text instead of becoming a link.
 */
import { adaptiveCard, headingBlock } from './adaptive-card.helpers';
import type { AcElement, AcRichTextBlock, AdaptiveCard } from './adaptive-card.types';
import type { SummaryViewModel } from './rhythm.view-models';

const plainText = (text: string, italic = false): AcRichTextBlock => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...(italic ? { italic: true } : {}) }] });

export function summaryAdaptiveCard(vm: SummaryViewModel): AdaptiveCard {
  const body: AcElement[] = [headingBlock(vm.title), ...vm.lines.map((line) => plainText(line))];
  if (vm.quotes.length > 0) body.push({ type: 'Container', style: 'emphasis', spacing: 'small', items: vm.quotes.map((quote) => plainText(quote, true)) });
  return adaptiveCard(body, { lang: vm.locale, fallbackText: [vm.title, ...vm.lines, ...vm.quotes].join('\n') });
}
