import type { Localized } from '../i18n/locale';

/**
 * The scenario worksheet (Werkvorm 1, Scenario-denken) turned into one answer
 * form per prompt. Limits live here because the Teams card, the Slack modal
 * and the server all enforce the same numbers.
 */
export const ANSWER_LIMITS = {
  scenario: 1000,
  keyword: 80,
  discussable: 500,
  needed: 500,
} as const;

export const SCORE_VALUES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORE_VALUES)[number];

export type TextAnswerField = keyof typeof ANSWER_LIMITS;
export type AnswerField = 'score' | TextAnswerField | 'shareAnonymously';
export const TEXT_ANSWER_FIELDS: readonly TextAnswerField[] = ['scenario', 'keyword', 'discussable', 'needed'];
export const ANSWER_FIELDS: readonly AnswerField[] = ['score', ...TEXT_ANSWER_FIELDS, 'shareAnonymously'];

/**
 * Privacy by default: names are never shown anyway, and a text is only quoted (anonymously) in summaries
 * and digests when the person ticks "share anonymously". A submission that does not say is not quoted;
 * the cards' toggle starts off to match (consent is opted into, never assumed).
 */
export const DEFAULT_SHARE_ANONYMOUSLY = false;

export interface ScoreQuestion {
  readonly id: 'score';
  readonly kind: 'score';
  readonly label: Localized;
  readonly required: true;
  readonly options: readonly { readonly value: Score; readonly label: Localized }[];
}

export interface TextQuestion {
  readonly id: TextAnswerField;
  readonly kind: 'text';
  readonly label: Localized;
  readonly placeholder: Localized;
  readonly maxLength: number;
  readonly multiline: boolean;
  readonly required: false;
}

export interface ToggleQuestion {
  readonly id: 'shareAnonymously';
  readonly kind: 'toggle';
  readonly label: Localized;
  readonly defaultValue: boolean;
  readonly required: false;
}

export type ReflectionQuestion = ScoreQuestion | TextQuestion | ToggleQuestion;

export const REFLECTION_QUESTIONS: readonly ReflectionQuestion[] = [
  {
    id: 'score',
    kind: 'score',
    label: { nl: 'Hoe dicht zijn we bij het ideaalbeeld?', en: 'How close are we to the ideal state?' },
    required: true,
    options: [
      { value: 1, label: { nl: 'Nog ver weg', en: 'Still far away' } },
      { value: 2, label: { nl: 'Eerste stappen gezet', en: 'First steps taken' } },
      { value: 3, label: { nl: 'Halverwege', en: 'Halfway there' } },
      { value: 4, label: { nl: 'Dichtbij', en: 'Close' } },
      { value: 5, label: { nl: 'Zo werken we al', en: 'This is how we already work' } },
    ],
  },
  {
    id: 'scenario',
    kind: 'text',
    label: {
      nl: 'Mini-scenario: hoe ziet dit er bij ons uit? Schrijf het in een paar zinnen.',
      en: 'Mini-scenario: what does this look like for us? Write it in a few sentences.',
    },
    placeholder: { nl: 'In deze Onderwijsregio ...', en: 'In this education region ...' },
    maxLength: ANSWER_LIMITS.scenario,
    multiline: true,
    required: false,
  },
  {
    id: 'keyword',
    kind: 'text',
    label: { nl: 'Metafoor of trefwoord', en: 'Metaphor or keyword' },
    placeholder: { nl: 'Bijvoorbeeld: een estafette', en: 'For example: a relay race' },
    maxLength: ANSWER_LIMITS.keyword,
    multiline: false,
    required: false,
  },
  {
    id: 'discussable',
    kind: 'text',
    label: { nl: 'Wat maak je bespreekbaar?', en: 'What do you open up for discussion?' },
    placeholder: { nl: 'Wat wil je op tafel krijgen?', en: 'What do you want to put on the table?' },
    maxLength: ANSWER_LIMITS.discussable,
    multiline: true,
    required: false,
  },
  {
    id: 'needed',
    kind: 'text',
    label: { nl: 'Wat is daarvoor nodig?', en: 'What is needed for that?' },
    placeholder: { nl: 'Mensen, tijd, afspraken, geld ...', en: 'People, time, agreements, money ...' },
    maxLength: ANSWER_LIMITS.needed,
    multiline: true,
    required: false,
  },
  {
    id: 'shareAnonymously',
    kind: 'toggle',
    label: { nl: 'Deel anoniem in samenvattingen', en: 'Share anonymously in summaries' },
    defaultValue: DEFAULT_SHARE_ANONYMOUSLY,
    required: false,
  },
];

export function reflectionQuestion(id: AnswerField): ReflectionQuestion | undefined {
  return REFLECTION_QUESTIONS.find((question) => question.id === id);
}

/** Label of a score value, e.g. 1 -> "Nog ver weg". */
export function scoreLabel(score: Score, locale: keyof Localized): string {
  const question = REFLECTION_QUESTIONS[0] as ScoreQuestion;
  return question.options.find((option) => option.value === score)?.label[locale] ?? String(score);
}
