/**
 * The first-contact notice (once per person, across platforms and concurrent first messages), the answer policy
 * command, and the audit trail: who may read which entries, and that entries carry no answer texts.
 */
import { noticeAfterAction } from '../../src/bots/shared/privacy/first-contact';
import { Reply } from '../../src/bots/shared/reply';
import { describeEachDatabase } from '../support/test-databases';
import { ADMIN, BINNEN, BRAM, CARLA, MEES, MEES_TEAMS, PrivacyFixture, STAD, startPrivacyFixture } from './support/privacy-fixture';

const linesOf = (reply: Reply) => (reply.kind === 'message' || reply.kind === 'privacy' ? [reply.view.title ?? '', ...reply.view.lines] : [reply.view.title]).join('\n');

describeEachDatabase('privacy: notice, policy and audit trail', (testDb) => {
  let f: PrivacyFixture;

  beforeAll(async () => {
    f = await startPrivacyFixture(testDb().url);
  });
  afterAll(() => f?.db.close());

  it('shows the notice with the first command only, once per person across platforms', async () => {
    const first = await f.say(MEES, 'status', STAD.channel);
    expect(first.notice?.lines.join('\n')).toMatch(/bewaart je naam.*\n.*vanaf 3 antwoorden.*\n.*na 24 maanden.*\n.*"mijn gegevens".*"vergeet mij"/s);
    expect(first.notice?.links?.[0].url).toMatch(/\/privacy$/);
    expect((await f.say(MEES, 'status', STAD.channel)).notice).toBeUndefined();
    // The same person on Teams (linked by e-mail) has seen it already.
    expect((await f.say(MEES_TEAMS, 'mijn antwoorden')).notice).toBeUndefined();
    // "help" stores nothing about anyone, so it is no first contact yet.
    expect((await f.say(BRAM, 'help')).notice).toBeUndefined();
    expect((await f.say(BRAM, 'status', STAD.channel)).notice).toBeDefined();
  });

  it('claims the notice exactly once when first messages arrive at the same moment', async () => {
    const person = await f.deps.services.partnerships.identify({ ...BRAM, userId: 'U0RACE001', displayName: 'Race' });
    const claims = await Promise.all(Array.from({ length: 8 }, () => f.deps.services.privacy.firstContact(person)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('a card action can be the first contact (someone appointed before they ever wrote)', async () => {
    const carla = await f.deps.repos.people.findByIdentity('slack', CARLA.workspaceId, CARLA.userId);
    const stad = await f.deps.repos.partnerships.findByNameKey('stad streek');
    const newcomer = { ...BRAM, userId: 'U0NEW0001', displayName: 'Nieuwe Coördinator' };
    await f.deps.services.admin.appointCoordinator({ user: CARLA, person: carla! }, stad!, newcomer);
    expect(await noticeAfterAction(f.deps, f.ctx(newcomer, STAD.channel))).toBeDefined();
    expect(await noticeAfterAction(f.deps, f.ctx(newcomer, STAD.channel))).toBeUndefined();
    expect(await noticeAfterAction(f.deps, f.ctx({ ...BRAM, userId: 'U0NOBODY1' }))).toBeUndefined();
  });

  it('"privacy" explains the policy; only coordinators change it, and the channel hears about it', async () => {
    expect(linesOf(await f.say(MEES, 'privacy', BINNEN.channel))).toMatch(/In Binnenmeren blijft .* alleen de score over/);
    expect(linesOf(await f.say(MEES, 'privacy', STAD.channel))).toMatch(/In Stad & Streek worden antwoorden helemaal gewist/);
    const refused = await f.say(MEES, 'privacy bewaren', STAD.channel);
    expect(linesOf(refused)).toMatch(/alleen de coördinatoren van Stad & Streek/);
    expect(await f.deps.services.privacy.policyOf((await f.deps.repos.partnerships.findByNameKey('stad streek'))!.id)).toBe('delete');
    const set = await f.say(CARLA, 'privacy keep', STAD.channel);
    expect(set).toMatchObject({ kind: 'message', visibility: 'public' });
    expect(linesOf(await f.say(CARLA, 'privacy bewaren', STAD.channel))).toMatch(/al zo ingesteld/);
    expect(linesOf(await f.say(CARLA, 'privacy verwijderen', STAD.channel))).toMatch(/helemaal gewist/);
  });

  it('writes linking, appointments and policy changes with who and what, never answer texts', async () => {
    const prompt = await f.prompt(STAD.channel, 'kwaliteit');
    await f.answer(MEES, prompt, { score: '3', scenario: 'Geheime reflectie over bestuur X', keyword: 'vertrouwelijk', shareAnonymously: 'true' });
    await f.say(CARLA, 'venster 3 dagen', STAD.channel);
    await f.say(CARLA, 'pauze tot 2027-03-01', STAD.channel);
    const entries = await f.db.prisma.auditEntry.findMany({ orderBy: { at: 'asc' } });
    const carlaId = (await f.deps.repos.people.findByIdentity('slack', CARLA.workspaceId, CARLA.userId))!.id;
    expect(entries.filter((e) => e.action === 'channel.link')).toHaveLength(2);
    expect(entries.find((e) => e.action === 'channel.link')).toMatchObject({ actorId: carlaId, details: expect.stringContaining('"becameCoordinator":true') });
    expect(entries.filter((e) => e.action === 'privacy.policy').map((e) => JSON.parse(e.details).policy)).toEqual(['keep_scores', 'keep_scores', 'delete']);
    expect(entries.find((e) => e.action === 'coordinator.appoint')).toMatchObject({ actorId: carlaId, subjectId: expect.any(String) });
    expect(entries.filter((e) => e.action === 'schedule.change').map((e) => [e.actorId, JSON.parse(e.details)])).toEqual([
      [carlaId, { change: 'window', days: 3 }],
      [carlaId, { change: 'pause', until: '2027-03-01' }],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Geheime reflectie|vertrouwelijk|Mees|Carla/);
  });

  it('the coordinator reads the entries of their partnerships; a member is told it is not for them', async () => {
    const forCarla = await f.say(CARLA, 'audit', STAD.channel);
    expect(forCarla).toMatchObject({ kind: 'privacy', visibility: 'personal' });
    const text = linesOf(forCarla);
    expect(text).toMatch(/Carla Coördinator koppelde een kanaal \(C0STAD0001\) aan Stad & Streek/);
    expect(text).toMatch(/Carla Coördinator maakte Nieuwe Coördinator coördinator van Stad & Streek/);
    expect(text).toMatch(/zette het bewaarbeleid van Binnenmeren op "alleen scores bewaren"/);
    expect(text).toMatch(/Carla Coördinator wijzigde het ritme van Stad & Streek \(antwoordvenster\)/);
    expect(linesOf(await f.say(BRAM, 'audit', STAD.channel))).toMatch(/logboek is er voor coördinatoren, regioleiders en beheerders/);
  });

  it('a regional lead reads only their region\'s partnerships; an admin reads everything', async () => {
    const region = await f.db.prisma.region.create({ data: { name: 'Onderwijsregio Binnenmeren', nameKey: 'onderwijsregio binnenmeren' } });
    const binnen = await f.deps.repos.partnerships.findByNameKey('binnenmeren');
    await f.db.prisma.partnershipRegion.create({ data: { partnershipId: binnen!.id, regionId: region.id, positioning: 'is_region' } });
    const lead = await f.deps.services.partnerships.identify({ ...BRAM, userId: 'U0LEAD001', displayName: 'Lea Leider' });
    await f.deps.repos.regions.grantLead(lead.id, region.id);
    const forLead = linesOf(await f.say({ ...BRAM, userId: 'U0LEAD001', displayName: 'Lea Leider' }, 'audit'));
    expect(forLead).toMatch(/Binnenmeren/);
    expect(forLead).not.toMatch(/Stad & Streek/);
    await f.say(MEES, 'mijn gegevens');
    const forAdmin = linesOf(await f.say(ADMIN, 'audit'));
    expect(forAdmin).toMatch(/Stad & Streek/);
    expect(forAdmin).toMatch(/Mees Meijer vroeg de eigen gegevens op/);
  });
});
