/** The Block Kit limit checker itself. */
import { checkBlockKitMessage, checkModalView } from '../support/block-kit-check';

const plain = (text: string) => ({ type: 'plain_text', text });
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('checkBlockKitMessage', () => {
  it('accepts a small valid message', () => {
    expect(checkBlockKitMessage({ text: 'hoi', blocks: [{ type: 'header', text: plain('Hoi') }, section('tekst')] })).toEqual([]);
  });

  it('reports the limits', () => {
    const problems = checkBlockKitMessage({
      text: '',
      blocks: [
        { type: 'header', text: plain('x'.repeat(151)) },
        section('y'.repeat(3001)),
        {
          type: 'actions',
          block_id: 'a',
          elements: [
            { type: 'button', action_id: 'same', text: plain('Ok') },
            { type: 'button', action_id: 'same', text: plain('z'.repeat(76)) },
          ],
        },
        { type: 'actions', block_id: 'a', elements: [{ type: 'button', action_id: 'other', text: plain('Ok') }] },
        { type: 'carousel' },
      ],
    }).join('\n');
    for (const pattern of [/text \(notification/, /151 characters, at most 150/, /3001 characters/, /duplicate action_id/, /76 characters, at most 75/, /duplicate block_id/, /unknown block/]) {
      expect(problems).toMatch(pattern);
    }
    expect(checkBlockKitMessage({ text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }).join()).toMatch(
      /51 blocks, at most 50/,
    );
  });
});

describe('checkModalView', () => {
  const option = { text: plain('1'), value: '1' };
  const inputBlock = {
    type: 'input',
    block_id: 'score',
    label: plain('Score'),
    element: { type: 'radio_buttons', action_id: 'score', options: [option], initial_option: { text: plain('2'), value: '2' } },
  };

  it('reports title length, missing submit and an initial option that is not an option', () => {
    const problems = checkModalView({
      type: 'modal',
      callback_id: 'cb',
      private_metadata: '{}',
      title: plain('Een veel te lange modaltitel'),
      blocks: [inputBlock],
    }).join('\n');
    expect(problems).toMatch(/title: 28 characters, at most 24/);
    expect(problems).toMatch(/needs a submit button/);
    expect(problems).toMatch(/initial option .* is not one of the options/);
  });
});
