import { MessageViewModel } from '../../../cards';
import { Locale, t } from '../../../domain/i18n';

/** A card action we do not know (an old card, a tampered payload): say so kindly and point at "help". */
export function unknownActionView(locale: Locale): MessageViewModel {
  return { tone: 'warning', lines: [t(locale, 'command.unknown')] };
}
