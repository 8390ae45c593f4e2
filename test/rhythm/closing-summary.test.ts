import type { AnswerRecord, PromptRecord } from '../../src/domain/model/records';
import { summarize, summaryLines } from '../../src/domain/rhythm/closing-summary';

const prompt: PromptRecord = { id: 'p1', partnershipId: 'x', slotKey: 's', focusCode: 'financien', opensAt: new Date(), closesAt: new Date(), status: 'closed' };
let n = 0;
const answer = (score: number, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  id: `a${++n}`, promptId: 'p1', personId: `u${n}`, score, shareAnonymously: false, createdAt: new Date(), updatedAt: new Date(), ...over,
});

describe('closing summary', () => {
  it('with three or more answers: count, average, keywords by frequency, and only anonymously shared quotes', () => {
    const summary = summarize(prompt, [
      answer(4, { keyword: 'Samen', scenario: 'Zo delen we de kosten.', shareAnonymously: true }),
      answer(3, { keyword: 'samen', scenario: 'Niet gedeeld: privé.' }),
      answer(2, { keyword: 'Geld', discussable: 'Wie betaalt de begeleiding?', shareAnonymously: true }),
    ]);
    expect(summary).toMatchObject({ answerCount: 3, averageScore: 3, keywords: ['Samen', 'Geld'], quotes: ['Wie betaalt de begeleiding?', 'Zo delen we de kosten.'] });
    const lines = summaryLines(summary, 'nl');
    expect(lines).toEqual([
      'Oogst van de vraag over Financiën',
      'Deze vraag is gesloten. Er kwamen 3 antwoorden binnen.',
      'Gemiddelde score: 3 van 5.',
      'Trefwoorden: Samen en Geld.',
      'Anoniem gedeeld:',
      '> Wie betaalt de begeleiding?',
      '> Zo delen we de kosten.',
    ]);
    expect(lines.join('\n')).not.toContain('privé');
  });

  it('with fewer than three answers: only the count, nothing that could point at a person', () => {
    const summary = summarize(prompt, [answer(5, { keyword: 'uniek', scenario: 'Mijn verhaal', shareAnonymously: true }), answer(1)]);
    expect(summary).toMatchObject({ answerCount: 2, averageScore: null, keywords: [], quotes: [] });
    expect(summaryLines(summary, 'nl')).toEqual([
      'Oogst van de vraag over Financiën',
      'Deze vraag is gesloten. Er kwamen 2 antwoorden binnen.',
      'Bij minder dan 3 antwoorden laat ik verder niets zien, zodat niemand herkenbaar is.',
    ]);
    expect(summaryLines(summarize(prompt, []), 'en')).toEqual(['Harvest of the question about Finances', expect.stringContaining('0')]);
  });

  it('rounds the average to one decimal and shortens long quotes', () => {
    const long = 'x'.repeat(400);
    const summary = summarize(prompt, [answer(4), answer(4), answer(5, { scenario: long, shareAnonymously: true })]);
    expect(summary.averageScore).toBe(4.3);
    expect(summary.quotes[0]).toHaveLength(280);
    expect(summaryLines(summary, 'nl')).toContain('Gemiddelde score: 4,3 van 5.');
  });
});
