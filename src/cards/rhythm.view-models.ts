/**
 * View models of the rhythm's own messages: the reminder a person gets in their direct messages, and the closing
 * summary posted under a prompt. Both arrive localised; the renderers only lay them out.
 */
import type { PromptViewModel } from './view-models';

export interface ReminderViewModel {
  /** "Nog even: de vraag over ... staat open tot ...". */
  text: string;
  /** The prompt in the person's language, without a pre-filled answer (reminders only go to people who have not answered). */
  prompt: PromptViewModel;
}

export interface SummaryViewModel {
  locale: string;
  /** "Oogst van de vraag over ...". */
  title: string;
  /** Count, average, keywords: may contain people's keywords, so renderers treat them as plain text. */
  lines: string[];
  /** Texts people chose to share anonymously; never with a name. */
  quotes: string[];
}
