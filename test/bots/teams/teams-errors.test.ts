/**
 * When a turn fails anyway (the Bot Connector refuses a reply, the database breaks), the one error handler
 * logs a structured line without personal data and tells the person, as a reply or as the invoke's card.
 * The process keeps serving. SQLite and PostgreSQL.
 */
import { describeEachDatabase } from '../../support/test-databases';
import { channelMessage, executeInvoke, MEGAN } from './fixtures/teams-activities';
import { cardText, invokeCard, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

describeEachDatabase('Teams: turn errors', (db) => {
  let t: TeamsTestApp;
  const where = () => ({ serviceUrl: t.connector.url, user: MEGAN });
  const failures = () => t.logs.filter((line) => line.includes('teams: turn failed')).map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    t = await startTeamsTestApp(db());
  });
  afterAll(async () => t?.stop());

  it('a reply the connector refuses (400) ends in one structured log line and a friendly card', async () => {
    t.connector.fail({ status: 400, code: 'BadArgument', times: 1, match: (r) => r.operation === 'reply' });
    const mark = t.connector.requests.length;
    const res = await t.post(channelMessage(where(), 'help'));
    expect(res.status).toBe(200);
    const [refused, apology] = t.connector.since(mark);
    expect(refused.status).toBe(400);
    expect(cardText(validCard(apology))).toMatch(/Er ging iets mis aan mijn kant/);
    const [failure] = failures();
    expect(failure).toMatchObject({ level: 50, area: 'teams', activityType: 'message', status: 400, code: 'BadArgument', errName: 'ConnectorCallError' });
    expect(JSON.stringify(failure)).not.toContain(MEGAN.name);
  });

  it('Teams busy (429, Retry-After 30 s): the reply is given up at once, logged as a warning, and no apology adds to the load', async () => {
    const before = failures().length;
    t.connector.fail({ status: 429, retryAfter: '30', times: 1, match: (r) => r.operation === 'reply' });
    const mark = t.connector.requests.length;
    const started = Date.now();
    const res = await t.post(channelMessage(where(), 'help'));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000); // Teams gives up on us after 15 s
    expect(t.connector.since(mark).map((r) => r.status)).toEqual([429]);
    expect(failures()).toHaveLength(before);
    const busy = t.logs.filter((line) => line.includes('Teams is busy')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(busy).toEqual([expect.objectContaining({ level: 40, failure: 'retryable', status: 429, activityType: 'message' })]);
  });

  it('a broken database: the message gets an apology, the invoke an error card, the process keeps running', async () => {
    // Messages are deduplicated in ProcessedDelivery first; an answer invoke starts by identifying the person.
    for (const table of ['ProcessedDelivery', 'PlatformIdentity']) await t.app.db.prisma.$executeRawUnsafe(`DROP TABLE "${table}"`);
    const mark = t.connector.requests.length;
    expect((await t.post(channelMessage(where(), 'status'))).status).toBe(200);
    expect(cardText(validCard(t.connector.since(mark)[0]))).toMatch(/Er ging iets mis/);
    const invoke = await t.post(executeInvoke(where(), '1732800000000', 'oogst.answer.submit', { action: 'oogst.answer.submit', promptId: 'p', score: '3' }));
    expect(invoke.status).toBe(200);
    expect(cardText(invokeCard(invoke.body))).toMatch(/Er ging iets mis/);
    expect(failures().map((f) => f.activityType)).toContain('message');
    // The answer flow catches its own failure (to answer with a card) and logs it as an error.
    expect(t.logs.filter((line) => line.includes('answer flow failed')).map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: 50, platform: 'teams' })]);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });
});
