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

  it('refuses ids with control characters or lone surrogates (no channel assigns those; PostgreSQL refuses a NUL)', () => {
    const refused = (activity: object) => {
      const result = incomingActivitySchema.safeParse(activity);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(refused({ ...valid, id: '\u0000' })).toEqual(['id']);
    expect(refused({ ...valid, from: { ...valid.from, id: '29:a\u0007' } })).toEqual(['from.id']);
    expect(refused({ ...valid, conversation: { ...valid.conversation, id: '19:x\uD800@thread.tacv2' } })).toEqual(['conversation.id']);
    expect(refused({ ...valid, from: { ...valid.from, aadObjectId: 'f0\u0000' } })).toEqual(['from.aadObjectId']);
    // Empty optional ids pass as before (a membersAdded entry without an AAD id must not cost the greeting).
    expect(refused({ ...valid, from: { ...valid.from, aadObjectId: '' }, replyToId: '' })).toEqual([]);
    // Real ids pass, also the ones with punctuation and a message id after the thread.
    expect(refused({ ...valid, id: '1:1fI5x', conversation: { ...valid.conversation, id: '19:abc@thread.tacv2;messageid=1730' } })).toEqual([]);
  });
});
