/** The bot speaks Dutch first; English for international colleagues. */
export type Locale = 'nl' | 'en';

export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';

/** A text that exists in both languages (catalogue content, card labels). */
export type Localized = Readonly<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** Maps a platform locale ("en-US", "nl-NL", "en") onto ours; Dutch when unsure. */
export function toLocale(value: unknown): Locale {
  if (typeof value !== 'string') return DEFAULT_LOCALE;
  return value.trim().toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
