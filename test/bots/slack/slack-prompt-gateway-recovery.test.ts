/**
 * The Slack gateway's findPosted: a prompt post that reached Slack while its message id was never stored (the
 * answer was lost, as when the process dies right after the call) is found again by its outbox id in the message
 * metadata (conversations.history), so the outbox completes it instead of posting a second time. Driven by
 * RhythmService.tick and PromptService.publish against the fake Web API. Both databases.
 *
 * The fake does not check scopes: in a workspace the recovery works only where channels:history / groups:history
 * were granted (the manifest does not ask for them); the last test shows what happens without.
 */
import { describeEachDatabase } from '../../support/test-databases';
import { FakeClock, MINUTE } from '../../rhythm/support/fake-clock';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { sendCommand, slashCommand, Where } from './slack-requests';

const channel: Where = { channelId: 'C0RECOVER1', channelName: 'stad-en-streek' };

describeEachDatabase('Slack prompt gateway: finding a post whose id was lost', (testDb) => {
  let h: SlackHarness;
  let clock: FakeClock;
  let partnershipId: string;

  beforeAll(async () => {
    clock = new FakeClock(new Date('2027-01-11T11:00:00Z'));
    h = await startSlackHarness(testDb().url, { SCHEDULER_ENABLED: 'false' }, (fake) => {
      fake.tsClock = () => clock.now().getTime();
    }, undefined, clock);
    partnershipId = await seedPartnership(h.app, 'Stad & Streek');
    await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'koppel Stad &amp; Streek', h.fake.responseUrl('link')));
    await h.fake.waitForResponse('link');
  }, 20_000);
  afterAll(async () => h?.stop());

  const outboxRow = async (promptId: string) => h.app.db.prisma.promptPost.findFirstOrThrow({ where: { promptId } });
  const messagesFor = (outboxId: string) => h.fake.messages.filter((m) => (m.metadata as { event_payload?: { outboxId?: string } } | undefined)?.event_payload?.outboxId === outboxId);

  it('a scheduled post whose answer was lost is recovered on the next tick, not posted again', async () => {
    await h.app.services.rhythm.tick(); // first sight: the default schedule (Tuesday 09:00)
    clock.set('2027-01-12T08:00:20Z');
    h.fake.failNext('chat.postMessage', { lost: true, channel: channel.channelId });
    expect(await h.app.services.rhythm.tick()).toMatchObject({ created: 1, posted: 0 });
    const prompt = await h.app.db.prisma.prompt.findFirstOrThrow({ where: { partnershipId } });
    const row = await outboxRow(prompt.id);
    expect(row).toMatchObject({ state: 'planned', messageId: null, attempts: 1 });
    const [onSlack] = messagesFor(row.id);
    expect(onSlack).toBeDefined(); // Slack has it; we never heard its ts

    clock.advance(MINUTE);
    const historyBefore = h.fake.callsTo('conversations.history').length;
    expect(await h.app.services.rhythm.tick()).toMatchObject({ posted: 1 });
    expect(messagesFor(row.id)).toHaveLength(1);
    expect(await outboxRow(prompt.id)).toMatchObject({ state: 'posted', messageId: onSlack.ts });
    const [history] = h.fake.callsTo('conversations.history').slice(historyBefore);
    expect(history.args).toMatchObject({ channel: channel.channelId, include_all_metadata: 'true' }); // form-encoded, as the Web API client sends it
    expect(Number(history.args.oldest)).toBeLessThanOrEqual(prompt.opensAt.getTime() / 1000);
    // One chat.postMessage for this row in all: the lost one.
    expect(h.fake.callsTo('chat.postMessage').filter((c) => JSON.stringify(c.args.metadata ?? '').includes(row.id))).toHaveLength(1);
  });

  it('finds it further back in a busy channel (history pages)', async () => {
    const prompt = await h.app.services.prompts.createNow(partnershipId, 'financien', 'busy-channel');
    h.fake.failNext('chat.postMessage', { lost: true, channel: channel.channelId });
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 0, failed: 1 });
    const row = await outboxRow(prompt.id);
    const base = Math.floor(clock.now().getTime() / 1000);
    for (let i = 1; i <= 250; i += 1) h.fake.messages.push({ channel: channel.channelId, ts: `${base + 60}.${String(i).padStart(6, '0')}`, text: 'gesprek', bot_id: 'B0OTHER01' });
    const historyBefore = h.fake.callsTo('conversations.history').length;
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1, failed: 0 });
    expect(h.fake.callsTo('conversations.history').length - historyBefore).toBe(2);
    expect(messagesFor(row.id)).toHaveLength(1);
    expect((await outboxRow(prompt.id)).messageId).toBe(messagesFor(row.id)[0].ts);
  });

  it('posts when the earlier attempt never reached Slack (nothing in the history)', async () => {
    const prompt = await h.app.services.prompts.createNow(partnershipId, 'relaties', 'never-reached');
    h.fake.failNext('chat.postMessage', { error: 'internal_error', channel: channel.channelId });
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 0, failed: 1 });
    const row = await outboxRow(prompt.id);
    expect(messagesFor(row.id)).toHaveLength(0);
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1 });
    expect(messagesFor(row.id)).toHaveLength(1);
  });

  it('waits while the history is rate limited (posting now could be the duplicate), and posts when it can read it', async () => {
    const prompt = await h.app.services.prompts.createNow(partnershipId, 'kwaliteit', 'history-throttled');
    h.fake.failNext('chat.postMessage', { error: 'internal_error', channel: channel.channelId });
    await h.app.services.prompts.publish(prompt.id);
    const row = await outboxRow(prompt.id);
    h.fake.failNext('conversations.history', { ratelimited: 30 });
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 0, failed: 1 });
    expect(messagesFor(row.id)).toHaveLength(0);
    expect(await outboxRow(prompt.id)).toMatchObject({ state: 'planned' });
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1 });
    expect(messagesFor(row.id)).toHaveLength(1);
  });

  it('posts when the installation cannot read history (the manifest asks for no history scopes): the Teams behaviour', async () => {
    const prompt = await h.app.services.prompts.createNow(partnershipId, 'doelstellingen', 'missing-scope');
    h.fake.failNext('chat.postMessage', { error: 'internal_error', channel: channel.channelId });
    await h.app.services.prompts.publish(prompt.id);
    h.fake.failNext('conversations.history', { error: 'missing_scope' });
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1, failed: 0 });
    expect(messagesFor((await outboxRow(prompt.id)).id)).toHaveLength(1);
  });
});
