/**
 * The anonymised view of answers: what summaries, digests and any other aggregate may see. It never carries a
 * person id, an answer id or a time (the order or moment of answering can point at someone), and free texts only
 * where the person chose "Deel anoniem in samenvattingen". Scores are always included: they are only ever shown
 * as aggregates above a minimum group size. Features that summarise answers must read them through this view.
 */
import type { AnswerFields, AnswerRecord } from '../model/records';

/**
 * An answer without who or when: the fields of AnswerFields. The texts are present only when the person chose
 * to share them anonymously; shareAnonymously is false for answers kept as a score only.
 */
export type AnonymisedAnswer = Pick<AnswerFields, 'score' | 'scenario' | 'keyword' | 'discussable' | 'needed' | 'shareAnonymously'>;

/** What the view reads of an answer: its content, never who or when. A full AnswerRecord fits too. */
export type AnswerContent = Pick<AnswerRecord, 'score' | 'scenario' | 'keyword' | 'discussable' | 'needed' | 'shareAnonymously'>;

/** A score left behind by an erased or expired answer (answerPolicy keep_scores). */
export interface KeptScore { score: number }

const texts = (answer: AnswerContent) => ({
  ...(answer.scenario ? { scenario: answer.scenario } : {}),
  ...(answer.keyword ? { keyword: answer.keyword } : {}),
  ...(answer.discussable ? { discussable: answer.discussable } : {}),
  ...(answer.needed ? { needed: answer.needed } : {}),
});

/** Sorted by content, never by who or when: an order could hint at the author. */
function byContent(a: AnonymisedAnswer, b: AnonymisedAnswer): number {
  return a.score - b.score || JSON.stringify(a).localeCompare(JSON.stringify(b));
}

/** Builds the anonymised view from stored answers (and kept scores). Only listed fields are copied, never spread. */
export function anonymiseAnswers(answers: readonly AnswerContent[], kept: readonly KeptScore[] = []): AnonymisedAnswer[] {
  const shown = answers.map((answer): AnonymisedAnswer => ({
    score: answer.score,
    ...(answer.shareAnonymously ? texts(answer) : {}),
    shareAnonymously: answer.shareAnonymously,
  }));
  const scores = kept.map((k): AnonymisedAnswer => ({ score: k.score, shareAnonymously: false }));
  return [...shown, ...scores].sort(byContent);
}
