/**
 * The Slack prompt gateway as the scheduler uses it (services.prompts.publish), against the fake Web API:
 * Retry-After honoured on `ratelimited`, bounded retries, and a gone channel switched off with the
 * coordinators told by DM. Both databases.
 */
import { checkBlockKitMessage } from '../../support/block-kit-check';
import { describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { sendCommand, slashCommand, Where } from './slack-requests';

const main: Where = { channelId: 'C0MAIN0001', channelName: 'partnerschap' };
const gone: Where = { channelId: 'C0GONE0001', channelName: 'oud-kanaal' };

describeEachDatabase('Slack prompt gateway', (testDb) => {
  let h: SlackHarness;
  let partnershipId: string;

  beforeAll(async () => {
    // No scheduler: its minute tick retries planned outbox rows too, and could take the post these tests watch.
    h = await startSlackHarness(testDb().url, { SCHEDULER_ENABLED: 'false' });
    partnershipId = await seedPartnership(h.app, 'Stad & Streek');
    await sendCommand(h.app.url, slashCommand(h.coordinator, main, 'koppel Stad &amp; Streek', h.fake.responseUrl('link-main')));
    await h.fake.waitForResponse('link-main');
  });
  afterAll(async () => {
    await h?.stop();
  });

  const newPrompt = (key: string) => h.app.services.prompts.createNow(partnershipId, 'kwaliteit', key);
  const postsTo = (channelId: string, since: number) => h.fake.callsTo('chat.postMessage').slice(since).filter((c) => c.args.channel === channelId);

  it('waits Retry-After after `ratelimited` (HTTP 429) and then posts', async () => {
    h.fake.failNext('chat.postMessage', { ratelimited: 1, channel: main.channelId });
    const since = h.fake.callsTo('chat.postMessage').length;
    const prompt = await newPrompt('ratelimited-once');
    const result = await h.app.services.prompts.publish(prompt.id);
    expect(result).toMatchObject({ posted: 1, failed: 0 });
    const [limited, posted] = postsTo(main.channelId, since);
    expect(posted.at - limited.at).toBeGreaterThanOrEqual(950);
    const [post] = await h.app.db.prisma.promptPost.findMany({ where: { promptId: prompt.id } });
    expect(post.state).toBe('posted');
    expect(post.messageId).toMatch(/^\d+\.\d{6}$/);
  });

  it('gives up after a bounded number of attempts: the post stays planned for the next run', async () => {
    h.fake.failNext('chat.postMessage', { ratelimited: 1, channel: main.channelId }, 3);
    const since = h.fake.callsTo('chat.postMessage').length;
    const prompt = await newPrompt('ratelimited-always');
    const result = await h.app.services.prompts.publish(prompt.id);
    expect(result).toMatchObject({ posted: 0, failed: 1, deactivated: [] });
    expect(postsTo(main.channelId, since)).toHaveLength(3);
    const [post] = await h.app.db.prisma.promptPost.findMany({ where: { promptId: prompt.id } });
    expect(post.state).toBe('planned');
    // The next run (scheduler, or publish again) posts it once.
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 1 });
    expect(await h.app.services.prompts.publish(prompt.id)).toMatchObject({ posted: 0, failed: 0 });
  }, 20_000);

  it('switches off a channel that is gone and tells the coordinator by DM; other channels still get the prompt', async () => {
    await sendCommand(h.app.url, slashCommand(h.coordinator, gone, 'koppel Stad &amp; Streek', h.fake.responseUrl('link-gone')));
    await h.fake.waitForResponse('link-gone');
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found', channel: gone.channelId });
    const since = h.fake.callsTo('chat.postMessage').length;
    const prompt = await newPrompt('gone');
    const result = await h.app.services.prompts.publish(prompt.id);
    expect(result.posted).toBe(1);
    expect(result.deactivated).toHaveLength(1);
    const binding = await h.app.db.prisma.channelBinding.findFirst({ where: { channelId: gone.channelId } });
    expect(binding?.active).toBe(false);
    expect(postsTo(main.channelId, since)).toHaveLength(1);
    const open = await h.fake.waitFor('conversations.open', (c) => c.args.users === h.coordinator.userId);
    expect(open.token).toBe('xoxb-test');
    const dm = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === `D${h.coordinator.userId}`);
    expect(String(dm.args.text)).toContain('oud-kanaal');
    expect(checkBlockKitMessage({ text: dm.args.text, blocks: dm.args.blocks })).toEqual([]);
    expect(String(dm.args.text)).toContain('Stad &amp; Streek');
    // Nothing is posted there any more.
    const later = await newPrompt('after-gone');
    expect(await h.app.services.prompts.publish(later.id)).toMatchObject({ posted: 1, failed: 0 });
  });
});
