import { DEMO_PLAN, PARTNERSHIP_STAD_EN_STREEK } from '../../src/domain/setup/demo-cases';
import { SetupService } from '../../src/domain/setup/setup.service';
import { Database, openDatabase } from '../../src/storage/database';
import { setupTransactions } from '../../src/storage/setup.store';
import { describeEachDatabase } from '../support/test-databases';

async function counts(db: Database) {
  const p = db.prisma;
  return {
    regions: await p.region.count(), partnerships: await p.partnership.count(), links: await p.partnershipRegion.count(),
    people: await p.person.count(), roles: await p.partnershipRole.count(), leads: await p.regionRole.count(),
  };
}

describeEachDatabase('demo data', (testDb) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(testDb().url);
  });
  afterAll(() => db.close());

  it('a dry run reports what it would create and writes nothing', async () => {
    const changes = await new SetupService(setupTransactions(db.prisma)).apply(DEMO_PLAN, { dryRun: true });
    expect(changes.filter((c) => c.kind === 'created').length).toBeGreaterThan(10);
    expect(await counts(db)).toEqual({ regions: 0, partnerships: 0, links: 0, people: 0, roles: 0, leads: 0 });
  });

  it('loads both cases, with the three ways a partnership sits in a region', async () => {
    await new SetupService(setupTransactions(db.prisma)).apply(DEMO_PLAN);
    expect(await counts(db)).toEqual({ regions: 3, partnerships: 4, links: 5, people: 11, roles: 10, leads: 2 });
    const positions = await db.prisma.partnershipRegion.findMany({ select: { positioning: true } });
    expect(new Set(positions.map((p) => p.positioning))).toEqual(new Set(['is_region', 'within', 'spans']));
    const stad = await db.prisma.partnership.findUniqueOrThrow({ where: { nameKey: 'samen opleiden stad streek' }, include: { roles: true } });
    expect(stad.name).toBe(PARTNERSHIP_STAD_EN_STREEK);
    expect(stad.sectors).toBe('mbo,po,vo');
    expect(stad.roles.filter((r) => r.role === 'coordinator')).toHaveLength(1);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await counts(db);
    const changes = await new SetupService(setupTransactions(db.prisma)).apply(DEMO_PLAN);
    expect(changes.every((c) => c.kind === 'unchanged')).toBe(true);
    expect(await counts(db)).toEqual(before);
  });
});
