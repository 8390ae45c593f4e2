/**
 * Commands through Slack's three doors (slash command, @mention in a channel, the DM) with the bad input the
 * issue lists: unknown subcommand, unknown partnership, linking in a DM, naming a coordinator by mention.
 * Also start-up: a token Slack refuses stops the app; an unreachable Slack does not.
 */
import { runCommandActionId } from '../../../src/cards';
import { checkBlockKitMessage } from '../../support/block-kit-check';
import { createTestDatabase, describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { buttonClick, eventEnvelope, sendCommand, sendEvent, sendInteraction, slashCommand, Where } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const channel: Where = { channelId: 'C0CMDS0001', channelName: 'binnenmeren' };
const dm: Where = { channelId: 'D0CARLA001', channelName: 'directmessage' };

describeEachDatabase('Slack commands', (testDb) => {
  let h: SlackHarness;
  let n = 0;

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url);
    await seedPartnership(h.app, 'Binnenmeren');
    await seedPartnership(h.app, 'Stad & Streek');
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function command(who: SlackHarness['member'], where: Where, text: string): Promise<Json> {
    const id = `cmd-${(n += 1)}`;
    const res = await sendCommand(h.app.url, slashCommand(who, where, text, h.fake.responseUrl(id)));
    expect(res.status).toBe(200);
    expect(res.text).toBe(''); // acknowledged at once; the answer follows on the response_url
    const reply = (await h.fake.waitForResponse(id)) as Json;
    expect(checkBlockKitMessage(reply)).toEqual([]);
    return reply;
  }

  it('suggests the closest subcommand for a typo, privately', async () => {
    const reply = await command(h.member, channel, 'stauts');
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toContain('status');
  });

  it('suggests the closest partnership for an unknown name and links nothing', async () => {
    const reply = await command(h.coordinator, channel, 'koppel Binnenmeeren');
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toContain('Binnenmeren');
    expect(await h.app.db.prisma.channelBinding.count()).toBe(0);
  });

  it('explains that linking happens in a channel, not in the DM', async () => {
    const reply = await command(h.coordinator, dm, 'koppel Binnenmeren');
    expect(JSON.stringify(reply.blocks)).toMatch(/kanaal/);
    expect(await h.app.db.prisma.channelBinding.count()).toBe(0);
  });

  it('links through an @mention and answers publicly in the channel', async () => {
    await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'app_mention', user: h.coordinator.userId, text: `<@${h.fake.botUserId}> koppel Binnenmeren`, channel: channel.channelId, ts: '1700000200.000100' }));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel.channelId && JSON.stringify(c.args.blocks).includes('Gelukt'));
    expect(checkBlockKitMessage({ text: post.args.text, blocks: post.args.blocks })).toEqual([]);
    expect(await h.app.db.prisma.channelBinding.count({ where: { channelId: channel.channelId, active: true } })).toBe(1);
  });

  it('makes a mentioned colleague coordinator (<@U...|name> resolved with users.info)', async () => {
    const reply = await command(h.coordinator, channel, `coordinator <@${h.member.userId}|mees>`);
    expect(reply.response_type).toBe('in_channel');
    expect(JSON.stringify(reply.blocks)).toContain('Mees Meijer');
    const identity = await h.app.db.prisma.platformIdentity.findFirst({ where: { platform: 'slack', userId: h.member.userId } });
    expect(await h.app.db.prisma.partnershipRole.findFirst({ where: { personId: identity!.personId } })).toMatchObject({ role: 'coordinator' });
  });

  it('says so when a mentioned user does not exist in the workspace', async () => {
    const reply = await command(h.coordinator, channel, 'coordinator <@U0NOBODY1>');
    expect(reply.response_type).toBe('ephemeral');
    expect(await h.app.db.prisma.partnershipRole.count({ where: { role: 'coordinator' } })).toBe(2);
  });

  it('runs the command behind a message button (value "help") and answers on its response_url', async () => {
    const res = await sendInteraction(h.app.url, buttonClick(h.member, channel, { action_id: runCommandActionId(0), value: 'help', block_id: 'commands' }, h.fake.responseUrl('button-help')));
    expect(res.status).toBe(200);
    const reply = (await h.fake.waitForResponse('button-help')) as Json;
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(checkBlockKitMessage(reply)).toEqual([]);
    expect(JSON.stringify(reply.blocks)).toContain('koppel');
  });

  it('answers English commands in English', async () => {
    const reply = await command(h.member, channel, 'my answers');
    expect(JSON.stringify(reply.blocks)).toMatch(/answers/i);
  });
});

describe('Slack start-up', () => {
  it('stops with a message naming SLACK_BOT_TOKEN when Slack refuses the token', async () => {
    const db = await createTestDatabase('sqlite');
    try {
      await expect(startSlackHarness(db.url, {}, (fake) => fake.failNext('auth.test', { error: 'invalid_auth' }))).rejects.toThrow(/SLACK_BOT_TOKEN: Slack refused it \(invalid_auth\)/);
    } finally {
      await db.drop();
    }
  });

  it('starts when auth.test fails for another reason, and asks again on the first request', async () => {
    const db = await createTestDatabase('sqlite');
    const h = await startSlackHarness(db.url, {}, (fake) => fake.failNext('auth.test', { error: 'internal_error' }));
    try {
      const before = h.fake.callsTo('auth.test').length;
      await sendCommand(h.app.url, slashCommand(h.member, channel, 'help', h.fake.responseUrl('after-outage')));
      await h.fake.waitForResponse('after-outage');
      expect(h.fake.callsTo('auth.test').length).toBe(before + 1);
      await sendCommand(h.app.url, slashCommand(h.member, channel, 'help', h.fake.responseUrl('cached')));
      await h.fake.waitForResponse('cached');
      expect(h.fake.callsTo('auth.test').length).toBe(before + 1); // remembered, not asked per request
    } finally {
      await h.stop();
      await db.drop();
    }
  });
});
