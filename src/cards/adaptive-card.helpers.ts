/** Small pure builders shared by the Adaptive Card renderers. */
import {
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  type AcAction,
  type AcContainerStyle,
  type AcElement,
  type AcTextBlock,
  type AdaptiveCard,
} from './adaptive-card.types';
import type { MessageTone } from './view-models';

export interface CardOptions {
  actions?: AcAction[];
  lang?: string;
  fallbackText?: string;
}

export function adaptiveCard(body: AcElement[], options: CardOptions = {}): AdaptiveCard {
  const lang = options.lang ? cardLang(options.lang) : undefined;
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    ...(lang ? { lang } : {}),
    ...(options.fallbackText ? { fallbackText: options.fallbackText } : {}),
    body,
    ...(options.actions && options.actions.length > 0 ? { actions: options.actions } : {}),
  };
}

/** The card's `lang` must be a bare ISO 639 code ("nl"), so "nl-NL" becomes "nl"; anything else is left out. */
export function cardLang(locale: string): string | undefined {
  const primary = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** A wrapping TextBlock; `extra` sets size, colour and so on. */
export function textBlock(text: string, extra: Omit<AcTextBlock, 'type' | 'text'> = {}): AcTextBlock {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function headingBlock(text: string): AcTextBlock {
  return textBlock(text, { style: 'heading', size: 'medium', weight: 'bolder' });
}

export function subtleBlock(text: string, extra: Omit<AcTextBlock, 'type' | 'text'> = {}): AcTextBlock {
  return textBlock(text, { isSubtle: true, size: 'small', ...extra });
}

/** A validation message under an input (server-side errors when a card is re-rendered). */
export function errorBlock(text: string): AcTextBlock {
  return textBlock(text, { color: 'attention', size: 'small', spacing: 'small' });
}

const TONE_STYLES: Record<MessageTone, AcContainerStyle> = {
  info: 'emphasis',
  success: 'good',
  warning: 'warning',
  error: 'attention',
};

export function toneContainerStyle(tone: MessageTone): AcContainerStyle {
  return TONE_STYLES[tone];
}
