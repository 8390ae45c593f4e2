import { ACTIONS, promptBlockKitMessage, type Block } from '../../src/cards';
import { checkBlockKitMessage } from '../support/block-kit-check';
import { closedPromptVm, editingPromptVm, oversizedPromptVm, promptVm } from './fixtures/view-models.fixture';

const ofType = <T extends Block['type']>(blocks: Block[], type: T) =>
  blocks.filter((block): block is Extract<Block, { type: T }> => block.type === type);

describe('promptBlockKitMessage', () => {
  it.each([
    ['open', promptVm()],
    ['closed', closedPromptVm()],
    ['editing', editingPromptVm()],
    ['oversized', oversizedPromptVm()],
    ['oversized closed', { ...oversizedPromptVm(), state: 'closed' as const }],
  ])('stays within Slack limits (%s)', (_state, vm) => {
    expect(checkBlockKitMessage(promptBlockKitMessage(vm))).toEqual([]);
  });

  it('shows header, principle, the ideal state as a quote, closing time and count, and an answer button', () => {
    const message = promptBlockKitMessage(promptVm());
    expect(message.text).toMatch(/^Kwaliteit: Kwaliteit is gedeeld eigenaarschap/);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Kwaliteit', emoji: true } });
    const contexts = ofType(message.blocks, 'context').map((b) => b.elements.map((e) => e.text));
    expect(contexts).toContainEqual(['Partnerschap Stad &amp; Streek', 'Ontwikkel samen ambities met oog voor regionale kwaliteit en context']);
    expect(contexts).toContainEqual(['Open tot dinsdag 3 februari, 09:00', '3 reacties']);
    const [quote] = ofType(message.blocks, 'section');
    expect(quote!.text).toEqual({ type: 'mrkdwn', text: expect.stringMatching(/^\*Ideaalbeeld\*\n>_Kwaliteit is gedeeld .*onderlegger\._$/) });
    const [actions] = ofType(message.blocks, 'actions');
    expect(actions!.elements).toEqual([
      { type: 'button', action_id: ACTIONS.openAnswer, value: 'prm_01HZX3', style: 'primary', text: { type: 'plain_text', text: 'Beantwoorden', emoji: true } },
    ]);
  });

  it('closed: no button, a closed line instead of the closing time', () => {
    const message = promptBlockKitMessage(closedPromptVm());
    expect(ofType(message.blocks, 'actions')).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('*Deze vraag is gesloten.*');
    expect(JSON.stringify(message.blocks)).not.toContain('Open tot');
  });

  it('quotes every line of a multi-line ideal state and escapes mrkdwn control characters', () => {
    const vm = promptVm({ focusPoint: { code: 'x', label: 'L', idealState: 'Regel <een> & zo\nRegel twee' } });
    const [quote] = ofType(promptBlockKitMessage(vm).blocks, 'section');
    expect(quote!.text.text).toBe('*Ideaalbeeld*\n>_Regel &lt;een&gt; &amp; zo_\n>_Regel twee_');
  });
});
