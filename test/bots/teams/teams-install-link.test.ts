/**
 * Teams over the real protocol: install, link, commands, coordinators. Activities go over HTTP to the running
 * app; the bot's replies are read from the fake Bot Connector. Runs on SQLite and PostgreSQL.
 */
import { describeEachDatabase } from '../../support/test-databases';
import { cardText, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';
import { BOT, botAddedToTeam, BRAM, CARLA, channelMessage, GENERAL, installationUpdate, MEGAN, personalMessage, TEAM_ID, TENANT_ID } from './fixtures/teams-activities';

describeEachDatabase('Teams: install, link and commands', (db) => {
  let t: TeamsTestApp;
  const where = () => ({ serviceUrl: t.connector.url });

  beforeAll(async () => {
    t = await startTeamsTestApp(db());
    await t.seedPartnership('Stad & Streek');
    await t.seedPartnership('Kop van Noord');
  });
  afterAll(async () => t?.stop());

  /** Posts a channel message and returns the one reply the bot sent into its thread. */
  async function say(text: string, user = MEGAN, mentions: (typeof BRAM)[] = []) {
    const mark = t.connector.requests.length;
    const activity = channelMessage({ ...where(), user }, text, mentions);
    const res = await t.post(activity);
    expect(res.status).toBe(200);
    const replies = t.connector.since(mark).filter((r) => r.operation === 'reply');
    expect(replies).toHaveLength(1);
    expect(replies[0].conversationId).toBe(activity.conversation.id);
    expect(replies[0].targetId).toBe(activity.id);
    return cardText(validCard(replies[0]));
  }

  it('posts one welcome card on install, although Teams announces it twice', async () => {
    const mark = t.connector.requests.length;
    expect((await t.post(installationUpdate(where()))).status).toBe(200);
    expect((await t.post(botAddedToTeam(where()))).status).toBe(200);
    const sent = t.connector.since(mark);
    expect(sent).toHaveLength(1);
    expect(sent[0].conversationId).toBe(GENERAL.id);
    expect(cardText(validCard(sent[0]))).toMatch(/koppel <naam partnerschap>/);
  });

  it('posts no welcome for an app upgrade', async () => {
    const mark = t.connector.requests.length;
    expect((await t.post({ ...installationUpdate(where()), action: 'add-upgrade' })).status).toBe(200);
    expect(t.connector.since(mark)).toHaveLength(0);
  });

  it('ignores a colleague joining the team (no welcome)', async () => {
    const mark = t.connector.requests.length;
    const joined = { ...botAddedToTeam(where()), membersAdded: [{ id: CARLA.id, aadObjectId: CARLA.aadObjectId }] };
    expect((await t.post(joined)).status).toBe(200);
    expect(t.connector.since(mark)).toHaveLength(0);
  });

  it('links the channel with "@Oogst koppel Stad &amp; Streek" and makes the first linker coordinator', async () => {
    const text = await say('koppel Stad &amp; Streek');
    expect(text).toMatch(/Gelukt! Dit kanaal hoort nu bij Stad & Streek/);
    expect(text).toMatch(/co[öo]rdinator/i);
    const binding = await t.app.db.prisma.channelBinding.findFirstOrThrow({ where: { platform: 'teams', channelId: GENERAL.id } });
    expect(binding.workspaceId).toBe(TENANT_ID);
    const reference = JSON.parse(binding.conversationRef);
    // Proactive prompts must start a new post in the channel: no thread suffix, no activity id, no user.
    expect(reference.conversation.id).toBe(GENERAL.id);
    expect(reference.activityId).toBeUndefined();
    expect(reference.user).toBeUndefined();
    expect(reference.serviceUrl).toBe(t.connector.url);
    expect(reference.bot.id).toBe(BOT.id);
    const megan = await t.app.repos.people.findByIdentity('teams', TENANT_ID, MEGAN.aadObjectId);
    const partnership = await t.app.repos.partnerships.findById(binding.partnershipId);
    expect(await t.app.repos.partnerships.roleOf(megan!.id, partnership!.id)).toBe('coordinator');
  });

  it('lists the options for an unknown partnership', async () => {
    expect(await say('koppel Nergensland')).toMatch(/Kop van Noord.*Stad & Streek|Stad & Streek.*Kop van Noord/s);
  });

  it('suggests the closest command for a typo', async () => {
    expect(await say('statsu')).toMatch(/Bedoel je "status"\?/);
  });

  it('tells a non-coordinator who can ask a question now, and posts nothing', async () => {
    const mark = t.connector.requests.length;
    const text = await say('vraag nu', BRAM);
    expect(text).toMatch(/alleen de coördinatoren van Stad & Streek/);
    expect(text).toContain('Megan Bowen');
    // Nothing in the channel (Bram's first contact does bring the privacy notice to his personal chat).
    expect(t.connector.since(mark).filter((r) => r.operation === 'send' && !r.conversationId?.startsWith('a:'))).toHaveLength(0);
    expect(await t.app.db.prisma.prompt.count()).toBe(0);
  });

  it('adds a coordinator by @mention, resolving the mention to the AAD id through the Bot Connector', async () => {
    // Mention entities carry the Teams id ("29:..."); the bot asks Teams for the member's AAD object id.
    t.connector.addMember({ id: BRAM.id, name: BRAM.name, aadObjectId: BRAM.aadObjectId, email: 'bram@stadenstreek.nl' });
    const mark = t.connector.requests.length;
    const text = await say(`coordinator <at>${BRAM.name}</at>`, MEGAN, [BRAM]);
    expect(text).toMatch(/Bram Jansen is nu coördinator van Stad & Streek/);
    const lookup = t.connector.since(mark).find((r) => r.operation === 'getMember');
    expect(lookup).toMatchObject({ conversationId: TEAM_ID, targetId: BRAM.id });
    const bram = await t.app.repos.people.findByIdentity('teams', TENANT_ID, BRAM.aadObjectId);
    const binding = await t.app.db.prisma.channelBinding.findFirstOrThrow({ where: { channelId: GENERAL.id } });
    expect(await t.app.repos.partnerships.roleOf(bram!.id, binding.partnershipId)).toBe('coordinator');
  });

  it('answers "status" with the partnership and its coordinators', async () => {
    const text = await say('status', CARLA);
    expect(text).toMatch(/Stad & Streek/);
    expect(text).toMatch(/Megan Bowen/);
  });

  it('answers in the personal chat without a mention', async () => {
    const mark = t.connector.requests.length;
    const activity = personalMessage({ ...where(), user: CARLA }, 'help');
    expect((await t.post(activity)).status).toBe(200);
    const [reply] = t.connector.since(mark);
    expect(reply).toMatchObject({ operation: 'reply', conversationId: activity.conversation.id });
    expect(cardText(validCard(reply))).toMatch(/vraag nu/);
  });

  it('handles a command button (Action.Submit with a runCommand value) like typed text', async () => {
    const mark = t.connector.requests.length;
    const activity = personalMessage({ ...where(), user: CARLA }, '', { text: undefined, value: { action: 'oogst.command.run', command: 'help' } });
    expect((await t.post(activity)).status).toBe(200);
    expect(cardText(validCard(t.connector.since(mark)[0]))).toMatch(/vraag nu/);
  });

  it('processes a re-sent message once (Teams retries after 15 s with the same activity id)', async () => {
    const activity = channelMessage({ ...where(), user: CARLA }, 'status');
    const mark = t.connector.requests.length;
    const [first, second] = await Promise.all([t.post(activity), t.post(activity)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(t.connector.since(mark).filter((r) => r.operation === 'reply')).toHaveLength(1);
  });

  it('writes no names or message texts into the logs', () => {
    const all = t.logs.join('\n');
    for (const secret of [MEGAN.name, BRAM.name, CARLA.name, 'bram@stadenstreek.nl', 'Nergensland', 'statsu']) expect(all).not.toContain(secret);
  });
});
