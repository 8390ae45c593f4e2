/**
 * The anonymised view summaries and digests must use: no person id, answer id, name or time ever comes out of it,
 * texts only where the person chose to share them, and an order that says nothing about who answered first.
 */
import { anonymiseAnswers } from '../../src/domain/privacy/anonymised-answers';
import { AnswerRecord } from '../../src/domain/model/records';

const answer = (over: Partial<AnswerRecord>): AnswerRecord => ({
  id: 'answer-1', promptId: 'prompt-1', personId: 'person-mees-0001', score: 3, shareAnonymously: false,
  createdAt: new Date('2027-02-02T09:00:00Z'), updatedAt: new Date('2027-02-02T09:05:00Z'), ...over,
});

describe('anonymised view of answers', () => {
  const answers = [
    answer({ id: 'a1', personId: 'person-mees-0001', score: 4, scenario: 'Mees schrijft: wij delen plekken.', keyword: 'kompas', shareAnonymously: true }),
    answer({ id: 'a2', personId: 'person-carla-002', score: 2, scenario: 'Alleen voor mij.', keyword: 'geheim', discussable: 'x', needed: 'y' }),
    answer({ id: 'a3', personId: 'person-bram-0003', score: 5, needed: 'Tijd', shareAnonymously: true }),
  ];

  it('carries no person id, answer id, prompt id or time', () => {
    const json = JSON.stringify(anonymiseAnswers(answers, [{ score: 1 }]));
    for (const leak of ['person-', 'a1', 'a2', 'a3', 'prompt-1', '2027-02-02', 'personId', 'createdAt', 'updatedAt', '"id"']) expect(json).not.toContain(leak);
    for (const view of anonymiseAnswers(answers)) expect(Object.keys(view).sort()).toEqual(expect.arrayContaining(['score', 'shareAnonymously']));
  });

  it('shows texts only of answers shared anonymously; others count with their score only', () => {
    const view = anonymiseAnswers(answers);
    expect(view).toEqual([
      { score: 2, shareAnonymously: false },
      { score: 4, scenario: 'Mees schrijft: wij delen plekken.', keyword: 'kompas', shareAnonymously: true },
      { score: 5, needed: 'Tijd', shareAnonymously: true },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/geheim|Alleen voor mij/);
  });

  it('orders by content, not by who answered when', () => {
    const reversed = anonymiseAnswers([...answers].reverse());
    expect(reversed).toEqual(anonymiseAnswers(answers));
  });

  it('includes scores kept after an erasure, as scores only', () => {
    expect(anonymiseAnswers([], [{ score: 3 }, { score: 1 }])).toEqual([{ score: 1, shareAnonymously: false }, { score: 3, shareAnonymously: false }]);
  });
});
