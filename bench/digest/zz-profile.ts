import { digestPeriod } from '../../src/domain/digest/digest-period';
import { openDatabase } from '../../src/storage/database';
import { createTestDatabase, DatabaseKind } from '../../test/support/test-databases';
import { digestQueries } from './digest-plans';
import { seedDigestRegion } from './digest-seed';
(async () => {
  for (const kind of (process.env.K ?? 'sqlite,postgresql').split(',') as DatabaseKind[]) {
    const t = await createTestDatabase(kind); const db = await openDatabase(t.url);
    const s = await seedDigestRegion(db, '2026-11-23');
    if (process.env.IDX) await db.prisma.$executeRawUnsafe(process.env.IDX);
    if (kind === 'postgresql') await db.prisma.$executeRawUnsafe('VACUUM ANALYZE'); else if (process.env.AN) await db.prisma.$executeRawUnsafe('ANALYZE');
    for (let r = 0; r < 2; r++) for (const q of digestQueries(s.regionId, digestPeriod('2026-11-23'))) {
      const st = performance.now(); await db.prisma.$queryRaw(q.sql); if (r) process.stdout.write(`${kind} ${q.name}: ${(performance.now() - st).toFixed(0)} ms\n`);
    }
    await db.close(); await t.drop();
  }
})();
