/** One contract, two databases: the repositories behave the same on SQLite and PostgreSQL. */
import { Repositories } from '../../src/domain/ports';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';
import { ChannelRef, PlatformUser } from '../../src/domain/model/records';

const user = (userId: string, displayName = `Persoon ${userId}`): PlatformUser => ({ platform: 'slack', workspaceId: 'T1', userId, displayName });
const channel = (channelId: string): ChannelRef => ({ platform: 'slack', workspaceId: 'T1', channelId, channelName: 'oogst', conversationRef: JSON.stringify({ channelId }) });

describeEachDatabase('repository contract', (testDb) => {
  let db: Database;
  let repos: Repositories;
  let partnershipId: string;

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
    repos = createRepositories(db.prisma);
    partnershipId = (await db.prisma.partnership.create({ data: { name: 'Stad & Streek', nameKey: 'stad streek', sectors: 'po,vo' } })).id;
  });
  afterAll(() => db.close());

  it('finds a partnership by its normalised name and maps sectors', async () => {
    const found = await repos.partnerships.findByNameKey('stad streek');
    expect(found).toEqual({ id: partnershipId, name: 'Stad & Streek', sectors: ['po', 'vo'] });
    expect(await repos.partnerships.findByNameKey('onbekend')).toBeNull();
  });

  it('creates a person once per identity, also when two first contacts race', async () => {
    const [a, b] = await Promise.all([repos.people.upsertByIdentity(user('U1')), repos.people.upsertByIdentity(user('U1'))]);
    expect(a.id).toBe(b.id);
    expect(await db.prisma.platformIdentity.count({ where: { userId: 'U1' } })).toBe(1);
    const renamed = await repos.people.upsertByIdentity(user('U1', 'Nieuwe Naam'));
    expect(renamed).toMatchObject({ id: a.id, displayName: 'Nieuwe Naam', locale: 'nl' });
    // A stand-in (the platform's profile did not come in time) never renames a known person.
    const kept = await repos.people.upsertByIdentity({ ...user('U1', 'u1-handle'), provisionalName: true });
    expect(kept).toMatchObject({ id: a.id, displayName: 'Nieuwe Naam' });
  });

  it('joins a platform identity to a person known by e-mail', async () => {
    const person = await db.prisma.person.create({ data: { displayName: 'Sanne', email: 'sanne@example.nl' } });
    const found = await repos.people.upsertByIdentity({ ...user('U9'), email: 'Sanne@Example.nl' });
    expect(found.id).toBe(person.id);
  });

  it('gives the first coordinator once and never demotes a coordinator', async () => {
    const first = await repos.people.upsertByIdentity(user('C1'));
    const second = await repos.people.upsertByIdentity(user('C2'));
    const claims = await Promise.all([repos.partnerships.claimFirstCoordinator(first.id, partnershipId), repos.partnerships.claimFirstCoordinator(second.id, partnershipId)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = claims[0] ? first : second;
    await repos.partnerships.grantRole(winner.id, partnershipId, 'member');
    expect(await repos.partnerships.roleOf(winner.id, partnershipId)).toBe('coordinator');
    expect((await repos.partnerships.coordinators(partnershipId)).map((c) => c.id)).toEqual([winner.id]);
    const loser = winner === first ? second : first;
    await repos.partnerships.grantRole(loser.id, partnershipId, 'member');
    await repos.partnerships.grantRole(loser.id, partnershipId, 'member');
    expect(await repos.partnerships.roleOf(loser.id, partnershipId)).toBe('member');
    expect(await repos.partnerships.memberCount(partnershipId)).toBe(2);
  });

  it('links, re-links and deactivates channel bindings', async () => {
    const bound = await repos.bindings.link(partnershipId, channel('C100'));
    expect(bound).toMatchObject({ partnershipId, channelId: 'C100', active: true });
    await repos.bindings.deactivate(bound.id);
    expect(await repos.bindings.listActive(partnershipId)).toEqual([]);
    const again = await repos.bindings.link(partnershipId, { ...channel('C100'), conversationRef: '{"v":2}' });
    expect(again).toMatchObject({ id: bound.id, active: true, conversationRef: '{"v":2}' });
    expect((await repos.bindings.listActive(partnershipId)).map((b) => b.id)).toEqual([bound.id]);
  });

  it('creates one prompt per slot, plans posts once, and records the message id', async () => {
    const slot = { partnershipId, slotKey: '2027-01-05T08:00:00Z', focusCode: 'kwaliteit', opensAt: new Date('2027-01-05T08:00:00Z'), closesAt: new Date('2027-01-10T08:00:00Z') };
    const [a, b] = await Promise.all([repos.prompts.createOnce(slot), repos.prompts.createOnce(slot)]);
    expect(a.prompt.id).toBe(b.prompt.id);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    const [binding] = await repos.bindings.listActive(partnershipId);
    const planned = await repos.prompts.planPosts(a.prompt.id, [binding.id]);
    await repos.prompts.planPosts(a.prompt.id, [binding.id]);
    expect(await repos.prompts.posts(a.prompt.id)).toHaveLength(1);
    await repos.prompts.markPosted(planned[0].id, '1700000000.000100');
    expect(await repos.prompts.posts(a.prompt.id)).toEqual([expect.objectContaining({ state: 'posted', messageId: '1700000000.000100' })]);
    expect(await repos.prompts.latestOpen(partnershipId, new Date('2027-01-06T00:00:00Z'))).toMatchObject({ id: a.prompt.id });
    expect(await repos.prompts.latestOpen(partnershipId, new Date('2027-01-11T00:00:00Z'))).toBeNull();
    await repos.prompts.close(a.prompt.id, new Date('2027-01-10T08:00:00Z'));
    expect(await repos.prompts.findById(a.prompt.id)).toMatchObject({ status: 'closed' });
  });

  it('stores one answer per person per prompt; an edit replaces it, a double click stores once', async () => {
    const person = await repos.people.upsertByIdentity(user('A1'));
    const { prompt } = await repos.prompts.createOnce({ partnershipId, slotKey: 'manual:answers', focusCode: 'financien', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000) });
    const fields = { score: 3, scenario: 'In deze Onderwijsregio delen we de kosten.', keyword: 'Gedeelde pot', shareAnonymously: true };
    const results = await Promise.all([repos.answers.upsert(prompt.id, person.id, fields), repos.answers.upsert(prompt.id, person.id, fields)]);
    expect(results.map((r) => r.answer.id)[0]).toBe(results[1].answer.id);
    const edited = await repos.answers.upsert(prompt.id, person.id, { score: 4, shareAnonymously: false });
    expect(edited.created).toBe(false);
    expect(edited.answer).toMatchObject({ score: 4, scenario: undefined, keyword: undefined, shareAnonymously: false });
    expect(await repos.answers.countForPrompt(prompt.id)).toBe(1);
    const recent = await repos.answers.recentForPerson(person.id, 5);
    expect(recent).toEqual([expect.objectContaining({ score: 4, focusCode: 'financien', partnershipName: 'Stad & Streek' })]);
  });

  it('saves an answer in one statement only while the prompt is open and the person is in its partnership', async () => {
    const member = await repos.people.upsertByIdentity(user('S1'));
    const outsider = await repos.people.upsertByIdentity(user('S2'));
    await repos.partnerships.grantRole(member.id, partnershipId, 'member');
    const now = new Date('2027-02-01T09:00:00.123Z');
    const { prompt } = await repos.prompts.createOnce({ partnershipId, slotKey: 'manual:save-if-allowed', focusCode: 'kwaliteit', opensAt: new Date('2027-02-01T08:00:00Z'), closesAt: new Date('2027-02-03T08:00:00Z') });
    const fields = { score: 3, scenario: `Robert'); DROP TABLE "Answer";-- 🌾`, keyword: 'samen', shareAnonymously: true };

    const first = await repos.answers.saveIfAllowed(prompt.id, member.id, fields, now);
    expect(first).toMatchObject({ created: true, responseCount: 1, answer: { promptId: prompt.id, personId: member.id, score: 3, createdAt: now, updatedAt: now } });
    expect(await repos.answers.find(prompt.id, member.id)).toMatchObject({ id: first?.answer.id, scenario: fields.scenario, keyword: 'samen', shareAnonymously: true, createdAt: now });

    const later = new Date(now.getTime() + 60_000);
    const edit = await repos.answers.saveIfAllowed(prompt.id, member.id, { score: 5, shareAnonymously: false }, later);
    expect(edit).toMatchObject({ created: false, responseCount: 1, answer: { id: first?.answer.id, createdAt: now, updatedAt: later } });
    // The count includes the others' answers and this one, whether or not the database shows a statement its own row.
    const colleague = await repos.people.upsertByIdentity(user('S3'));
    await repos.partnerships.grantRole(colleague.id, partnershipId, 'member');
    expect(await repos.answers.saveIfAllowed(prompt.id, colleague.id, fields, later)).toMatchObject({ created: true, responseCount: 2 });
    expect(await repos.answers.saveIfAllowed(prompt.id, member.id, { score: 5, shareAnonymously: false }, later)).toMatchObject({ created: false, responseCount: 2 });
    await db.prisma.answer.deleteMany({ where: { promptId: prompt.id, personId: colleague.id } });
    expect(await repos.answers.find(prompt.id, member.id)).toMatchObject({ score: 5, scenario: undefined, keyword: undefined, shareAnonymously: false, updatedAt: later });

    // Refused: someone outside the partnership, a prompt past its window, a closed prompt, an unknown prompt.
    expect(await repos.answers.saveIfAllowed(prompt.id, outsider.id, fields, now)).toBeNull();
    expect(await repos.answers.saveIfAllowed(prompt.id, member.id, fields, new Date('2027-02-03T08:00:00Z'))).toBeNull();
    expect(await repos.answers.saveIfAllowed('no-such-prompt', member.id, fields, now)).toBeNull();
    await repos.prompts.close(prompt.id, later);
    expect(await repos.answers.saveIfAllowed(prompt.id, member.id, fields, later)).toBeNull();
    expect(await repos.answers.countForPrompt(prompt.id)).toBe(1);
    expect(await repos.answers.find(prompt.id, member.id)).toMatchObject({ score: 5 });
  });

  it('keeps texts with quotes, emoji and SQL fragments exactly', async () => {
    const person = await repos.people.upsertByIdentity(user('A2'));
    const { prompt } = await repos.prompts.createOnce({ partnershipId, slotKey: 'manual:texts', focusCode: 'relaties', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000) });
    const scenario = `Robert'); DROP TABLE "Answer";-- "citaat" 🌾 ëïö \u200b`;
    await repos.answers.upsert(prompt.id, person.id, { score: 2, scenario, shareAnonymously: true });
    expect((await repos.answers.find(prompt.id, person.id))?.scenario).toBe(scenario);
  });

  it('records a delivery key once', async () => {
    expect(await repos.deliveries.firstTime('slack:Ev1')).toBe(true);
    expect(await repos.deliveries.firstTime('slack:Ev1')).toBe(false);
    const parallel = await Promise.all([repos.deliveries.firstTime('teams:x'), repos.deliveries.firstTime('teams:x')]);
    expect(parallel.filter(Boolean)).toHaveLength(1);
  });
});
