import { incomingActivitySchema, parseCardAction, parseExecuteAction } from '../../../src/bots/teams/activity.schema';
import { channelMessage } from './fixtures/teams-activities';

const SUBMIT = 'oogst.answer.submit';

describe('card payloads, one zod schema per action id', () => {
  it('reads an answer submit and keeps the inputs for the domain schema', () => {
    expect(parseCardAction({ action: SUBMIT, promptId: 'p1', score: '3' })).toEqual({ kind: 'answer', promptId: 'p1', raw: { action: SUBMIT, promptId: 'p1', score: '3' } });
  });

  it('reads a command button', () => {
    expect(parseCardAction({ action: 'oogst.command.run', command: ' status ' })).toEqual({ kind: 'command', command: 'status' });
  });

  it.each([
    ['no object', 'hello'],
    ['null', null],
    ['an unknown action', { action: 'oogst.other' }],
    ['an answer without prompt id', { action: SUBMIT, score: '3' }],
    ['a prompt id that is not text', { action: SUBMIT, promptId: { $ne: null } }],
    ['a command that is empty', { action: 'oogst.command.run', command: '   ' }],
  ])('calls %s unknown', (_label, data) => {
    expect(parseCardAction(data).kind).toBe('unknown');
  });

  it('takes the Action.Execute verb as the action id, and refuses data that claims another one', () => {
    expect(parseExecuteAction({ action: { type: 'Action.Execute', verb: SUBMIT, data: { promptId: 'p1' } } })).toMatchObject({ kind: 'answer', promptId: 'p1' });
    expect(parseExecuteAction({ action: { type: 'Action.Execute', verb: SUBMIT, data: { action: 'oogst.command.run', command: 'x', promptId: 'p' } } }).kind).toBe('unknown');
    expect(parseExecuteAction({ action: { type: 'Action.Submit', verb: SUBMIT, data: { promptId: 'p1' } } }).kind).toBe('unknown');
    expect(parseExecuteAction({ trigger: 'manual' }).kind).toBe('unknown');
  });
});

describe('incoming activity envelope', () => {
  const valid = channelMessage({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }, 'status');

  it('accepts a Teams channel message and keeps fields it does not know', () => {
    const parsed = incomingActivitySchema.parse(valid);
    expect(parsed).toMatchObject({ type: 'message', textFormat: 'plain' });
  });

  it('lets a conversationUpdate go without an id, but not a message', () => {
    expect(incomingActivitySchema.safeParse({ ...valid, type: 'conversationUpdate', id: undefined }).success).toBe(true);
    expect(incomingActivitySchema.safeParse({ ...valid, id: undefined }).success).toBe(false);
  });
});
