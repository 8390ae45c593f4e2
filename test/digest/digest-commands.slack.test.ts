/**
 * "digest abonneer / stop / nu" on Slack through signed slash commands against the fake Web API (both databases):
 * a non-lead is refused, a lead subscribes in the DM and in a channel, "digest nu" is ephemeral (only the
 * requester sees it) with chart images at signed links, and the tick posts each subscription's digest once a week.
 */
import { checkBlockKitMessage } from '../support/block-kit-check';
import { FixedClock } from '../support/app-deps';
import { describeEachDatabase } from '../support/test-databases';
import { SlackHarness, startSlackHarness } from '../bots/slack/slack-harness';
import { sendCommand, slashCommand, Where } from '../bots/slack/slack-requests';
import { GOLDEN, GOLDEN_NOW, seedRegion, SeededRegion } from './support/golden-region';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dm: Where = { channelId: 'D0CARLA001', channelName: 'directmessage' };
const entity: Where = { channelId: 'C0REGIO001', channelName: 'regionale-entiteit' };

describeEachDatabase('Slack: the weekly digest commands', (testDb) => {
  let h: SlackHarness;
  let region: SeededRegion;
  let n = 0;
  const clock = new FixedClock(new Date('2026-11-27T10:00:00Z'));

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, { PUBLIC_BASE_URL: 'https://oogst.example', OOGST_LINK_SECRET: 'slack-digest-test-secret-0123456789abcdef', SCHEDULER_ENABLED: 'false' }, undefined, undefined, clock);
    region = await seedRegion(h.app.db.prisma, 'Regio Slack', GOLDEN);
    const carla = await h.app.repos.people.upsertByIdentity({ platform: 'slack', workspaceId: h.fake.teamId, userId: h.coordinator.userId, displayName: 'Carla' });
    await h.app.repos.regions.grantLead(carla.id, region.regionId);
  });
  afterAll(async () => h?.stop());

  async function command(who: SlackHarness['member'], where: Where, text: string): Promise<Json> {
    const id = `digest-${(n += 1)}`;
    const res = await sendCommand(h.app.url, slashCommand(who, where, text, h.fake.responseUrl(id)));
    expect(res.status).toBe(200);
    const reply = (await h.fake.waitForResponse(id)) as Json;
    expect(checkBlockKitMessage(reply)).toEqual([]);
    return reply;
  }

  it('refuses a member who is not a regional lead', async () => {
    const reply = await command(h.member, dm, 'digest abonneer');
    expect(JSON.stringify(reply.blocks)).toMatch(/alleen voor regioleiders/);
    expect((await command(h.member, dm, 'digest nu')).blocks.some((b: Json) => b.type === 'image')).toBe(false);
    expect(await h.app.db.prisma.digestSubscription.count()).toBe(0);
  });

  it('subscribes the lead in the DM and in a channel of the regional entity', async () => {
    expect(JSON.stringify((await command(h.coordinator, dm, 'digest abonneer maandag 08:00')).blocks)).toMatch(/elke maandag om 08:00[\s\S]*persoonlijke chat/);
    expect(JSON.stringify((await command(h.coordinator, entity, 'digest subscribe monday 08:00')).blocks)).toMatch(/every Monday at 08:00[\s\S]*this channel/);
    const subs = await h.app.db.prisma.digestSubscription.findMany({ orderBy: { kind: 'asc' } });
    expect(subs.map((s) => [s.kind, s.targetKey, s.locale])).toEqual([['channel', entity.channelId, 'en'], ['personal', `personal:${h.coordinator.userId}`, 'nl']]);
  });

  it('"digest nu" is ephemeral, with the charts as images at signed links and a report button', async () => {
    const reply = await command(h.coordinator, entity, 'digest nu');
    expect(reply.response_type).toBe('ephemeral');
    const images = reply.blocks.filter((b: Json) => b.type === 'image');
    expect(images.map((i: Json) => new URL(i.image_url).pathname)).toEqual(['trend', 'focus', 'heatmap'].map((c) => `/digest/${region.regionId}/2026-11-16/${c}.nl.png`));
    for (const image of images) expect(new URL(image.image_url).searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
    // The signed picture links work against this server (Slack would fetch them from PUBLIC_BASE_URL).
    const local = new URL(images[0].image_url);
    const res = await fetch(`${h.app.url}${local.pathname}${local.search}`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
    const button = reply.blocks.find((b: Json) => b.type === 'actions').elements[0];
    expect(button.url).toMatch(/^https:\/\/oogst\.example\/digest\/.+\/report\.nl\.html\?expires=/);
  });

  it('the tick posts each digest once per week: a DM through conversations.open, and the channel', async () => {
    h.fake.reset();
    clock.current = new Date(GOLDEN_NOW.getTime() + 60_000);
    expect(await h.app.services.digest.tick()).toMatchObject({ planned: 2, sent: 2 });
    expect(await h.app.services.digest.tick()).toMatchObject({ planned: 0, sent: 0 });
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts.map((p) => p.args.channel).sort()).toEqual([entity.channelId, expect.stringMatching(/^D/)].sort());
    expect(h.fake.callsTo('conversations.open')[0].args.users).toBe(h.coordinator.userId);
    for (const post of posts) expect(checkBlockKitMessage({ text: post.args.text, blocks: post.args.blocks })).toEqual([]);
    const english = posts.find((p) => p.args.channel === entity.channelId)!;
    expect(String(english.args.text)).toMatch(/Weekly digest Regio Slack: Week 48/);
  });

  it('"digest stop" in the channel ends that subscription only', async () => {
    expect(JSON.stringify((await command(h.coordinator, entity, 'digest stop')).blocks)).toMatch(/Je krijgt geen samenvatting meer/);
    expect(JSON.stringify((await command(h.coordinator, entity, 'digest stop')).blocks)).toMatch(/Hier stond geen samenvatting aan/);
    expect(await h.app.db.prisma.digestSubscription.count({ where: { active: true } })).toBe(1);
  });
});
