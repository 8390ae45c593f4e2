/** Reminder and closing summary -> the neutral view models both platforms render (src/cards/rhythm.view-models.ts). */
import type { ReminderViewModel, SummaryViewModel } from '../../cards';
import type { Locale } from '../../domain/i18n';
import type { PromptRecord } from '../../domain/model/records';
import type { ReminderContext } from '../../domain/ports';
import { ClosingSummary, summaryLines } from '../../domain/rhythm/closing-summary';
import { PlatformDeps } from './platform-deps';
import { promptViewModel } from './prompt.presenter';

/** The prompt as the reminded person sees it: in their language, not pre-filled (they have not answered). */
export async function reminderView(deps: PlatformDeps, prompt: PromptRecord, context: ReminderContext): Promise<ReminderViewModel> {
  const [partnership, responseCount, current] = await Promise.all([
    deps.repos.partnerships.findById(prompt.partnershipId),
    deps.repos.answers.countForPrompt(prompt.id),
    deps.repos.prompts.findById(prompt.id),
  ]);
  const view = promptViewModel({ prompt: current ?? prompt, partnershipName: partnership?.name ?? '', responseCount, locale: context.locale, now: deps.clock.now() });
  return { text: context.text, prompt: view };
}

/**
 * summaryLines() is the one wording of the summary; its quote lines ("> ...") are split off so each renderer
 * can show them as quotes without reading markdown out of what people typed.
 */
export function summaryView(summary: ClosingSummary, locale: Locale): SummaryViewModel {
  const [title = '', ...rest] = summaryLines(summary, locale);
  const quoteLines = new Set(summary.quotes.map((quote) => `> ${quote}`));
  return { locale, title, lines: rest.filter((line) => !quoteLines.has(line)), quotes: [...summary.quotes] };
}
