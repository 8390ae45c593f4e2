import { AnswerListViewModel, MessageViewModel } from '../../cards';

/** What a command answers, before a platform renders it. Private replies go only to the person who asked. */
export type Reply =
  | { kind: 'message'; view: MessageViewModel; visibility: 'private' | 'public' }
  | { kind: 'answerList'; view: AnswerListViewModel; visibility: 'private' };

export const say = (lines: string[], tone: MessageViewModel['tone'] = 'info', visibility: 'private' | 'public' = 'private'): Reply => ({
  kind: 'message', view: { lines, tone }, visibility,
});
