/**
 * Row 4 of the table: the digest benchmark belongs to the digest feature (bench/digest.bench.ts, `npm run
 * bench:digest`). When the script exists it runs as a child process and its last output line is quoted.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export async function digestLine(timeoutMs = 15 * 60_000): Promise<{ ok: boolean; line: string }> {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts['bench:digest']) return { ok: false, line: 'not measured here: run `npm run bench:digest`' };
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'bench:digest'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const lines = out.split('\n').map((l) => l.trim()).filter(Boolean);
      // Its summary block (one line per database) when there is one, else its last line.
      const summaryAt = lines.findIndex((l) => /==\s*summary\s*==/i.test(l));
      const quoted = (summaryAt >= 0 ? lines.slice(summaryAt + 1).join('; ') : lines[lines.length - 1] ?? '(no output)').replace(/\|/g, '/').replace(/\s+/g, ' ');
      resolve({ ok: code === 0, line: summaryAt >= 0 || code === 0 ? quoted : `npm run bench:digest failed (exit ${code}): ${quoted}` });
    });
  });
}
