/** The checker itself: it must catch what the official renderer reports, and what it silently drops. */
import { checkAdaptiveCard, findByType, inputIds } from '../support/adaptive-card-check';

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...extra,
});
const text = { type: 'TextBlock', text: 'Hallo', wrap: true };

describe('checkAdaptiveCard', () => {
  it('accepts a valid 1.5 card', () => {
    expect(checkAdaptiveCard(card([text], { actions: [{ type: 'Action.Submit', title: 'Ok', data: { x: 1 } }] }))).toEqual([]);
  });

  it('reports an unknown element type, also nested in a container', () => {
    expect(checkAdaptiveCard(card([{ type: 'Bogus.Element', text: 'x' }]))).toEqual([
      expect.stringMatching(/UnknownElementType.*Bogus\.Element/),
    ]);
    expect(checkAdaptiveCard(card([{ type: 'Container', items: [{ type: 'Bogus.Element' }] }])).join()).toMatch(
      /UnknownElementType/,
    );
  });

  it('reports an unknown action type', () => {
    expect(checkAdaptiveCard(card([text], { actions: [{ type: 'Action.Bogus', title: 'x' }] })).join()).toMatch(
      /UnknownActionType.*Action\.Bogus/,
    );
  });

  it('reports invalid enum values and unknown (misspelt) property names', () => {
    const problems = checkAdaptiveCard(card([{ ...text, weight: 'Heavy' }, { type: 'Input.Text', id: 'a', label: 'a', isMultiLine: true }]));
    expect(problems.join('\n')).toMatch(/InvalidPropertyValue.*"Heavy"/);
    expect(problems.join('\n')).toMatch(/Input\.Text#a: unknown property "isMultiLine"/);
  });

  it('reports unknown properties inside choices', () => {
    const choiceSet = { type: 'Input.ChoiceSet', id: 's', label: 's', choices: [{ title: 'a', value: '1', label: 'x' }] };
    expect(checkAdaptiveCard(card([choiceSet]))).toEqual([expect.stringMatching(/choices\[0\]: unknown property "label"/)]);
  });

  it('reports versions above 1.5, properties newer than 1.5 and a missing $schema', () => {
    expect(checkAdaptiveCard(card([text], { version: '1.6' }))).toEqual([expect.stringMatching(/above 1\.5/)]);
    expect(checkAdaptiveCard(card([text], { actions: [{ type: 'Action.Submit', title: 'x', role: 'Button' }] })).join()).toMatch(
      /UnsupportedProperty.*role/,
    );
    const { $schema: _schema, ...noSchema } = card([text]);
    expect(checkAdaptiveCard(noSchema)).toEqual([expect.stringMatching(/\$schema is missing/)]);
    expect(checkAdaptiveCard({ ...card([text]), version: undefined }).join()).toMatch(/version is missing/);
  });

  it('reports validation failures: missing and duplicate input ids, required input without label', () => {
    expect(checkAdaptiveCard(card([{ type: 'Input.Text', label: 'x' }])).join()).toMatch(/PropertyCantBeNull/);
    expect(checkAdaptiveCard(card([{ type: 'Input.Text', id: 'a' }, { type: 'Input.Toggle', id: 'a', title: 't' }])).join()).toMatch(
      /DuplicateId/,
    );
    const unlabelled = { type: 'Input.ChoiceSet', id: 's', isRequired: true, choices: [{ title: 'a', value: '1' }] };
    expect(checkAdaptiveCard(card([unlabelled])).join()).toMatch(/RequiredInputsShouldHaveLabel/);
  });

  it('checks the fallback of a known action, which the renderer does not parse', () => {
    const execute = { type: 'Action.Execute', title: 'x', verb: 'v', fallback: { type: 'Action.Sumbit', title: 'x' } };
    expect(checkAdaptiveCard(card([text], { actions: [execute] })).join()).toMatch(
      /fallback of Action\.Execute: .*UnknownActionType.*Action\.Sumbit/,
    );
  });

  it('accepts a valid lang on every call (works around the global-regex bug in adaptivecards)', () => {
    const withLang = card([{ ...text, lang: 'nl' }], { lang: 'nl' });
    expect([checkAdaptiveCard(withLang), checkAdaptiveCard(withLang)]).toEqual([[], []]);
    expect(checkAdaptiveCard(card([text], { lang: 'nl-NL' })).join()).toMatch(/InvalidPropertyValue.*lang/);
  });

  it('rejects what is not a card', () => {
    expect(checkAdaptiveCard(null)).toEqual(['card is not a JSON object']);
    expect(checkAdaptiveCard({ ...card([text]), type: 'Card' }).join()).toMatch(/type must be "AdaptiveCard"/);
  });
});

describe('inputIds / findByType', () => {
  it('walks containers and columns, in order, without duplicates', () => {
    const json = card([
      { type: 'Input.Text', id: 'a' },
      { type: 'Container', items: [{ type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'Input.Toggle', id: 'b', title: 't' }] }] }] },
      { type: 'Input.Text', id: 'a' },
    ]);
    expect(inputIds(json)).toEqual(['a', 'b']);
    expect(findByType(json, 'Column')).toHaveLength(1);
  });
});
