import { benchAnswers } from '../answers.bench';
(async () => {
  const t0 = Date.now();
  const report = await benchAnswers({ sizes: [50, 200], reps: 1, kinds: ['sqlite'], log: (l) => process.stdout.write(`${((Date.now()-t0)/1000).toFixed(1)}s ${l}\n`) });
  for (const r of report.rows) console.log(r.system.padEnd(30), r.platform, r.n, r.stats.throughput.toFixed(0), r.stats.p50.toFixed(1), r.stats.p95.toFixed(1), r.stats.p99.toFixed(1), r.stats.failures);
  console.log(report.memory, report.notes);
})().catch((e) => { console.error(e); process.exit(1); });
