/**
 * The /api/messages endpoint at the HTTP level: bad requests get a 400 with a reason and change nothing, the
 * process keeps serving; with an app id configured, unauthenticated requests are refused. SQLite and PostgreSQL.
 */
import { describeEachDatabase } from '../../support/test-databases';
import { channelMessage, executeInvoke, MEGAN } from './fixtures/teams-activities';
import { startTeamsTestApp, TeamsTestApp } from './support/teams-test-app';

async function storedRows(t: TeamsTestApp): Promise<number> {
  const prisma = t.app.db.prisma;
  const counts = await Promise.all([prisma.processedDelivery.count(), prisma.person.count(), prisma.channelBinding.count(), prisma.answer.count()]);
  return counts.reduce((a, b) => a + b, 0);
}

describeEachDatabase('Teams endpoint: bad requests (local mode)', (db) => {
  let t: TeamsTestApp;
  beforeAll(async () => {
    t = await startTeamsTestApp(db());
    await t.seedPartnership('Stad & Streek');
  });
  afterAll(async () => t?.stop());

  it('answers malformed JSON with 400 and a reason, and keeps running', async () => {
    const res = await t.postRaw('{"type": "message", "text": "koppel');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'malformed JSON' });
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await t.postRaw('type=message', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid activity' });
  });

  it.each([
    ['no conversation', (a: Record<string, unknown>) => ({ ...a, conversation: undefined }), 'conversation'],
    ['no serviceUrl', (a: Record<string, unknown>) => ({ ...a, serviceUrl: undefined }), 'serviceUrl'],
    ['a serviceUrl that is not http(s)', (a: Record<string, unknown>) => ({ ...a, serviceUrl: 'file:///etc/passwd' }), 'serviceUrl'],
    ['no sender', (a: Record<string, unknown>) => ({ ...a, from: undefined }), 'from'],
    ['a message without id', (a: Record<string, unknown>) => ({ ...a, id: undefined }), 'id'],
    ['no type', (a: Record<string, unknown>) => ({ ...a, type: undefined }), 'type'],
    ['an array instead of an activity', () => [], '(body)'],
  ])('answers an activity with %s with 400 naming the field, storing nothing', async (_label, mutate, field) => {
    const before = await storedRows(t);
    const mark = t.connector.requests.length;
    const activity = mutate(channelMessage({ serviceUrl: t.connector.url, user: MEGAN }, 'koppel Stad &amp; Streek'));
    const res = await t.post(activity);
    expect(res.status).toBe(400);
    expect((res.body as { reasons: string[] }).reasons.join('\n')).toContain(field);
    expect(await storedRows(t)).toBe(before);
    expect(t.connector.since(mark)).toHaveLength(0);
  });

  it('refuses, in local mode, an activity whose serviceUrl is not on this machine, storing and calling nothing', async () => {
    const before = await storedRows(t);
    const activity = channelMessage({ serviceUrl: 'https://smba.trafficmanager.net/emea/', user: MEGAN }, 'koppel Stad &amp; Streek');
    const res = await t.post(activity);
    expect(res.status).toBe(403);
    expect(await storedRows(t)).toBe(before);
  });

  it('answers an invoke it does not support with 501 (botbuilder default), not a crash', async () => {
    const invoke = { ...executeInvoke({ serviceUrl: t.connector.url }, '1', 'x', {}), name: 'composeExtension/query' };
    expect((await t.post(invoke)).status).toBe(501);
  });

  it('still works after all that', async () => {
    const res = await t.post(channelMessage({ serviceUrl: t.connector.url, user: MEGAN }, 'koppel Stad &amp; Streek'));
    expect(res.status).toBe(200);
    expect(await t.app.db.prisma.channelBinding.count()).toBe(1);
  });
});

describeEachDatabase('Teams endpoint: with MicrosoftAppId (authentication on)', (db) => {
  let t: TeamsTestApp;
  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa', MicrosoftAppPassword: 'not-a-real-secret' });
    await t.seedPartnership('Stad & Streek');
  });
  afterAll(async () => t?.stop());

  it.each([
    ['no Authorization header', {}],
    ['a token that is not a Bot Framework JWT', { authorization: 'Bearer not-a-jwt' }],
  ])('rejects a request with %s (401) and stores nothing', async (_label, headers) => {
    const res = await t.post(channelMessage({ serviceUrl: t.connector.url, user: MEGAN }, 'koppel Stad &amp; Streek'), headers);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthorized' });
    expect(await storedRows(t)).toBe(0);
    expect(t.connector.requests).toHaveLength(0);
  });

  it('does not log the local-mode warning', () => {
    expect(t.logs.join('\n')).not.toContain('LOCAL MODE');
    expect(t.logs.join('\n')).not.toContain('not-a-real-secret');
  });
});
