/**
 * Retention on both databases: answers older than the period go (or leave an anonymous score where the
 * partnership keeps scores), with old reminders, audit entries and delivery keys; a second run, and two runs at
 * once, change nothing more. Recent data is untouched.
 */
import { PromptRecord } from '../../src/domain/model/records';
import { describeEachDatabase } from '../support/test-databases';
import { BINNEN, BRAM, MEES, PrivacyFixture, STAD, startPrivacyFixture } from './support/privacy-fixture';

const OLD = new Date('2024-12-01T09:00:00Z'); // more than 24 months before the fixture's 2 February 2027
const RECENT = new Date('2026-06-01T09:00:00Z');

describeEachDatabase('privacy: retention', (testDb) => {
  let f: PrivacyFixture;
  let stad: PromptRecord;
  let binnen: PromptRecord;

  beforeAll(async () => {
    f = await startPrivacyFixture(testDb().url);
    stad = await f.prompt(STAD.channel, 'kwaliteit');
    binnen = await f.prompt(BINNEN.channel, 'financien');
    for (const user of [MEES, BRAM]) for (const channel of [STAD.channel, BINNEN.channel]) await f.say(user, 'status', channel);
    await f.answer(MEES, stad, { score: '4', scenario: 'Oud antwoord', shareAnonymously: 'true' });
    await f.answer(MEES, binnen, { score: '2', scenario: 'Oud, maar de score telt', shareAnonymously: 'false' });
    await f.answer(BRAM, stad, { score: '5', scenario: 'Recent antwoord', shareAnonymously: 'false' });
    await f.answer(BRAM, binnen, { score: '3', shareAnonymously: 'false' });
    const mees = await f.deps.repos.people.findByIdentity('slack', MEES.workspaceId, MEES.userId);
    const bram = await f.deps.repos.people.findByIdentity('slack', BRAM.workspaceId, BRAM.userId);
    await f.db.prisma.answer.updateMany({ where: { personId: mees!.id }, data: { updatedAt: OLD, createdAt: OLD } });
    await f.db.prisma.answer.updateMany({ where: { personId: bram!.id }, data: { updatedAt: RECENT } });
    await f.deps.repos.rhythm.claimReminder(stad.id, mees!.id);
    await f.db.prisma.reminder.updateMany({ data: { createdAt: OLD } });
    await f.deps.repos.rhythm.claimReminder(binnen.id, bram!.id);
    await f.db.prisma.reminder.updateMany({ where: { personId: bram!.id }, data: { createdAt: RECENT } });
    await f.db.prisma.auditEntry.updateMany({ where: { action: 'privacy.policy' }, data: { at: OLD } });
    await f.db.prisma.processedDelivery.createMany({ data: [{ key: 'teams:a:1old|1', createdAt: new Date('2027-01-20T00:00:00Z') }, { key: 'teams:a:1new|2', createdAt: new Date('2027-02-01T00:00:00Z') }] });
  });
  afterAll(() => f?.db.close());

  it('removes what is older than the period, keeps scores where the partnership says so', async () => {
    const report = await f.deps.services.retention.run();
    expect(report).toEqual({ answersDeleted: 2, scoresKept: 1, remindersDeleted: 1, auditEntriesDeleted: 1, deliveriesDeleted: 1 });
    expect((await f.db.prisma.answer.findMany()).map((a) => a.score).sort()).toEqual([3, 5]);
    expect(await f.db.prisma.anonymisedScore.findMany()).toEqual([expect.objectContaining({ promptId: binnen.id, score: 2, focusCode: 'financien', period: '2027-02' })]);
    expect(await f.db.prisma.reminder.count()).toBe(1);
    expect(await f.db.prisma.processedDelivery.count({ where: { key: { startsWith: 'teams:a:1' } } })).toBe(1);
    const runs = await f.db.prisma.auditEntry.findMany({ where: { action: 'retention.run' } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ actorId: null });
    expect(JSON.parse(runs[0].details)).toMatchObject({ months: 24, answersDeleted: 2, scoresKept: 1 });
    expect(runs[0].details).not.toMatch(/Oud/);
  });

  it('is idempotent: a second run changes nothing and writes no audit entry', async () => {
    const before = { answers: await f.db.prisma.answer.count(), scores: await f.db.prisma.anonymisedScore.count(), audit: await f.db.prisma.auditEntry.count() };
    expect(await f.deps.services.retention.run()).toEqual({ answersDeleted: 0, scoresKept: 0, remindersDeleted: 0, auditEntriesDeleted: 0, deliveriesDeleted: 0 });
    expect({ answers: await f.db.prisma.answer.count(), scores: await f.db.prisma.anonymisedScore.count(), audit: await f.db.prisma.auditEntry.count() }).toEqual(before);
  });

  it('two instances running at the same moment keep each score once', async () => {
    const bram = await f.deps.repos.people.findByIdentity('slack', BRAM.workspaceId, BRAM.userId);
    await f.db.prisma.answer.updateMany({ where: { personId: bram!.id }, data: { updatedAt: OLD } });
    const results = await Promise.allSettled([f.deps.services.retention.run(), f.deps.services.retention.run()]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    await f.deps.services.retention.run();
    expect(await f.db.prisma.answer.count()).toBe(0);
    // Mees's kept score from the first run, plus Bram's Binnenmeren score: once, whatever the race did.
    expect((await f.db.prisma.anonymisedScore.findMany()).map((s) => s.score).sort()).toEqual([2, 3]);
  });

  it('the period follows OOGST_RETENTION_MONTHS', () => {
    expect(f.deps.services.retention.cutoffs(new Date('2027-02-02T08:00:00Z')).personalData.toISOString()).toBe('2025-02-02T08:00:00.000Z');
  });
});
