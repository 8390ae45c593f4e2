/**
 * The view_submission listener called directly with a fake ack and client (bolt-ts-starter-template style),
 * for what the HTTP tests cannot provoke: storage slower than Slack's 3 s ack window.
 */
import { submitAnswerView } from '../../../src/bots/slack/listeners/views/submit-answer.view';
import { SlackEnv } from '../../../src/bots/slack/slack-env';
import { SlackUserDirectory } from '../../../src/bots/slack/slack-user-directory';
import { Conversation } from '../../../src/bots/shared/conversation';
import { PlatformDeps } from '../../../src/bots/shared/platform-deps';
import { loadConfig } from '../../../src/config';
import { PromptRecord } from '../../../src/domain/model/records';
import { createLogger } from '../../../src/shared/logger';
import { answerValues, viewSubmission } from './slack-requests';

const log = createLogger('silent');
const prompt: PromptRecord = { id: 'p1', partnershipId: 'ps1', slotKey: 'manual:1', focusCode: 'kwaliteit', opensAt: new Date('2026-11-30T08:00:00Z'), closesAt: new Date('2026-12-05T08:00:00Z'), status: 'open' };
const person = { id: 'person-1', displayName: 'Mees', email: null, locale: 'nl' as const, remindersEnabled: true };
const metadata = JSON.stringify({ promptId: 'p1', teamId: 'T1', channelId: 'C1', locale: 'nl', from: 'channel' });
const who = { teamId: 'T1', userId: 'U1', userName: 'mees' };

function setup(identifyDelayMs: number, outcome: 'saved' | 'invalid') {
  const deps = {
    config: loadConfig({}),
    log,
    clock: { now: () => new Date('2026-12-01T08:00:00Z') },
    repos: {
      partnerships: { findById: async () => ({ id: 'ps1', name: 'Stad & Streek', sectors: [] }) },
      answers: { countForPrompt: async () => 1, find: async () => null },
    },
    services: {
      partnerships: { identify: () => new Promise((resolve) => setTimeout(() => resolve(person), identifyDelayMs)) },
      answers: {
        submit: async () => (outcome === 'saved'
          ? { kind: 'saved', prompt, created: true, responseCount: 1, answer: { id: 'a1' } }
          : { kind: 'invalid', prompt, fieldErrors: { scenario: 'Je mini-scenario is te lang.' } }),
      },
      prompts: { refresh: async () => undefined },
    },
  } as unknown as PlatformDeps;
  const env: SlackEnv = { deps, conversation: new Conversation(deps), users: new SlackUserDirectory(log), log };
  const calls: { method: string; args: Record<string, unknown>; at: number }[] = [];
  const record = (method: string) => async (args: Record<string, unknown>) => {
    calls.push({ method, args, at: Date.now() });
    return { ok: true, channel: { id: 'D1' } };
  };
  const client = {
    users: { info: async () => ({ ok: true, user: { id: 'U1', real_name: 'Mees Meijer' } }) },
    chat: { postEphemeral: record('chat.postEphemeral'), postMessage: record('chat.postMessage') },
    conversations: { open: record('conversations.open') },
    views: { publish: record('views.publish') },
  };
  const acks: { body: unknown; at: number }[] = [];
  const ack = async (body?: unknown) => {
    acks.push({ body, at: Date.now() });
  };
  const body = viewSubmission(who, { callback_id: 'oogst.answer.submit', private_metadata: metadata }, answerValues({ score: '4', scenario: 'Kort.' }));
  const run = () => submitAnswerView(env)({ ack, body, view: body.view, client, logger: log, context: {}, next: async () => undefined, payload: body.view } as never);
  return { run, acks, calls };
}

describe('submitAnswerView', () => {
  it('acks with nothing when the answer is stored in time, then confirms ephemerally in the channel', async () => {
    const { run, acks, calls } = setup(0, 'saved');
    await run();
    expect(acks).toEqual([{ body: undefined, at: expect.any(Number) }]);
    expect(calls.map((c) => c.method)).toEqual(['chat.postEphemeral']);
    expect(calls[0].args).toMatchObject({ channel: 'C1', user: 'U1', text: expect.stringContaining('Dank je') });
  });

  it('acks inside Slack\'s 3 s window when storage is slow, and confirms once the answer is stored', async () => {
    const { run, acks, calls } = setup(3_200, 'saved');
    const started = Date.now();
    await run();
    expect(acks).toHaveLength(1);
    expect(acks[0].at - started).toBeLessThan(2_900);
    expect(acks[0].body).toBeUndefined();
    expect(calls[0]).toMatchObject({ method: 'chat.postEphemeral', args: { text: expect.stringContaining('Dank je') } });
    expect(calls[0].at - started).toBeGreaterThanOrEqual(3_100);
  }, 10_000);

  it('tells the person privately what was wrong when a slow submission turns out invalid', async () => {
    const { run, acks, calls } = setup(3_000, 'invalid');
    await run();
    expect(acks[0].body).toBeUndefined();
    expect(String(calls[0].args.text)).toMatch(/niet opgeslagen[\s\S]*te lang/);
  }, 10_000);

  it('returns the field errors in the ack when validation is quick', async () => {
    const { run, acks, calls } = setup(0, 'invalid');
    await run();
    expect(acks[0].body).toEqual({ response_action: 'errors', errors: { scenario: 'Je mini-scenario is te lang.' } });
    expect(calls).toEqual([]);
  });
});
