/**
 * Neutral view models: everything a card shows arrives here already localised (labels included).
 * The card functions only lay them out, once for Teams (Adaptive Cards 1.5) and once for Slack (Block Kit).
 */
import type { AnswerInputId } from './action-ids';

export interface ScoreChoiceView {
  value: number;
  title: string;
}

export interface ScoreQuestionView {
  label: string;
  choices: ScoreChoiceView[];
  /** Shown by the Teams client when the score is left empty (`errorMessage` of the required input). */
  requiredMessage: string;
}

export interface TextQuestionView {
  label: string;
  placeholder?: string;
  maxLength: number;
}

export interface ToggleQuestionView {
  label: string;
}

export interface PromptQuestionsView {
  score: ScoreQuestionView;
  scenario: TextQuestionView;
  keyword: TextQuestionView;
  discussable: TextQuestionView;
  needed: TextQuestionView;
  shareAnonymously: ToggleQuestionView;
}

/** A member's earlier answer, used to pre-fill the form when editing. */
export interface ExistingAnswerView {
  score: number;
  scenario?: string;
  keyword?: string;
  discussable?: string;
  needed?: string;
  shareAnonymously: boolean;
}

export type PromptState = 'open' | 'closed';

export interface PromptViewModel {
  promptId: string;
  /** BCP 47 tag, e.g. "nl" or "en"; set as the card's `lang`. */
  locale: string;
  partnershipName: string;
  principle: { code: string; title: string };
  focusPoint: { code: string; label: string; idealState: string };
  /** Caption above the ideal-state quote, e.g. "Ideaalbeeld". */
  idealStateLabel: string;
  questions: PromptQuestionsView;
  /** e.g. "Open tot dinsdag 3 februari, 09:00". */
  closesAtText: string;
  /** e.g. "3 reacties". */
  responseCountText: string;
  state: PromptState;
  /** e.g. "Deze vraag is gesloten." */
  closedText: string;
  /** e.g. "Beantwoorden": the Slack button, also the Slack modal title (cut to 24 characters). */
  answerButtonLabel: string;
  /** e.g. "Versturen". */
  submitLabel: string;
  /** e.g. "Annuleren": the Slack modal's close button. */
  closeLabel: string;
  existingAnswer?: ExistingAnswerView;
  /** Shown at the top, e.g. "Dank je! Je kunt je antwoord bewerken tot ...". */
  confirmation?: string;
  /** Validation messages shown under each input when a card is re-rendered. */
  errors?: Partial<Record<AnswerInputId, string>>;
}

export type MessageTone = 'info' | 'success' | 'warning' | 'error';

export interface CommandButtonView {
  label: string;
  /** The text command the button runs, e.g. "status". */
  command: string;
}

/** A general message: welcome/setup, help, status, errors. */
export interface MessageViewModel {
  title?: string;
  lines: string[];
  tone?: MessageTone;
  buttons?: CommandButtonView[];
}

export interface AnswerListItemView {
  focusLabel: string;
  dateText: string;
  scoreText: string;
  excerpt: string;
}

/** "Mijn antwoorden". */
export interface AnswerListViewModel {
  title: string;
  items: AnswerListItemView[];
  emptyText: string;
}
