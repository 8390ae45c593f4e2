/**
 * What reaches POST /slack/events without being a fresh, genuine, well-formed Slack request changes nothing:
 * wrong or stale signatures (401), retried events (handled once), malformed bodies (4xx); the server stays up.
 */
import { ACTIONS } from '../../../src/cards';
import { describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, settle, SlackHarness, startSlackHarness } from './slack-harness';
import { eventEnvelope, postSigned, sendCommand, sendEvent, sendInteraction, sign, SIGNING_SECRET, slashCommand, Where } from './slack-requests';

const channel: Where = { channelId: 'C0SAFETY1', channelName: 'veiligheid' };

describeEachDatabase('Slack request safety', (testDb) => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url);
    await seedPartnership(h.app, 'Binnenmeren');
  });
  afterAll(async () => {
    await h?.stop();
  });

  const bindings = () => h.app.db.prisma.channelBinding.count();

  it('rejects a wrong signature with 401 and stores nothing', async () => {
    const res = await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'koppel Binnenmeren', h.fake.responseUrl('bad-sig')), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    await settle();
    expect(await bindings()).toBe(0);
    expect(h.fake.responses).toHaveLength(0);
  });

  it('rejects a correctly signed request older than 5 minutes (replay) with 401', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'koppel Binnenmeren', h.fake.responseUrl('stale')), { timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    await settle();
    expect(await bindings()).toBe(0);
  });

  it('rejects a request without signature headers with 401', async () => {
    const res = await fetch(`${h.app.url}/slack/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'url_verification', challenge: 'x' }) });
    expect(res.status).toBe(401);
  });

  it('rejects a body changed after signing with 401', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const signed = new URLSearchParams(slashCommand(h.coordinator, channel, 'status', h.fake.responseUrl('x'))).toString();
    const tampered = signed.replace('status', 'koppel+Binnenmeren');
    const res = await postSigned(h.app.url, tampered, 'application/x-www-form-urlencoded', { timestamp: ts, signature: sign(SIGNING_SECRET, ts, signed) });
    expect(res.status).toBe(401);
    await settle();
    expect(await bindings()).toBe(0);
  });

  it('handles a retried event (X-Slack-Retry-Num, same event_id) once', async () => {
    const envelope = eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'app_mention', user: h.member.userId, text: `<@${h.fake.botUserId}> help`, channel: channel.channelId, ts: '1700000100.000100' }, 'Ev0RETRY001');
    const first = await sendEvent(h.app.url, envelope);
    const retry = await sendEvent(h.app.url, envelope, { headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' } });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === channel.channelId);
    await settle(500);
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === channel.channelId)).toHaveLength(1);
    expect(await h.app.db.prisma.processedDelivery.count({ where: { key: 'slack:event:Ev0RETRY001' } })).toBe(1);
  });

  it('ignores an event whose event_id Slack could not have sent (a NUL in it), without an error or a stored key', async () => {
    const mentions = h.fake.callsTo('chat.postEphemeral').length;
    const envelope = eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'app_mention', user: h.member.userId, text: `<@${h.fake.botUserId}> help`, channel: channel.channelId, ts: '1700000100.000200' }, 'Ev0\u0000BAD');
    expect((await sendEvent(h.app.url, envelope)).status).toBe(200);
    await settle(300);
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(mentions);
    expect(await h.app.db.prisma.processedDelivery.count({ where: { key: { startsWith: 'slack:event:Ev0' } } })).toBe(1); // the retry test's key only
  });

  it('answers 400 to bodies that are not JSON or not a payload form, and keeps serving', async () => {
    expect((await postSigned(h.app.url, '{"type": "event_callback",', 'application/json')).status).toBe(400);
    expect((await postSigned(h.app.url, 'payload=%7Bnot-json', 'application/x-www-form-urlencoded')).status).toBe(400);
    const health = await fetch(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('answers 4xx to a signed interaction of an unknown shape, storing nothing', async () => {
    const res = await sendInteraction(h.app.url, { type: 'something_else', hello: 'world' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await bindings()).toBe(0);
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
  });

  it('answers 400 to signed interactions lacking what Slack always sends (user, team), storing nothing', async () => {
    const payloads = [
      { type: 'block_actions', actions: [{ type: 'button', action_id: ACTIONS.openAnswer, value: 'prompt-1' }] },
      { type: 'view_submission', view: { callback_id: ACTIONS.submitAnswer, private_metadata: '{}', state: { values: {} } } },
    ];
    for (const payload of payloads) expect((await sendInteraction(h.app.url, payload)).status).toBe(400);
    expect(await h.app.db.prisma.answer.count()).toBe(0);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('answers a slash command with missing fields with a clear ephemeral message, storing nothing', async () => {
    const fields = slashCommand(h.coordinator, channel, 'koppel Binnenmeren', h.fake.responseUrl('malformed'));
    delete (fields as Partial<typeof fields>).user_id;
    const res = await sendCommand(h.app.url, fields);
    expect(res.status).toBe(200);
    const reply = (await h.fake.waitForResponse('malformed')) as { response_type: string; text: string };
    expect(reply).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/niet lezen/) });
    expect(await bindings()).toBe(0);
  });

  it('ignores events it has no listener for (200, nothing sent)', async () => {
    const before = h.fake.calls.length;
    const res = await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'reaction_added', user: h.member.userId, reaction: 'tada', item: { type: 'message', channel: channel.channelId, ts: '1.2' } }));
    expect(res.status).toBe(200);
    await settle();
    expect(h.fake.calls.slice(before).filter((c) => c.method !== 'users.info')).toEqual([]);
  });
});
