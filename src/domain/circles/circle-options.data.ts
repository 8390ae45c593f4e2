/**
 * The options of the middle circle (Wat/waarom?) and the outer circle (Hoe?) of "Partners in beeld", as the
 * working session names them (DOMAIN.md, Werkvorm 2), and the limits of the exercise.
 */
import type { Localized } from '../i18n/locale';

export interface CircleOption<C extends string> { readonly code: C; readonly label: Localized }

export const WHAT_OPTIONS = [
  { code: 'visie', label: { nl: 'Gezamenlijke visie', en: 'Shared vision' } },
  { code: 'capaciteit', label: { nl: 'Afspraken over capaciteit', en: 'Agreements on capacity' } },
  { code: 'draagvlak', label: { nl: 'Draagvlak', en: 'Support' } },
  { code: 'solidariteit', label: { nl: 'Solidariteit', en: 'Solidarity' } },
  { code: 'financien', label: { nl: 'Financiële helderheid', en: 'Financial clarity' } },
] as const satisfies readonly CircleOption<string>[];

export const HOW_OPTIONS = [
  { code: 'overleg', label: { nl: 'Gezamenlijk overleg', en: 'Joint consultation' } },
  { code: 'dialoogtafel', label: { nl: 'Dialoogtafel', en: 'Dialogue table' } },
  { code: 'bilateraal', label: { nl: 'Bilateraal gesprek', en: 'Bilateral conversation' } },
  { code: 'pilot', label: { nl: 'Pilot', en: 'Pilot' } },
] as const satisfies readonly CircleOption<string>[];

export type WhatCode = (typeof WHAT_OPTIONS)[number]['code'];
export type HowCode = (typeof HOW_OPTIONS)[number]['code'];

export const WHAT_CODES: readonly WhatCode[] = WHAT_OPTIONS.map((o) => o.code);
export const HOW_CODES: readonly HowCode[] = HOW_OPTIONS.map((o) => o.code);

export const CIRCLE_LIMITS = {
  /** The inner circle holds the top 5 (Werkvorm 2: "write down the top 5 actors"), and a member votes for 5. */
  innerCircle: 5,
  /** 2-3 partners are marked most challenging; more than 3 is refused. */
  maxChallenging: 3,
  minChallenging: 2,
  /** Candidates per exercise: enough to choose from, few enough to fit one card. */
  maxCandidates: 15,
  name: 80,
  organisation: 100,
  role: 80,
  freeText: 500,
} as const;

export function whatLabel(code: string, locale: 'nl' | 'en'): string {
  return WHAT_OPTIONS.find((o) => o.code === code)?.label[locale] ?? code;
}

export function howLabel(code: string, locale: 'nl' | 'en'): string {
  return HOW_OPTIONS.find((o) => o.code === code)?.label[locale] ?? code;
}

export const isWhatCode = (code: string): code is WhatCode => (WHAT_CODES as readonly string[]).includes(code);
export const isHowCode = (code: string): code is HowCode => (HOW_CODES as readonly string[]).includes(code);
