/** Reading the answer modal back: private_metadata and view.state.values, as Slack sends them. */
import { answerValues, readModalMetadata } from '../../../src/bots/slack/answer-modal.adapter';
import { answerValues as filledIn } from './slack-requests';

describe('readModalMetadata', () => {
  const good = { promptId: 'p1', teamId: 'T1', channelId: 'C1', locale: 'nl', from: 'channel' };

  it('accepts what Oogst wrote', () => {
    expect(readModalMetadata(JSON.stringify(good))).toEqual(good);
  });

  it.each([
    ['not JSON', '{"promptId":'],
    ['empty', ''],
    ['no prompt id', JSON.stringify({ ...good, promptId: '' })],
    ['unknown locale', JSON.stringify({ ...good, locale: 'de' })],
    ['unknown origin', JSON.stringify({ ...good, from: 'elsewhere' })],
    ['an array', '[]'],
  ])('refuses %s', (_name, raw) => {
    expect(readModalMetadata(raw)).toBeUndefined();
  });
});

describe('answerValues', () => {
  it('turns the inputs into the strings the answer validation reads', () => {
    expect(answerValues(filledIn({ score: '3', scenario: 'Scenario', keyword: 'kern', share: true }))).toEqual({
      ok: true,
      raw: { score: '3', scenario: 'Scenario', keyword: 'kern', discussable: undefined, needed: undefined, shareAnonymously: 'true' },
    });
  });

  it('reads an unselected score and an unticked box as empty / off', () => {
    expect(answerValues(filledIn({}))).toMatchObject({ ok: true, raw: { score: undefined, shareAnonymously: 'false' } });
  });

  it('accepts a select instead of radio buttons, and ignores blocks it does not know', () => {
    const values = { score: { score: { type: 'static_select', selected_option: { value: '5' } } }, extra: { x: { type: 'datepicker' } } };
    expect(answerValues(values)).toEqual({ ok: true, raw: { score: '5' } });
  });

  it('names the field whose state has an impossible shape', () => {
    const values = filledIn({ score: '3' });
    values.needed.needed = { type: 'radio_buttons', selected_option: { value: 42 } };
    expect(answerValues(values)).toEqual({ ok: false, field: 'needed' });
  });
});
