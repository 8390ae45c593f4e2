import { ACTIONS, ANSWER_INPUT_IDS, answerModalErrorResponse, answerModalView, type Block, type InputBlock } from '../../src/cards';
import { checkModalView } from '../support/block-kit-check';
import { closedPromptVm, editingPromptVm, errorsPromptVm, oversizedPromptVm, promptVm } from './fixtures/view-models.fixture';

const inputs = (blocks: Block[]) => blocks.filter((block): block is InputBlock => block.type === 'input');
const inputBlock = (blocks: Block[], id: string) => {
  const found = inputs(blocks).find((block) => block.block_id === id);
  if (!found) throw new Error(`no input block ${id}`);
  return found;
};

describe('answerModalView', () => {
  it.each([
    ['open', promptVm()],
    ['closed', closedPromptVm()],
    ['editing', editingPromptVm()],
    ['errors', errorsPromptVm()],
    ['oversized', oversizedPromptVm()],
    ['eleven score choices', promptVm({ questions: { ...promptVm().questions, score: { ...promptVm().questions.score, choices: Array.from({ length: 11 }, (_, i) => ({ value: i, title: String(i) })) } } })],
  ])('stays within Slack limits (%s)', (_state, vm) => {
    expect(checkModalView(answerModalView(vm))).toEqual([]);
  });

  it('is a modal with callback id, prompt id in private_metadata, title, submit and close', () => {
    const view = answerModalView(promptVm());
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: ACTIONS.submitAnswer,
      title: { type: 'plain_text', text: 'Beantwoorden' },
      submit: { type: 'plain_text', text: 'Versturen' },
      close: { type: 'plain_text', text: 'Annuleren' },
    });
    expect(JSON.parse(view.private_metadata)).toEqual({ promptId: 'prm_01HZX3' });
  });

  it('has one input block per answer field, block_id = action_id = input id', () => {
    const blocks = answerModalView(promptVm()).blocks;
    expect(inputs(blocks).map((block) => block.block_id)).toEqual(Object.values(ANSWER_INPUT_IDS));
    for (const block of inputs(blocks)) expect(block.element.action_id).toBe(block.block_id);
    const score = inputBlock(blocks, 'score');
    expect(score.optional).toBeUndefined();
    expect(score.element).toMatchObject({ type: 'radio_buttons', options: expect.arrayContaining([{ text: { type: 'plain_text', text: '3', emoji: true }, value: '3' }]) });
    expect(score.element).not.toHaveProperty('initial_option');
    expect(inputBlock(blocks, 'scenario')).toMatchObject({ optional: true, element: { type: 'plain_text_input', multiline: true, max_length: 1000 } });
    expect(inputBlock(blocks, 'keyword').element).toMatchObject({ type: 'plain_text_input', max_length: 60 });
    expect(inputBlock(blocks, 'keyword').element).not.toHaveProperty('multiline');
    expect(inputBlock(blocks, 'discussable')).toMatchObject({ optional: true, element: { multiline: true, max_length: 500 } });
    expect(inputBlock(blocks, 'needed')).toMatchObject({ optional: true, element: { multiline: true, max_length: 500 } });
    expect(inputBlock(blocks, 'shareAnonymously')).toMatchObject({ optional: true, element: { type: 'checkboxes', options: [{ value: 'true' }] } });
    expect(inputBlock(blocks, 'shareAnonymously').element).not.toHaveProperty('initial_options');
  });

  it('uses a static select when there are more than 10 score choices', () => {
    const choices = Array.from({ length: 11 }, (_, i) => ({ value: i, title: String(i) }));
    const vm = promptVm({ questions: { ...promptVm().questions, score: { ...promptVm().questions.score, choices } } });
    expect(inputBlock(answerModalView(vm).blocks, 'score').element.type).toBe('static_select');
  });

  it('editing: pre-fills every input and shows the confirmation first', () => {
    const view = answerModalView(editingPromptVm());
    expect(view.blocks[0]).toMatchObject({ type: 'section', text: { text: expect.stringContaining('Dank je!') } });
    const blocks = view.blocks;
    expect(inputBlock(blocks, 'score').element).toMatchObject({ initial_option: { value: '4' } });
    expect(inputBlock(blocks, 'scenario').element).toMatchObject({ initial_value: expect.stringMatching(/^In deze Onderwijsregio/) });
    expect(inputBlock(blocks, 'keyword').element).toMatchObject({ initial_value: 'Vlechtwerk' });
    expect(inputBlock(blocks, 'discussable').element).toMatchObject({ initial_value: 'Wie is eigenaar van de peer review?' });
    expect(inputBlock(blocks, 'needed').element).toMatchObject({ initial_value: 'Tijd voor schoolopleiders & HR' });
    expect(inputBlock(blocks, 'shareAnonymously').element).toMatchObject({ initial_options: [{ value: 'true' }] });
  });

  it('errors: a warning context right under each failing input', () => {
    const blocks = answerModalView(errorsPromptVm()).blocks;
    for (const [id, message] of Object.entries(errorsPromptVm().errors!)) {
      const at = blocks.findIndex((block) => block.block_id === id);
      expect(blocks[at + 1]).toMatchObject({ type: 'context', elements: [{ text: `:warning: ${message}` }] });
    }
  });

  it('closed: no inputs and no submit button, a closed text', () => {
    const view = answerModalView(closedPromptVm());
    expect(inputs(view.blocks)).toEqual([]);
    expect(view.submit).toBeUndefined();
    expect(JSON.stringify(view.blocks)).toContain('Deze vraag is gesloten.');
  });

  it('cuts texts to Slack limits', () => {
    const view = answerModalView(oversizedPromptVm());
    expect(view.title.text).toHaveLength(24);
    expect(view.title.text.endsWith('…')).toBe(true);
    expect(inputBlock(view.blocks, 'scenario').element).toMatchObject({ max_length: 3000 });
  });
});

describe('answerModalErrorResponse', () => {
  it('maps errors to block ids for ack({ response_action: "errors" })', () => {
    expect(answerModalErrorResponse({ score: 'Kies een score.', keyword: undefined })).toEqual({
      response_action: 'errors',
      errors: { score: 'Kies een score.' },
    });
  });
});
