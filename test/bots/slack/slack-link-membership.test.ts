/**
 * `/oogst koppel` in a channel Oogst was never invited to: slash commands work everywhere, posts do not. The link
 * asks conversations.info first; where the bot is not a member nothing is stored and the person learns how to
 * invite it. When Slack cannot answer (rate limited, missing scope, an outage) the link goes ahead as before,
 * with a warning in the log. Both databases.
 */
import { Writable } from 'node:stream';
import { checkBlockKitMessage } from '../../support/block-kit-check';
import { describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { sendCommand, slashCommand, Where } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachDatabase('Slack linking checks that Oogst is in the channel', (testDb) => {
  const logLines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
  let h: SlackHarness;
  let n = 0;
  let replies = 0;

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, { LOG_LEVEL: 'warn' }, undefined, sink);
    await seedPartnership(h.app, 'Binnenmeren');
  });
  afterAll(async () => {
    await h?.stop();
  });

  const newChannel = (): Where => ({ channelId: `C0LINK${String((n += 1)).padStart(4, '0')}`, channelName: `kanaal-${n}` });
  const bindings = (where: Where) => h.app.db.prisma.channelBinding.count({ where: { channelId: where.channelId } });

  async function command(where: Where, text: string): Promise<Json> {
    const id = `link-${(replies += 1)}`;
    const res = await sendCommand(h.app.url, slashCommand(h.coordinator, where, text, h.fake.responseUrl(id)));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const reply = (await h.fake.waitForResponse(id)) as Json;
    expect(checkBlockKitMessage(reply)).toEqual([]);
    return reply;
  }

  it('refuses in a channel the bot is not in, stores nothing, and tells how to invite it (Dutch)', async () => {
    const where = newChannel();
    h.fake.markNotJoined(where.channelId);
    const reply = await command(where, 'koppel Binnenmeren');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('Ik zit nog niet in dit kanaal');
    expect(reply.text).toContain('/invite @Oogst');
    expect(reply.text).toContain('/oogst koppel Binnenmeren');
    expect(await bindings(where)).toBe(0);
    const [info] = h.fake.callsTo('conversations.info').filter((c) => c.args.channel === where.channelId);
    expect(info.token).toBe('xoxb-test'); // the workspace's bot token
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === where.channelId)).toEqual([]);
  });

  it('says the same in English for "/oogst link"', async () => {
    const where = newChannel();
    h.fake.markNotJoined(where.channelId);
    const reply = await command(where, 'link Binnenmeren');
    expect(reply.text).toContain('I am not in this channel yet');
    expect(reply.text).toContain('/oogst link Binnenmeren');
    expect(await bindings(where)).toBe(0);
  });

  it('refuses in a private channel the bot cannot see (channel_not_found)', async () => {
    const where = newChannel();
    h.fake.failNext('conversations.info', { error: 'channel_not_found', channel: where.channelId });
    const reply = await command(where, 'koppel Binnenmeren');
    expect(reply.text).toContain('/invite @Oogst');
    expect(await bindings(where)).toBe(0);
  });

  it('links where the bot is a member', async () => {
    const where = newChannel();
    const reply = await command(where, 'koppel Binnenmeren');
    expect(reply.response_type).toBe('in_channel');
    expect(JSON.stringify(reply.blocks)).toContain('Gelukt');
    expect(await h.app.db.prisma.channelBinding.count({ where: { channelId: where.channelId, active: true } })).toBe(1);
    expect(h.fake.callsTo('conversations.info').some((c) => c.args.channel === where.channelId)).toBe(true);
  });

  it('links again after the bot was invited', async () => {
    const where = newChannel();
    h.fake.markNotJoined(where.channelId);
    await command(where, 'koppel Binnenmeren');
    h.fake.markJoined(where.channelId); // someone typed /invite @Oogst
    const reply = await command(where, 'koppel Binnenmeren');
    expect(reply.response_type).toBe('in_channel');
    expect(await bindings(where)).toBe(1);
  });

  it.each([
    ['HTTP 429 ratelimited', { ratelimited: 30 }, 'ratelimited'],
    ['ok:false ratelimited', { error: 'ratelimited' }, 'ratelimited'],
    ['missing_scope', { error: 'missing_scope' }, 'missing_scope'],
    ['an outage (HTTP 503)', { lost: true as const }, 'http_503'],
  ])('links anyway when conversations.info fails (%s), and logs a warning', async (_name, failure, code) => {
    const where = newChannel();
    h.fake.failNext('conversations.info', { ...failure, channel: where.channelId });
    const started = Date.now();
    const reply = await command(where, 'koppel Binnenmeren');
    expect(Date.now() - started).toBeLessThan(5_000); // a Retry-After of 30 s is not waited for
    expect(reply.response_type).toBe('in_channel');
    expect(await bindings(where)).toBe(1);
    const warning = logLines.map((line) => JSON.parse(line) as Json).find((entry) => entry.code === code && /conversations\.info failed/.test(String(entry.msg)));
    expect(warning).toMatchObject({ level: 40, teamId: h.fake.teamId });
    expect(JSON.stringify(warning)).not.toMatch(/xoxb-test|Carla|U0COORD01/);
  });

  it('keeps the DM answer: linking happens in a channel (no conversations.info)', async () => {
    const dm: Where = { channelId: 'D0CARLA001', channelName: 'directmessage' };
    const before = h.fake.callsTo('conversations.info').length;
    const reply = await command(dm, 'koppel Binnenmeren');
    expect(JSON.stringify(reply.blocks)).toMatch(/kanaal/);
    expect(h.fake.callsTo('conversations.info')).toHaveLength(before);
    expect(await bindings(dm)).toBe(0);
  });

  it('asks nothing for other commands', async () => {
    const where = newChannel();
    h.fake.markNotJoined(where.channelId);
    const before = h.fake.callsTo('conversations.info').length;
    await command(where, 'help');
    expect(h.fake.callsTo('conversations.info')).toHaveLength(before);
  });
});
