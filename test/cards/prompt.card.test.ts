import { ACTIONS, ANSWER_INPUT_IDS, promptAdaptiveCard, promptChannelAdaptiveCard, type AdaptiveCard } from '../../src/cards';
import { checkAdaptiveCard, findByType, inputIds } from '../support/adaptive-card-check';
import { closedPromptVm, editingPromptVm, errorsPromptVm, oversizedPromptVm, promptVm } from './fixtures/view-models.fixture';

const input = (card: AdaptiveCard, id: string) => {
  const found = findByType(card, 'Input.Text')
    .concat(findByType(card, 'Input.ChoiceSet'), findByType(card, 'Input.Toggle'))
    .find((element) => element.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
};
const texts = (card: AdaptiveCard) => JSON.stringify(card.body);

describe('promptAdaptiveCard', () => {
  it.each([
    ['open', promptVm()],
    ['closed', closedPromptVm()],
    ['editing', editingPromptVm()],
    ['errors', errorsPromptVm()],
    ['oversized', oversizedPromptVm()],
  ])('is a valid Adaptive Card 1.5 (%s)', (_state, vm) => {
    expect(checkAdaptiveCard(promptAdaptiveCard(vm))).toEqual([]);
    expect(checkAdaptiveCard(promptChannelAdaptiveCard(vm))).toEqual([]);
  });

  it('shows the focus point, principle, ideal state in italics, closing time and response count', () => {
    const card = promptAdaptiveCard(promptVm());
    expect(card.lang).toBe('nl');
    expect(promptAdaptiveCard(promptVm({ locale: 'en-GB' })).lang).toBe('en');
    expect(card.body).toContainEqual(expect.objectContaining({ type: 'TextBlock', text: 'Kwaliteit', style: 'heading' }));
    expect(texts(card)).toContain('Ontwikkel samen ambities');
    expect(texts(card)).toContain('Ideaalbeeld');
    const [quote] = findByType(card, 'RichTextBlock');
    expect(quote).toEqual(
      expect.objectContaining({ inlines: [expect.objectContaining({ italic: true, text: expect.stringMatching(/^Kwaliteit is gedeeld/) })] }),
    );
    expect(texts(card)).toContain('Open tot dinsdag 3 februari, 09:00 · 3 reacties');
  });

  it('has the answer inputs with labels and max lengths', () => {
    const card = promptAdaptiveCard(promptVm());
    expect(inputIds(card)).toEqual(Object.values(ANSWER_INPUT_IDS));
    const score = input(card, 'score');
    expect(score).toMatchObject({ type: 'Input.ChoiceSet', style: 'expanded', isRequired: true, errorMessage: 'Kies een score van 1 tot 5.' });
    expect(score.choices).toEqual([1, 2, 3, 4, 5].map((n) => ({ title: String(n), value: String(n) })));
    expect(input(card, 'scenario')).toMatchObject({ isMultiline: true, maxLength: 1000, placeholder: 'In deze Onderwijsregio ...', label: 'Mini-scenario' });
    expect(input(card, 'keyword')).toMatchObject({ maxLength: 60, label: 'Metafoor of kernwoord' });
    expect(input(card, 'keyword').isMultiline).toBeUndefined();
    expect(input(card, 'discussable')).toMatchObject({ isMultiline: true, maxLength: 500 });
    expect(input(card, 'needed')).toMatchObject({ isMultiline: true, maxLength: 500 });
    expect(input(card, 'shareAnonymously')).toMatchObject({ type: 'Input.Toggle', title: 'Deel mijn antwoord anoniem met de regio', value: 'false', valueOn: 'true', valueOff: 'false' });
    for (const id of ['score', 'scenario', 'keyword', 'discussable', 'needed']) expect(input(card, id).label).toBeTruthy();
  });

  it('submits with Action.Execute and falls back to Action.Submit with the same data', () => {
    const card = promptAdaptiveCard(promptVm());
    expect(card.actions).toHaveLength(1);
    const [execute] = card.actions!;
    expect(execute).toMatchObject({ type: 'Action.Execute', verb: ACTIONS.submitAnswer, title: 'Versturen' });
    expect(execute!.data).toEqual({ action: ACTIONS.submitAnswer, promptId: 'prm_01HZX3' });
    expect(execute!.type === 'Action.Execute' && execute.fallback).toEqual({
      type: 'Action.Submit',
      title: 'Versturen',
      style: 'positive',
      data: execute!.data,
    });
    expect(card).not.toHaveProperty('refresh');
  });

  it('closed: no inputs and no actions, a clear closed text', () => {
    const card = promptAdaptiveCard(closedPromptVm());
    expect(inputIds(card)).toEqual([]);
    expect(card.actions).toBeUndefined();
    expect(findByType(card, 'ActionSet')).toEqual([]);
    expect(texts(card)).toContain('Deze vraag is gesloten.');
    expect(texts(card)).not.toContain('Open tot');
  });

  it('editing: pre-fills every input and shows the confirmation first, in the good style', () => {
    const card = promptAdaptiveCard(editingPromptVm());
    expect(card.body[0]).toEqual({
      type: 'Container',
      style: 'good',
      items: [expect.objectContaining({ text: expect.stringMatching(/^Dank je!/) })],
    });
    expect(input(card, 'score').value).toBe('4');
    expect(input(card, 'scenario').value).toMatch(/^In deze Onderwijsregio bespreken/);
    expect(input(card, 'keyword').value).toBe('Vlechtwerk');
    expect(input(card, 'discussable').value).toBe('Wie is eigenaar van de peer review?');
    expect(input(card, 'needed').value).toBe('Tijd voor schoolopleiders & HR');
    expect(input(card, 'shareAnonymously').value).toBe('true');
    expect(card.actions).toHaveLength(1);
  });

  it('errors: shows each message right under its input, in the attention colour', () => {
    const card = promptAdaptiveCard(errorsPromptVm());
    const errors = Object.entries(errorsPromptVm().errors!);
    expect(errors).toHaveLength(2);
    for (const [id, message] of errors) {
      const at = card.body.findIndex((element) => element.id === id);
      expect(at).toBeGreaterThan(0);
      expect(card.body[at + 1]).toMatchObject({ type: 'TextBlock', text: message, color: 'attention' });
    }
    expect(findByType(card, 'TextBlock').filter((block) => block.color === 'attention')).toHaveLength(2);
  });
});

describe('promptChannelAdaptiveCard', () => {
  it('has the full form but no personal pre-fill, confirmation or errors', () => {
    const vm = { ...editingPromptVm(), errors: errorsPromptVm().errors };
    const card = promptChannelAdaptiveCard(vm);
    expect(inputIds(card)).toEqual(Object.values(ANSWER_INPUT_IDS));
    expect(input(card, 'score').value).toBeUndefined();
    expect(input(card, 'shareAnonymously').value).toBe('false');
    expect(texts(card)).not.toContain('Dank je');
    expect(texts(card)).not.toContain('Het kernwoord is te lang');
    const { refresh, ...shared } = card;
    expect(shared).toEqual(promptAdaptiveCard(promptVm()));
    expect(checkAdaptiveCard(card)).toEqual([]);
  });

  it('asks Teams for each viewer\'s own view while open (refresh), and not once closed', () => {
    const card = promptChannelAdaptiveCard(promptVm());
    expect(card.refresh?.action).toMatchObject({ type: 'Action.Execute', verb: ACTIONS.refreshAnswer, data: { action: ACTIONS.refreshAnswer, promptId: promptVm().promptId } });
    expect(promptChannelAdaptiveCard(closedPromptVm()).refresh).toBeUndefined();
  });

  it('is closed without form when the prompt is closed', () => {
    expect(inputIds(promptChannelAdaptiveCard(closedPromptVm()))).toEqual([]);
  });
});
