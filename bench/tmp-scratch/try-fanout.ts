import { benchFanout } from '../fanout.bench';
(async () => {
  const r = await benchFanout({ kind: 'sqlite', partnerships: Number(process.argv[2] ?? 1000), tenants: Number(process.argv[3] ?? 1), latencyMs: Number(process.argv[4] ?? 0), timeoutMs: 300_000 });
  console.log({ ...r, violations: r.violations.slice(0, 10), nviol: r.violations.length });
})().catch((e) => { console.error(e); process.exit(1); });
