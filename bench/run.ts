/**
 * `npm run bench`: answer submissions (Oogst vs reference apps), scheduled fan-out under enforced rate limits,
 * resident memory, and the digest benchmark's line, printed as one Markdown table with the machine it ran on.
 * Medians of repeated runs; everything on loopback; bounded loops. Progress goes to stderr, the table to stdout,
 * and the raw figures to bench/results/<time>.json.
 *
 *   npm run bench                         everything (about 6-10 minutes on 2 cores)
 *   npm run bench -- --quick              smaller and fewer runs, to try it out
 *   npm run bench -- --only=answers,fanout,digest   --kinds=sqlite   --reps=5
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { DATABASE_KINDS, DatabaseKind } from '../test/support/test-databases';
import { AnswerReport, benchAnswers } from './answers.bench';
import { NODE_FLAGS } from '../src/node-flags';
import { benchFanout, FanoutResult } from './fanout.bench';
import { digestLine } from './support/digest-line';
import { machineLine, renderTable, TableRow } from './support/report-table';
import { median } from './support/stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const quick = args.has('quick');
const only = new Set((args.get('only') ?? 'answers,fanout,digest').split(','));
const kinds = (args.get('kinds')?.split(',') as DatabaseKind[] | undefined) ?? DATABASE_KINDS;
const reps = Number(args.get('reps') ?? (quick ? 2 : 3));
const sizes = quick ? [50, 100] : [50, 100, 200];
const started = Date.now();
const progress = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

function answerRows(report: AnswerReport): TableRow[] {
  const rows: TableRow[] = report.rows
    .sort((a, b) => a.platform.localeCompare(b.platform) || a.n - b.n || a.system.localeCompare(b.system))
    .map((r) => ({
      id: '1', what: `answers ${r.platform === 'slack' ? 'Slack view_submission' : 'Teams adaptiveCard/action'}`, system: r.system, n: r.n,
      result: `${r.stats.throughput.toFixed(0)}/s${r.stats.cpuMsPerAnswer !== undefined ? `, CPU ${r.stats.cpuMsPerAnswer.toFixed(2)} ms/answer` : ''}${r.stats.failures ? ` (${r.stats.failures} failed)` : ''}`, p50: r.stats.p50, p95: r.stats.p95, p99: r.stats.p99,
    }));
  const find = (system: string, platform: string, n: number) => report.rows.find((r) => r.system === system && r.platform === platform && r.n === n);
  const largest = Math.max(...report.rows.map((r) => r.n));
  const platforms = ['slack', 'teams'] as const;
  const label = (p: string) => (p === 'slack' ? 'Slack' : 'Teams');
  const sqlite = platforms.map((p) => find('Oogst SQLite', p, largest)?.stats.throughput ?? NaN);
  if (sqlite.some((v) => !Number.isNaN(v))) {
    rows.push({ id: '1', what: `answers/s on SQLite at N=${largest}`, system: 'Oogst SQLite', result: platforms.map((p, i) => `${label(p)} ${sqlite[i].toFixed(0)}/s`).join(', '), target: '>= 500/s', ok: sqlite.every((v) => v >= 500) });
    const p99 = platforms.map((p) => find('Oogst SQLite', p, 100)?.stats.p99 ?? NaN);
    rows.push({ id: '1', what: 'p99 at N=100 concurrent', system: 'Oogst SQLite', result: platforms.map((p, i) => `${label(p)} ${p99[i].toFixed(0)} ms`).join(', '), target: '< 250 ms', ok: p99.every((v) => v < 250) });
    const ratios = platforms.map((p) => median(sizes.map((n) => (find('Oogst SQLite', p, n)?.stats.throughput ?? NaN) / (find('reference (b) SQLite insert', p, n)?.stats.throughput ?? NaN))));
    rows.push({ id: '1', what: 'throughput / reference (b), median over N', system: 'Oogst SQLite', result: platforms.map((p, i) => `${label(p)} ${ratios[i].toFixed(2)}`).join(', '), target: '>= 0.5', ok: ratios.every((v) => v >= 0.5) });
  }
  for (const m of report.memory) {
    rows.push({
      id: '3', what: 'resident memory (VmRSS)', system: m.system,
      result: `idle ${m.idleMb.toFixed(0)} MB; after the bursts ${m.endMb.toFixed(0)} MB (peak ${m.peakMb.toFixed(0)} MB); node ${process.env.BENCH_NODE_FLAGS ?? NODE_FLAGS.join(' ')}`,
      target: '< 200 MB', ok: m.idleMb < 200 && m.endMb < 200,
    });
  }
  return rows;
}

function fanoutRow(r: FanoutResult): TableRow {
  const o = r.options;
  const ratio = r.spanMs / r.idealMs;
  const ok = ratio <= 1.1 && r.violations === 0 && r.duplicates === 0 && r.posted === r.expected && r.recorded === r.expected;
  return {
    id: '2',
    what: `fan-out: ${o.partnerships * 2} bindings (${o.partnerships} Teams in ${o.tenants} tenant${o.tenants > 1 ? 's' : ''} + ${o.partnerships} Slack), platform latency ${o.latencyMs} ms`,
    system: `Oogst ${o.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    result: `${(r.spanMs / 1000).toFixed(1)} s first-to-last post, ideal ${(r.idealMs / 1000).toFixed(1)} s: ratio ${ratio.toFixed(2)}; ${r.violations} violations; ${r.duplicates} posted twice; ${r.posted}/${r.expected} posted, ${r.recorded} recorded`,
    target: 'ratio <= 1.1, 0 violations, all recorded',
    ok,
  };
}

async function main(): Promise<void> {
  const machine = machineLine();
  progress(machine);
  const rows: TableRow[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = { machine, started: new Date(started).toISOString() };
  if (only.has('answers')) {
    const report = await benchAnswers({ sizes, reps, kinds, log: progress });
    rows.push(...answerRows(report));
    notes.push(...report.notes);
    raw.answers = report;
  }
  if (only.has('fanout')) {
    // One tenant: Teams' 50/s per tenant is then the binding limit (19 s for 1,000 posts). 20 ms: a platform that
    // is not on this machine (still faster than Slack or the Bot Connector over the internet).
    const partnerships = quick ? 200 : 1000;
    const scenarios = [
      { kind: 'sqlite' as const, partnerships, tenants: 1, latencyMs: 0, timeoutMs: 300_000 },
      { kind: 'sqlite' as const, partnerships, tenants: 1, latencyMs: 20, timeoutMs: 300_000 },
      ...(kinds.includes('postgresql') ? [{ kind: 'postgresql' as const, partnerships, tenants: 1, latencyMs: 0, timeoutMs: 300_000 }] : []),
    ];
    const results: FanoutResult[] = [];
    for (const scenario of scenarios) {
      progress(`fan-out: ${scenario.partnerships * 2} bindings, latency ${scenario.latencyMs} ms`);
      const result = await benchFanout(scenario);
      results.push(result);
      rows.push(fanoutRow(result));
      const label = `fan-out (${scenario.kind}, latency ${scenario.latencyMs} ms)`;
      if (result.tickMs !== undefined) notes.push(`${label}: the start-up tick took ${(result.tickMs / 1000).toFixed(1)} s for ${scenario.partnerships} partnerships`);
      if (result.violations) notes.push(`${label} violations: ${result.violationDetails.join(', ')}`);
    }
    raw.fanout = results;
  }
  if (only.has('digest')) {
    progress('digest: npm run bench:digest');
    const digest = await digestLine();
    rows.push({ id: '4', what: 'digest (bench/digest.bench.ts)', system: 'Oogst', result: digest.line, target: 'see its script', ok: digest.line.startsWith('not measured') ? undefined : digest.ok });
  }
  const table = renderTable(rows.sort((a, b) => a.id.localeCompare(b.id))); // stable: each section keeps its order
  process.stdout.write(`\nMachine: ${machine}; at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n${table}\n`);
  if (notes.length) process.stdout.write(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify({ ...raw, table, notes }, null, 2));
  progress('done');
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
