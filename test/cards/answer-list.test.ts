import { MAX_SLACK_ANSWER_ITEMS, answerListAdaptiveCard, answerListBlocks } from '../../src/cards';
import { checkAdaptiveCard, findByType } from '../support/adaptive-card-check';
import { checkBlockKitMessage } from '../support/block-kit-check';
import { answerListVm } from './fixtures/view-models.fixture';

describe('answer list', () => {
  it.each([0, 1, 3, 16, 40])('is valid on both platforms with %i items', (count) => {
    expect(checkAdaptiveCard(answerListAdaptiveCard(answerListVm(count)))).toEqual([]);
    expect(checkBlockKitMessage(answerListBlocks(answerListVm(count)))).toEqual([]);
  });

  it('Adaptive Card: title, then per item focus, date · score, excerpt', () => {
    const card = answerListAdaptiveCard(answerListVm(2));
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Mijn antwoorden', style: 'heading' });
    const items = findByType(card, 'Container');
    expect(items).toHaveLength(2);
    expect(items[1]!.items).toEqual([
      expect.objectContaining({ text: 'Financiën', weight: 'bolder' }),
      expect.objectContaining({ text: '2 februari 2026 · Score 2', isSubtle: true }),
      expect.objectContaining({ text: expect.stringMatching(/^In deze Onderwijsregio/), maxLines: 3 }),
    ]);
    expect(card.actions).toBeUndefined();
  });

  it('empty: shows the empty text on both platforms', () => {
    expect(JSON.stringify(answerListAdaptiveCard(answerListVm(0)))).toContain('Je hebt nog geen antwoorden gegeven.');
    expect(JSON.stringify(answerListBlocks(answerListVm(0)).blocks)).toContain('Je hebt nog geen antwoorden gegeven.');
  });

  it('Block Kit: header, a section and a context per item, dividers between, capped to fit 50 blocks', () => {
    const message = answerListBlocks(answerListVm(2));
    expect(message.text).toBe('Mijn antwoorden');
    expect(message.blocks.map((block) => block.type)).toEqual(['header', 'section', 'context', 'divider', 'section', 'context']);
    expect(message.blocks[1]).toMatchObject({ text: { text: expect.stringMatching(/^\*Kwaliteit\*\nIn deze/) } });
    const many = answerListBlocks(answerListVm(40));
    expect(many.blocks.filter((block) => block.type === 'section')).toHaveLength(MAX_SLACK_ANSWER_ITEMS);
    expect(many.blocks.length).toBeLessThanOrEqual(50);
  });
});
