/**
 * The closing summary posted under a prompt when its window ends: how many answered, and only when at least
 * SUMMARY_MIN_GROUP people answered also the average score, the keywords and the quotes people chose to share
 * anonymously. Below that, an average or a keyword could point at one person, so only the count is shown
 * (the same minimum group rule as for the regional lead's digest).
 */
import { focusPointByCode } from '../catalogue/focus-point.lookup';
import { formatList, Locale, t } from '../i18n';
import type { AnswerRecord, PromptRecord } from '../model/records';
import { normalizeKey } from '../text/normalize';

export const SUMMARY_MIN_GROUP = 3;
const MAX_KEYWORDS = 5;
const MAX_QUOTES = 3;
const MAX_QUOTE_LENGTH = 280;

export interface ClosingSummary {
  promptId: string;
  focusCode: string;
  answerCount: number;
  /** One decimal; null below the minimum group. */
  averageScore: number | null;
  keywords: string[];
  quotes: string[];
  minGroup: number;
}

function topKeywords(answers: readonly AnswerRecord[]): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const answer of answers) {
    const text = answer.keyword?.trim();
    const key = text ? normalizeKey(text) : '';
    if (!text || !key) continue;
    const entry = counts.get(key) ?? { text, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text)).slice(0, MAX_KEYWORDS).map((e) => e.text);
}

function quotesOf(answers: readonly AnswerRecord[]): string[] {
  const texts = answers
    .filter((a) => a.shareAnonymously)
    .map((a) => (a.scenario ?? a.discussable ?? '').trim())
    .filter((text) => text !== '')
    .map((text) => (text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text));
  // Alphabetical, not in answer order: the order people answered in could hint at who wrote what.
  return texts.sort((a, b) => a.localeCompare(b)).slice(0, MAX_QUOTES);
}

export function summarize(prompt: PromptRecord, answers: readonly AnswerRecord[], minGroup = SUMMARY_MIN_GROUP): ClosingSummary {
  const enough = answers.length >= minGroup;
  const average = answers.reduce((sum, a) => sum + a.score, 0) / (answers.length || 1);
  return {
    promptId: prompt.id,
    focusCode: prompt.focusCode,
    answerCount: answers.length,
    averageScore: enough ? Math.round(average * 10) / 10 : null,
    keywords: enough ? topKeywords(answers) : [],
    quotes: enough ? quotesOf(answers) : [],
    minGroup,
  };
}

/** The summary as text lines, so both platforms say the same thing. */
export function summaryLines(summary: ClosingSummary, locale: Locale): string[] {
  const focus = focusPointByCode(summary.focusCode)?.label[locale] ?? summary.focusCode;
  const lines = [t(locale, 'summary.header', { focus }), t(locale, 'prompt.closed.summary', { count: summary.answerCount })];
  if (summary.averageScore === null) {
    if (summary.answerCount > 0) lines.push(t(locale, 'summary.tooFew', { min: summary.minGroup }));
    return lines;
  }
  lines.push(t(locale, 'summary.average', { score: summary.averageScore.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') }));
  if (summary.keywords.length) lines.push(t(locale, 'summary.keywords', { keywords: formatList(locale, summary.keywords) }));
  if (summary.quotes.length) lines.push(t(locale, 'summary.quotes'), ...summary.quotes.map((q) => `> ${q}`));
  return lines;
}
