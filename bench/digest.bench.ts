/**
 * Benchmark of the weekly digest (issue 7): a region of 100 partnerships x 52 weekly prompts x 50 members (about
 * 260,000 answers), seeded into a fresh SQLite file and a fresh PostgreSQL database; the region's digest is
 * computed RUNS times per database (the full use case: grouped queries, dialogue tables, building the digest) and
 * the median is printed with the row counts and each query's plan. Target: median under 1 s on both.
 *
 *   npm run bench:digest                  both databases
 *   OOGST_BENCH_DB=sqlite npm run bench:digest
 *   OOGST_BENCH_PLANS=full ...            also print the full plans
 * PostgreSQL comes from OOGST_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import pino from 'pino';
import { digestPeriod } from '../src/domain/digest/digest-period';
import { createServices } from '../src/domain/services';
import { openDatabase } from '../src/storage/database';
import { createRepositories } from '../src/storage/repositories';
import { createTestDatabase, DatabaseKind } from '../test/support/test-databases';
import { digestQueries, explain, lastWeekPrompts } from './digest/digest-plans';
import { seedDigestRegion } from './digest/digest-seed';

const RUNS = Number(process.env.OOGST_BENCH_RUNS ?? 7);
const WEEK = '2026-11-23';
const NOW = new Date('2026-11-30T07:00:00Z');
const out = (line = '') => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchOne(kind: DatabaseKind): Promise<{ kind: DatabaseKind; median: number; runs: number[]; answersScanned: boolean }> {
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.url);
  try {
    out(`\n== ${kind} ==`);
    let started = performance.now();
    const seeded = await seedDigestRegion(db, WEEK);
    out(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(seeded.rows).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ')}`);
    // PostgreSQL's autovacuum would analyse the new tables within a minute; do it now so the plans are the steady state.
    if (kind === 'postgresql') await db.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    const services = createServices(createRepositories(db.prisma), { now: () => NOW }, pino({ level: 'silent' }));
    const runs: number[] = [];
    let summary = '';
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      const digest = await services.digest.compute(seeded.regionId, WEEK);
      runs.push(performance.now() - started);
      if (!digest) throw new Error('the seeded region is missing');
      const participation = digest.totals.participation.kind === 'value' ? `${digest.totals.participation.value}%` : digest.totals.participation.kind;
      summary = `${digest.partnerships.length} partnerships, ${digest.focus.length} focus points, ${digest.heatmap.rows.length} heat-map rows, participation ${participation}, agenda ${digest.agenda.length}`;
    }
    out(`digest: ${summary}`);
    out(`runs (ms): ${runs.map((ms) => ms.toFixed(0)).join(', ')}; median ${median(runs).toFixed(0)} ms`);
    out('query plans (indexes used; tables read in full, with the planner\'s row estimate):');
    const period = digestPeriod(WEEK);
    let answersScanned = false;
    for (const query of digestQueries(seeded.regionId, period, await lastWeekPrompts(db, seeded.regionId, period))) {
      const plan = await explain(db, query.name, query.sql);
      out(`  ${plan.name.padEnd(26)} indexes: ${plan.indexes.join(', ') || '-'}; full scans: ${plan.fullScans.length ? plan.fullScans.join(' | ') : 'none'}`);
      if (process.env.OOGST_BENCH_PLANS === 'full') for (const line of plan.lines) out(`      ${line}`);
      // Small tables (a region's partnerships and prompts) may be read in full; the answers never.
      if (plan.fullScans.some((l) => /"?Answer"?\b|SCAN a\b/.test(l))) answersScanned = true;
    }
    if (answersScanned) out('  !! a query reads the Answer table in full: an index is missing or not used');
    return { kind, median: median(runs), runs, answersScanned };
  } finally {
    await db.close();
    await testDb.drop();
  }
}

async function main(): Promise<void> {
  const kinds: DatabaseKind[] = process.env.OOGST_BENCH_DB ? [process.env.OOGST_BENCH_DB as DatabaseKind] : ['sqlite', 'postgresql'];
  out(`Digest benchmark: ${RUNS} runs per database, reported week ${WEEK}`);
  const results = [];
  for (const kind of kinds) results.push(await benchOne(kind));
  out('\n== summary ==');
  for (const r of results) out(`${r.kind.padEnd(10)} median ${r.median.toFixed(0)} ms ${r.median < 1000 ? '(under 1 s: ok)' : '(OVER the 1 s target)'}; answers read through indexes only: ${r.answersScanned ? 'NO' : 'yes'}`);
  if (results.some((r) => r.median >= 1000 || r.answersScanned)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
