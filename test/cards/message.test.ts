import { ACTIONS, RUN_COMMAND_ACTION_ID_PATTERN, messageAdaptiveCard, messageBlocks, type MessageViewModel } from '../../src/cards';
import { checkAdaptiveCard, findByType } from '../support/adaptive-card-check';
import { checkBlockKitMessage } from '../support/block-kit-check';
import { messageVm } from './fixtures/view-models.fixture';

const variants: Array<[string, MessageViewModel]> = [
  ['welcome', messageVm()],
  ['error without title or buttons', { lines: ['Onbekende opdracht "stauts". Typ help.'], tone: 'error' }],
  ['plain', { title: 'Status', lines: ['Partnerschap: Stad & Streek', 'Ritme: wekelijks'] }],
  ['success', messageVm({ tone: 'success' })],
  ['warning', messageVm({ tone: 'warning' })],
  ['no lines', { title: 'Leeg', lines: [] }],
  ['huge', { title: 'x'.repeat(500), lines: Array.from({ length: 400 }, (_, i) => `Regel ${i} `.repeat(50)), buttons: Array.from({ length: 30 }, (_, i) => ({ label: `Knop ${i} `.repeat(20), command: `cmd ${i}` })) }],
];

describe('messageAdaptiveCard', () => {
  it.each(variants)('is a valid Adaptive Card 1.5 (%s)', (_name, vm) => {
    expect(checkAdaptiveCard(messageAdaptiveCard(vm))).toEqual([]);
  });

  it('lays out title, lines in a tone container, and command buttons as Action.Submit', () => {
    const card = messageAdaptiveCard(messageVm());
    expect(card.body).toEqual([expect.objectContaining({ type: 'Container', style: 'emphasis' })]);
    expect(findByType(card, 'TextBlock').map((block) => block.text)).toEqual([
      'Welkom bij Oogst',
      'Ik stel dit kanaal elke week één reflectievraag.',
      'Typ *help* voor alle opdrachten.',
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Status', data: { action: ACTIONS.runCommand, command: 'status' } },
      { type: 'Action.Submit', title: 'Help', data: { action: ACTIONS.runCommand, command: 'help' } },
    ]);
  });

  it('keeps at most five top-level actions and puts further buttons in action sets of five', () => {
    const buttons = Array.from({ length: 12 }, (_, i) => ({ label: `Knop ${i}`, command: `cmd ${i}` }));
    const card = messageAdaptiveCard(messageVm({ buttons }));
    expect(card.actions).toHaveLength(5);
    expect(findByType(card, 'ActionSet').map((set) => (set.actions as unknown[]).length)).toEqual([5, 2]);
    expect(findByType(card, 'Action.Submit').map((action) => (action.data as { command: string }).command)).toHaveLength(12);
  });

  it('maps tones to container styles; no tone means no container and no buttons means no actions', () => {
    expect(messageAdaptiveCard(messageVm({ tone: 'error' })).body[0]).toMatchObject({ style: 'attention' });
    expect(messageAdaptiveCard(messageVm({ tone: 'success' })).body[0]).toMatchObject({ style: 'good' });
    expect(messageAdaptiveCard(messageVm({ tone: 'warning' })).body[0]).toMatchObject({ style: 'warning' });
    const plain = messageAdaptiveCard({ lines: ['Hallo'] });
    expect(plain.body).toEqual([expect.objectContaining({ type: 'TextBlock', text: 'Hallo' })]);
    expect(plain.actions).toBeUndefined();
  });
});

describe('messageBlocks', () => {
  it.each(variants)('stays within Slack limits (%s)', (_name, vm) => {
    expect(checkBlockKitMessage(messageBlocks(vm))).toEqual([]);
  });

  it('lays out header, escaped lines, and numbered command buttons', () => {
    const message = messageBlocks(messageVm());
    expect(message.text).toBe('Welkom bij Oogst\nIk stel dit kanaal elke week één reflectievraag.\nTyp *help* voor alle opdrachten.');
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: ':information_source: Welkom bij Oogst' } });
    expect(message.blocks[1]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: 'Ik stel dit kanaal elke week één reflectievraag.\nTyp *help* voor alle opdrachten.' } });
    expect(message.blocks[2]).toEqual({
      type: 'actions',
      block_id: 'commands',
      elements: [
        { type: 'button', action_id: `${ACTIONS.runCommand}:0`, value: 'status', text: { type: 'plain_text', text: 'Status', emoji: true } },
        { type: 'button', action_id: `${ACTIONS.runCommand}:1`, value: 'help', text: { type: 'plain_text', text: 'Help', emoji: true } },
      ],
    });
    for (const id of [`${ACTIONS.runCommand}:0`, `${ACTIONS.runCommand}:12`]) expect(id).toMatch(RUN_COMMAND_ACTION_ID_PATTERN);
    expect(`${ACTIONS.openAnswer}:0`).not.toMatch(RUN_COMMAND_ACTION_ID_PATTERN);
  });

  it('without a title puts the tone emoji before the first line and escapes & < >', () => {
    const message = messageBlocks({ lines: ['Fout: <geen> kanaal & geen team'], tone: 'error' });
    expect(message.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: ':x: Fout: &lt;geen&gt; kanaal &amp; geen team' } }]);
    expect(message.text).toBe('Fout: &lt;geen&gt; kanaal &amp; geen team');
  });
});
