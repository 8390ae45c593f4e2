/**
 * "digest abonneer / stop / nu" on Teams over the real protocol with the fake Bot Connector (both databases):
 * a non-lead is refused, a lead subscribes in the personal chat and in a channel of the regional entity (not in a
 * partnership's channel), "digest nu" reaches only the requester (personal chat), and the scheduler's tick delivers
 * each subscription's digest once per week.
 */
import { checkAdaptiveCard, findByType } from '../support/adaptive-card-check';
import { FixedClock } from '../support/app-deps';
import { cardOf, RecordedRequest } from '../support/fake-bot-connector';
import { describeEachDatabase } from '../support/test-databases';
import { BRAM, channelMessage, GENERAL, MEGAN, personalMessage, REFLECTIE, TENANT_ID, TeamsUser } from '../bots/teams/fixtures/teams-activities';
import { cardText, startTeamsTestApp, TeamsTestApp } from '../bots/teams/support/teams-test-app';
import { GOLDEN, GOLDEN_NOW, seedRegion, SeededRegion } from './support/golden-region';

const MEGAN_CHAT = `a:1${MEGAN.aadObjectId.replace(/-/g, '')}`;

describeEachDatabase('Teams: the weekly digest commands', (db) => {
  let t: TeamsTestApp;
  let region: SeededRegion;
  const clock = new FixedClock(new Date('2026-11-27T10:00:00Z'));
  const where = (user: TeamsUser = MEGAN, channel = REFLECTIE) => ({ serviceUrl: t.connector.url, user, channel });
  const cards = (requests: RecordedRequest[]) => requests.map((r) => cardOf(r)).filter((c): c is Record<string, unknown> => c !== undefined);
  const text = (requests: RecordedRequest[]) => cards(requests).map(cardText).join('\n---\n');
  const sent = (mark: number) => t.connector.since(mark).filter((r) => r.operation === 'send' || r.operation === 'reply');

  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { OOGST_LINK_SECRET: 'teams-digest-test-secret-0123456789abcdef', SCHEDULER_ENABLED: 'false' }, clock);
    region = await seedRegion(t.app.db.prisma, 'Regio Teams', GOLDEN);
    const megan = await t.app.repos.people.upsertByIdentity({ platform: 'teams', workspaceId: TENANT_ID, userId: MEGAN.aadObjectId, displayName: MEGAN.name });
    await t.app.repos.regions.grantLead(megan.id, region.regionId);
    // GENERAL is a partnership's channel; REFLECTIE is the regional entity's.
    await t.app.db.prisma.channelBinding.create({ data: { partnershipId: region.partnerships.Alfa, platform: 'teams', workspaceId: TENANT_ID, channelId: GENERAL.id, conversationRef: '{}' } });
  });
  afterAll(async () => t?.stop());

  it('refuses someone who is not a regional lead, and stores nothing', async () => {
    const mark = t.connector.requests.length;
    await t.post(personalMessage(where(BRAM), 'digest abonneer'));
    expect(text(sent(mark))).toMatch(/alleen voor regioleiders/);
    await t.post(personalMessage(where(BRAM), 'digest nu'));
    expect(text(sent(mark))).not.toMatch(/Weekoverzicht/);
    expect(await t.app.db.prisma.digestSubscription.count()).toBe(0);
  });

  it('subscribes the lead in the personal chat, Monday 08:00 by default', async () => {
    const mark = t.connector.requests.length;
    await t.post(personalMessage(where(), 'digest abonneer'));
    expect(text(sent(mark))).toMatch(/Je krijgt de samenvatting elke maandag om 08:00\.[\s\S]*Voor Regio Teams, hier in je persoonlijke chat/);
    const [sub] = await t.app.db.prisma.digestSubscription.findMany();
    expect(sub).toMatchObject({ kind: 'personal', weekday: 1, time: '08:00', active: true, platform: 'teams' });
    expect(JSON.parse(sub.conversationRef).conversation.id).toBe(MEGAN_CHAT);
  });

  it('refuses a partnership channel (its members would see every partnership) and accepts the entity\'s channel', async () => {
    let mark = t.connector.requests.length;
    await t.post(channelMessage(where(MEGAN, GENERAL), 'digest abonneer'));
    expect(text(sent(mark))).toMatch(/hoort bij Alfa/);
    mark = t.connector.requests.length;
    await t.post(channelMessage(where(), 'digest abonneer dinsdag 09:30'));
    expect(text(sent(mark))).toMatch(/elke dinsdag om 09:30[\s\S]*in dit kanaal/);
    expect(await t.app.db.prisma.digestSubscription.count({ where: { kind: 'channel', targetKey: REFLECTIE.id, weekday: 2, time: '09:30' } })).toBe(1);
  });

  it('"digest nu" in a channel goes to the requester\'s personal chat only, as a card with charts', async () => {
    const mark = t.connector.requests.length;
    await t.post(channelMessage(where(), 'digest nu'));
    const requests = sent(mark);
    expect(requests.filter((r) => r.conversationId?.startsWith(REFLECTIE.id))).toHaveLength(0);
    const [card] = cards(requests.filter((r) => r.conversationId?.startsWith('a:')));
    expect(checkAdaptiveCard(card, { teamsCharts: true })).toEqual([]);
    expect(cardText(card)).toMatch(/Weekoverzicht Regio Teams[\s\S]*Week 47/);
    expect(findByType(card, 'Chart.Line')).toHaveLength(1);
    expect(findByType(card, 'Chart.VerticalBar')).toHaveLength(1);
  });

  it('delivers each subscription once per week across ticks, and stops when asked', async () => {
    clock.current = new Date(GOLDEN_NOW.getTime() + 30_000); // Monday 30 November, 08:00:30
    let mark = t.connector.requests.length;
    expect(await t.app.services.digest.tick()).toMatchObject({ planned: 1, sent: 1 });
    expect(await t.app.services.digest.tick()).toMatchObject({ planned: 0, sent: 0 });
    const toMegan = sent(mark).filter((r) => r.conversationId === MEGAN_CHAT);
    expect(toMegan).toHaveLength(1);
    expect(checkAdaptiveCard(cards(toMegan)[0], { teamsCharts: true })).toEqual([]);
    expect(cardText(cards(toMegan)[0])).toMatch(/Week 48/);
    // Tuesday 09:30: the channel's turn; Megan's is done for this week.
    clock.current = new Date('2026-12-01T08:31:00Z');
    mark = t.connector.requests.length;
    expect(await t.app.services.digest.tick()).toMatchObject({ planned: 1, sent: 1 });
    expect(sent(mark).map((r) => r.conversationId)).toEqual([REFLECTIE.id]);
    await t.post(personalMessage(where(), 'digest stop'));
    clock.current = new Date('2026-12-07T07:00:30Z');
    mark = t.connector.requests.length;
    await t.app.services.digest.tick();
    expect(sent(mark).filter((r) => r.conversationId === MEGAN_CHAT && cardText(cardOf(r) ?? {}).includes('Weekoverzicht'))).toHaveLength(0);
  });
});
