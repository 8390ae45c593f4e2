import pino from 'pino';
import { digestPeriod } from '../../src/domain/digest/digest-period';
import { dialogueSummary } from '../../src/domain/digest/digest-dialogues';
import { openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { createTestDatabase, DatabaseKind } from '../../test/support/test-databases';
import { digestQueries } from './digest-plans';
import { seedDigestRegion } from './digest-seed';
(async () => {
  for (const kind of (process.env.K ?? 'sqlite,postgresql').split(',') as DatabaseKind[]) {
    const t = await createTestDatabase(kind); const db = await openDatabase(t.url);
    const s = await seedDigestRegion(db, '2026-11-23');
    if (process.env.IDX) await db.prisma.$executeRawUnsafe(process.env.IDX);
    if (kind === 'postgresql') await db.prisma.$executeRawUnsafe('VACUUM ANALYZE'); else if (process.env.AN) await db.prisma.$executeRawUnsafe('ANALYZE');
    const period = digestPeriod('2026-11-23');
    for (let r = 0; r < 3; r++) {
      for (const q of digestQueries(s.regionId, period)) {
        const st = performance.now(); await db.prisma.$queryRaw(q.sql); if (r == 2) process.stdout.write(`${kind} ${q.name}: ${(performance.now() - st).toFixed(0)} ms\n`);
      }
      const repos = createRepositories(db.prisma);
      let st = performance.now(); const stats = await repos.digest.stats(s.regionId, period); const a = performance.now() - st;
      st = performance.now(); await dialogueSummary(repos.dialogues, stats.partnerships, period, new Date()); const b = performance.now() - st;
      if (r == 2) process.stdout.write(`${kind} stats(all, parallel) ${a.toFixed(0)} ms, dialogues ${b.toFixed(0)} ms\n`);
    }
    await db.close(); await t.drop();
  }
  void pino;
})();
