/**
 * The proactive prompt gateway against a Bot Connector that misbehaves: throttling (429 + Retry-After),
 * outages (502), update races (412), and a removed app (403). Driven through PromptService.publish/refresh,
 * as the scheduler will. SQLite and PostgreSQL.
 */
import { PromptRecord } from '../../../src/domain/model/records';
import { Fault, RecordedRequest } from '../../support/fake-bot-connector';
import { describeEachDatabase } from '../../support/test-databases';
import { channelMessage, GENERAL, MEGAN, REFLECTIE } from './fixtures/teams-activities';
import { startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

describeEachDatabase('Teams gateway: posting and updating under failure', (db) => {
  let t: TeamsTestApp;
  let partnershipId: string;
  let focusIndex = 0;
  const focusCodes = ['kwaliteit', 'doelstellingen', 'solidariteit', 'professionals', 'financien', 'relaties'];

  beforeAll(async () => {
    // No scheduler: its minute tick retries planned outbox rows too, and could take the post these tests watch.
    t = await startTeamsTestApp(db(), { SCHEDULER_ENABLED: 'false' });
    partnershipId = (await t.seedPartnership('Stad & Streek')).id;
    for (const channel of [GENERAL, REFLECTIE]) {
      expect((await t.post(channelMessage({ serviceUrl: t.connector.url, user: MEGAN, channel }, 'koppel Stad &amp; Streek'))).status).toBe(200);
    }
  });
  afterAll(async () => t?.stop());
  afterEach(() => t.connector.clearFaults());

  const newPrompt = () => t.app.services.prompts.createNow(partnershipId, focusCodes[focusIndex++ % focusCodes.length]);
  const sendsTo = (channelId: string, mark: number) => t.connector.since(mark).filter((r) => r.operation === 'send' && r.conversationId === channelId);
  const inChannel = (channelId: string, operation?: string): Fault['match'] => (r) => r.conversationId === channelId && (!operation || r.operation === operation);
  const postsOf = async (prompt: PromptRecord) => {
    const bindings = await t.app.db.prisma.channelBinding.findMany();
    const byId = new Map(bindings.map((b) => [b.id, b.channelId]));
    return Object.fromEntries((await t.app.repos.prompts.posts(prompt.id)).map((p) => [byId.get(p.bindingId), p]));
  };

  it('posts to every linked channel as a new post and stores the returned message ids', async () => {
    const mark = t.connector.requests.length;
    const prompt = await newPrompt();
    expect(await t.app.services.prompts.publish(prompt.id)).toEqual({ posted: 2, failed: 0, deactivated: [] });
    const posts = await postsOf(prompt);
    for (const channel of [GENERAL, REFLECTIE]) {
      const [sent] = sendsTo(channel.id, mark);
      validCard(sent);
      expect(posts[channel.id]).toMatchObject({ state: 'posted', messageId: sent.returnedId });
    }
  });

  it('retries a 429 after the Retry-After the connector asked for', async () => {
    t.connector.fail({ status: 429, retryAfter: '1', match: inChannel(REFLECTIE.id, 'send') });
    const mark = t.connector.requests.length;
    const prompt = await newPrompt();
    expect(await t.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 2, failed: 0 });
    const [throttled, retried] = sendsTo(REFLECTIE.id, mark);
    expect([throttled.status, retried.status]).toEqual([429, 201]);
    expect(retried.at - throttled.at).toBeGreaterThanOrEqual(950);
  });

  it('gives up after a bounded number of attempts and leaves the post planned for the next run (no double post)', async () => {
    t.connector.fail({ status: 429, retryAfter: '0', times: Infinity, match: inChannel(REFLECTIE.id, 'send') });
    const mark = t.connector.requests.length;
    const prompt = await newPrompt();
    expect(await t.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1, failed: 1, deactivated: [] });
    expect(sendsTo(REFLECTIE.id, mark)).toHaveLength(4);
    expect((await postsOf(prompt))[REFLECTIE.id]).toMatchObject({ state: 'planned' });
    t.connector.clearFaults();
    expect(await t.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1, failed: 0 });
    expect(sendsTo(GENERAL.id, mark)).toHaveLength(1);
    expect((await postsOf(prompt))[REFLECTIE.id]).toMatchObject({ state: 'posted' });
  });

  it('does not sit out a long Retry-After: one attempt, then retryable', async () => {
    t.connector.fail({ status: 429, retryAfter: '120', times: Infinity, match: inChannel(REFLECTIE.id, 'send') });
    const mark = t.connector.requests.length;
    const started = Date.now();
    const prompt = await newPrompt();
    expect(await t.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1, failed: 1 });
    expect(sendsTo(REFLECTIE.id, mark)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('retries 502 and 412 on card updates', async () => {
    const prompt = await newPrompt();
    await t.app.services.prompts.publish(prompt.id);
    t.connector.fail({ status: 502, times: 1, match: inChannel(GENERAL.id, 'update') });
    t.connector.fail({ status: 412, times: 1, match: inChannel(GENERAL.id, 'update') });
    const mark = t.connector.requests.length;
    await t.app.services.prompts.refresh(prompt.id);
    const updates = t.connector.since(mark).filter((r) => r.operation === 'update' && r.conversationId === GENERAL.id);
    expect(updates.map((r: RecordedRequest) => r.status)).toEqual([502, 412, 200]);
  });

  it('keeps within 7 calls per second per conversation', async () => {
    const prompt = await newPrompt();
    await t.app.services.prompts.publish(prompt.id);
    const [post] = (await t.app.repos.prompts.posts(prompt.id)).filter((p) => p.messageId);
    const binding = await t.app.repos.bindings.findById(post.bindingId);
    const gateway = t.app.services.prompts.gatewayFor('teams')!;
    const mark = t.connector.requests.length;
    await Promise.all(Array.from({ length: 10 }, () => gateway.update(binding!, post.messageId!, prompt, 0)));
    const times = t.connector.since(mark).filter((r) => r.conversationId === GENERAL.id).map((r) => r.at);
    expect(times).toHaveLength(10);
    for (let i = 7; i < times.length; i++) expect(times[i] - times[i - 7]).toBeGreaterThanOrEqual(990);
  });

  it('ten refreshes asked for at once (a burst of answers) share their renders: one running, one after it', async () => {
    const prompt = await newPrompt();
    await t.app.services.prompts.publish(prompt.id);
    const mark = t.connector.requests.length;
    await Promise.all(Array.from({ length: 10 }, () => t.app.services.prompts.refresh(prompt.id)));
    const updates = t.connector.since(mark).filter((r) => r.operation === 'update' && r.conversationId === GENERAL.id);
    expect(updates).toHaveLength(2);
  });

  it('marks the channel inactive when the app was removed (403) and stops posting there', async () => {
    t.connector.fail({ status: 403, code: 'BotNotInConversationRoster', times: Infinity, match: inChannel(REFLECTIE.id) });
    const prompt = await newPrompt();
    const result = await t.app.services.prompts.publish(prompt.id);
    const reflectie = await t.app.db.prisma.channelBinding.findFirstOrThrow({ where: { channelId: REFLECTIE.id } });
    expect(result).toEqual({ posted: 1, failed: 1, deactivated: [reflectie.id] });
    expect(reflectie.active).toBe(false);
    expect((await postsOf(prompt))[REFLECTIE.id]).toMatchObject({ state: 'failed' });
    const mark = t.connector.requests.length;
    await t.app.services.prompts.publish((await newPrompt()).id);
    expect(sendsTo(REFLECTIE.id, mark)).toHaveLength(0);
  });
});
