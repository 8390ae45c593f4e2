/**
 * The view_submission listener called directly with a fake ack and client (bolt-ts-starter-template style),
 * for what the HTTP tests cannot provoke: storage slower than Slack's 3 s ack window. Store, then acknowledge:
 * the ack never comes before the write, however slow it is.
 */
import { submitAnswerView } from '../../../src/bots/slack/listeners/views/submit-answer.view';
import { SlackChannelMembership } from '../../../src/bots/slack/slack-channel-membership';
import { SlackEnv } from '../../../src/bots/slack/slack-env';
import { SlackUserDirectory } from '../../../src/bots/slack/slack-user-directory';
import { Conversation } from '../../../src/bots/shared/conversation';
import { PlatformDeps } from '../../../src/bots/shared/platform-deps';
import { loadConfig } from '../../../src/config';
import { PromptRecord } from '../../../src/domain/model/records';
import { createLogger } from '../../../src/shared/logger';
import { answerValues, viewSubmission } from './slack-requests';
import { KnownPeople } from '../../../src/domain/services/known-people';

const log = createLogger('silent');
const prompt: PromptRecord = { id: 'p1', partnershipId: 'ps1', slotKey: 'manual:1', focusCode: 'kwaliteit', opensAt: new Date('2026-11-30T08:00:00Z'), closesAt: new Date('2026-12-05T08:00:00Z'), status: 'open' };
const person = { id: 'person-1', displayName: 'Mees', email: null, locale: 'nl' as const, remindersEnabled: true };
const metadata = JSON.stringify({ promptId: 'p1', teamId: 'T1', channelId: 'C1', locale: 'nl', from: 'channel' });
const who = { teamId: 'T1', userId: 'U1', userName: 'mees' };

function setup(storeDelayMs: number, outcome: 'saved' | 'invalid') {
  let stored = false;
  const deps = {
    config: loadConfig({}),
    log,
    clock: { now: () => new Date('2026-12-01T08:00:00Z') },
    repos: {
      partnerships: { findById: async () => ({ id: 'ps1', name: 'Stad & Streek', sectors: [] }) },
      answers: { countForPrompt: async () => 1, find: async () => null },
    },
    services: {
      partnerships: { known: new KnownPeople({ now: () => new Date() }) },
      privacy: { firstContact: async () => false },
      answers: {
        submit: async () => {
          await new Promise((resolve) => setTimeout(resolve, storeDelayMs));
          stored = outcome === 'saved';
          return outcome === 'saved'
            ? { kind: 'saved', actor: person, prompt, partnershipName: 'Stad & Streek', created: true, responseCount: 1, answer: { id: 'a1', score: 4, shareAnonymously: false } }
            : { kind: 'invalid', actor: person, prompt, fieldErrors: { scenario: 'Je mini-scenario is te lang.' } };
        },
      },
      prompts: { refresh: async () => undefined },
    },
  } as unknown as PlatformDeps;
  const env: SlackEnv = { deps, conversation: new Conversation(deps), users: new SlackUserDirectory(log), channels: new SlackChannelMembership(log, () => { throw new Error('not used'); }), log };
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
    acks.push({ body, at: Date.now(), storedBefore: stored } as never);
  };
  const body = viewSubmission(who, { callback_id: 'oogst.answer.submit', private_metadata: metadata }, answerValues({ score: '4', scenario: 'Kort.' }));
  const run = () => submitAnswerView(env)({ ack, body, view: body.view, client, logger: log, context: {}, next: async () => undefined, payload: body.view } as never);
  return { run, acks, calls };
}

describe('submitAnswerView', () => {
  it('acknowledges after the answer is stored, with the confirmation in the modal and no extra Slack call', async () => {
    const { run, acks, calls } = setup(0, 'saved');
    await run();
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ storedBefore: true, body: { response_action: 'update', view: { type: 'modal' } } });
    expect(JSON.stringify(acks[0].body)).toMatch(/Dank je/);
    expect(calls).toEqual([]);
  });

  it('never acknowledges before the write, also when storage is slower than Slack\'s 3 s window', async () => {
    const { run, acks, calls } = setup(3_200, 'saved');
    const started = Date.now();
    await run();
    expect(acks).toHaveLength(1);
    expect(acks[0].at - started).toBeGreaterThanOrEqual(3_100);
    expect(acks[0]).toMatchObject({ storedBefore: true });
    expect(calls).toEqual([]); // Slack has shown its own error by then; the person may send again (an upsert)
  }, 10_000);

  it('returns the field errors in the ack, also when validation came late, and stores nothing', async () => {
    for (const delay of [0, 3_000]) {
      const { run, acks, calls } = setup(delay, 'invalid');
      await run();
      expect(acks).toEqual([expect.objectContaining({ storedBefore: false, body: { response_action: 'errors', errors: { scenario: 'Je mini-scenario is te lang.' } } })]);
      expect(calls).toEqual([]);
    }
  }, 10_000);
});
