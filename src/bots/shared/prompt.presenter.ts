/** Domain prompt + catalogue + locale -> the neutral PromptViewModel both platforms render. */
import { PromptViewModel } from '../../cards';
import { focusPointByCode, principleByCode, REFLECTION_QUESTIONS, ReflectionQuestion } from '../../domain/catalogue';
import { formatDate, Locale, t } from '../../domain/i18n';
import { AnswerRecord, PromptRecord } from '../../domain/model/records';

export interface PromptPresentation {
  prompt: PromptRecord;
  partnershipName: string;
  responseCount: number;
  locale: Locale;
  /** The moment "open" is judged against (closing happens on a schedule, the clock decides in between). */
  now: Date;
  existingAnswer?: AnswerRecord | null;
  confirmation?: string;
  errors?: PromptViewModel['errors'];
}

function question<K extends ReflectionQuestion['kind']>(id: string, kind: K): Extract<ReflectionQuestion, { kind: K }> {
  const found = REFLECTION_QUESTIONS.find((q) => q.id === id && q.kind === kind);
  if (!found) throw new Error(`reflection question ${id} missing from the catalogue`);
  return found as Extract<ReflectionQuestion, { kind: K }>;
}

function textQuestion(id: 'scenario' | 'keyword' | 'discussable' | 'needed', locale: Locale) {
  const q = question(id, 'text');
  return { label: q.label[locale], placeholder: q.placeholder[locale] || undefined, maxLength: q.maxLength };
}

export function isPromptOpen(prompt: PromptRecord, now: Date): boolean {
  return prompt.status === 'open' && prompt.closesAt.getTime() > now.getTime();
}

export function promptViewModel(p: PromptPresentation): PromptViewModel {
  const { prompt, locale } = p;
  const focus = focusPointByCode(prompt.focusCode);
  const principle = focus ? principleByCode(focus.principle) : undefined;
  const score = question('score', 'score');
  const existing = p.existingAnswer;
  return {
    promptId: prompt.id,
    locale,
    partnershipName: p.partnershipName,
    principle: { code: principle?.code ?? '', title: principle?.title[locale] ?? '' },
    focusPoint: { code: prompt.focusCode, label: focus?.label[locale] ?? prompt.focusCode, idealState: focus?.idealState[locale] ?? '' },
    idealStateLabel: t(locale, 'card.idealState'),
    questions: {
      score: { label: score.label[locale], choices: score.options.map((o) => ({ value: o.value, title: `${o.value} - ${o.label[locale]}` })), requiredMessage: t(locale, 'answer.score.required') },
      scenario: textQuestion('scenario', locale),
      keyword: textQuestion('keyword', locale),
      discussable: textQuestion('discussable', locale),
      needed: textQuestion('needed', locale),
      shareAnonymously: { label: question('shareAnonymously', 'toggle').label[locale] },
    },
    closesAtText: t(locale, 'card.openUntil', { date: formatDate(locale, prompt.closesAt) }),
    responseCountText: p.responseCount === 1 ? t(locale, 'card.responses.one') : t(locale, 'card.responses', { count: p.responseCount }),
    state: isPromptOpen(prompt, p.now) ? 'open' : 'closed',
    closedText: t(locale, 'prompt.closed'),
    answerButtonLabel: t(locale, 'card.answer'),
    submitLabel: t(locale, 'card.submit'),
    closeLabel: t(locale, 'card.cancel'),
    ...(existing
      ? { existingAnswer: { score: existing.score, scenario: existing.scenario, keyword: existing.keyword, discussable: existing.discussable, needed: existing.needed, shareAnonymously: existing.shareAnonymously } }
      : {}),
    ...(p.confirmation ? { confirmation: p.confirmation } : {}),
    ...(p.errors ? { errors: p.errors } : {}),
  };
}
