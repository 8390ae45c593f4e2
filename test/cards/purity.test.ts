/** Every card function is pure: it never mutates its view model and gives the same JSON for the same input. */
import {
  answerListAdaptiveCard,
  answerListBlocks,
  answerModalView,
  messageAdaptiveCard,
  messageBlocks,
  promptAdaptiveCard,
  promptBlockKitMessage,
  promptChannelAdaptiveCard,
} from '../../src/cards';
import { answerListVm, closedPromptVm, editingPromptVm, errorsPromptVm, messageVm, promptVm } from './fixtures/view-models.fixture';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const cases: Array<[string, (vm: never) => unknown, () => unknown]> = [
  ...[promptVm, closedPromptVm, editingPromptVm, errorsPromptVm].flatMap((make): Array<[string, (vm: never) => unknown, () => unknown]> => [
    [`promptAdaptiveCard/${make.name}`, promptAdaptiveCard, make],
    [`promptChannelAdaptiveCard/${make.name}`, promptChannelAdaptiveCard, make],
    [`promptBlockKitMessage/${make.name}`, promptBlockKitMessage, make],
    [`answerModalView/${make.name}`, answerModalView, make],
  ]),
  ['messageAdaptiveCard', messageAdaptiveCard, () => messageVm()],
  ['messageBlocks', messageBlocks, () => messageVm({ title: undefined, tone: 'error' })],
  ['answerListAdaptiveCard', answerListAdaptiveCard, () => answerListVm(3)],
  ['answerListBlocks', answerListBlocks, () => answerListVm(3)],
];

describe('card functions are pure', () => {
  it.each(cases)('%s', (_name, render, make) => {
    const pristine = JSON.stringify(make());
    const vm = deepFreeze(make()) as never;
    const first = render(vm);
    expect(JSON.stringify(vm)).toBe(pristine);
    expect(JSON.stringify(render(vm))).toBe(JSON.stringify(first));
    expect(render(deepFreeze(make()) as never)).toEqual(first);
    // The output does not share objects with the input, so a caller may change it safely.
    const output = JSON.stringify(first);
    (first as { changed?: boolean }).changed = true;
    expect(JSON.stringify(render(vm))).toBe(output);
  });
});
