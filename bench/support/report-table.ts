/** The one table `npm run bench` prints (Markdown, so it can go into the README as it is), and the machine line. */
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';

export interface TableRow {
  id: string;
  what: string;
  system: string;
  n?: number;
  result: string;
  p50?: number;
  p95?: number;
  p99?: number;
  target?: string;
  /** true = target met, false = missed, undefined = no target for this row. */
  ok?: boolean;
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : '**no**');

export function renderTable(rows: TableRow[]): string {
  const head = ['#', 'measure', 'system', 'N', 'result', 'p50 ms', 'p95 ms', 'p99 ms', 'target', 'met'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h) => (/ms|N/.test(h) ? '---:' : '---')).join('|')}|`];
  for (const r of rows) {
    lines.push(`| ${[r.id, r.what, r.system, r.n ?? '', r.result, ms(r.p50), ms(r.p95), ms(r.p99), r.target ?? '', verdict(r.ok)].join(' | ')} |`);
  }
  return lines.join('\n');
}

export function machineLine(): string {
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc is coreutils; os.cpus() is close enough without it
  }
  const model = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${nproc} cores (nproc), ${model}, Node ${process.version}, load average at start ${load}`;
}
