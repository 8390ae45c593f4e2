/**
 * Web API failures, produced by the real WebClient against the fake Slack API (so the error objects are the
 * SDK's own), classified the way the gateway needs them.
 */
import { webApi } from '@slack/bolt';
import { classifySlackError } from '../../../src/bots/slack/gateway/slack-error.map';
import { backgroundClientOptions } from '../../../src/bots/slack/slack-web-client';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/shared/logger';
import { FakeSlackApi } from '../../support/fake-slack-api';

describe('classifySlackError', () => {
  const fake = new FakeSlackApi();
  let client: InstanceType<typeof webApi.WebClient>;

  beforeAll(async () => {
    await fake.start();
    client = new webApi.WebClient('xoxb-test', backgroundClientOptions(loadConfig({ SLACK_API_URL: fake.apiUrl }), createLogger('silent')));
  });
  afterAll(() => fake.stop());

  async function failureOf(failure: Parameters<FakeSlackApi['failNext']>[1]) {
    fake.failNext('chat.postMessage', failure);
    const error = await client.chat.postMessage({ channel: 'C1', text: 'x' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeDefined();
    return classifySlackError(error);
  }

  it('reads Retry-After from a 429 (in milliseconds), without the client retrying by itself', async () => {
    const before = fake.callsTo('chat.postMessage').length;
    expect(await failureOf({ ratelimited: 7 })).toEqual({ kind: 'ratelimited', retryAfterMs: 7_000, code: 'ratelimited' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(before + 1);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'token_revoked'])('treats %s as gone', async (code) => {
    expect(await failureOf({ error: code })).toEqual({ kind: 'gone', code });
  });

  it.each(['invalid_auth', 'msg_too_long', 'internal_error', 'fatal_error'])('treats %s as retryable (not a reason to switch a channel off)', async (code) => {
    expect(await failureOf({ error: code })).toEqual({ kind: 'retryable', code });
  });

  it('treats an unreachable Slack as retryable', async () => {
    const offline = new webApi.WebClient('xoxb-test', { ...backgroundClientOptions(loadConfig({}), createLogger('silent')), slackApiUrl: 'http://127.0.0.1:9/api/' });
    const error = await offline.chat.postMessage({ channel: 'C1', text: 'x' }).then(() => undefined, (e: unknown) => e);
    expect(classifySlackError(error)).toEqual({ kind: 'retryable', code: 'request_failed' });
  });

  it('treats anything else as retryable', () => {
    expect(classifySlackError(new TypeError('boom'))).toEqual({ kind: 'retryable', code: 'TypeError' });
    expect(classifySlackError('weird')).toEqual({ kind: 'retryable', code: 'unknown_error' });
  });
});
