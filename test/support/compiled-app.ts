/**
 * Runs the server as a separate process from compiled JavaScript, the way `npm start` runs it, for benchmarks
 * and fault tests: its memory and CPU are its own, it can be SIGKILLed, and it starts in about a second.
 *
 * Compiling is TypeScript's transpileModule per file (no type check: `npm run typecheck` does that) into
 * dist/transpiled/, which dist/ already keeps out of git. Unchanged files are skipped by content hash, so only
 * the first start after an edit pays for it. ts-node would do the same per start and keep the TypeScript
 * compiler in the server's memory, which would spoil the resident-memory figures.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { NODE_FLAGS } from '../../src/node-flags';

export const ROOT = path.join(__dirname, '..', '..');
export const TRANSPILED = path.join(ROOT, 'dist', 'transpiled');

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  resolveJsonModule: true,
};

function writeAtomically(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file); // a concurrent reader never sees half a file
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

/** Transpiles the given folders (relative to the project root) into dist/transpiled; returns the output root. */
export function transpile(folders: string[] = ['src']): string {
  const manifestFile = path.join(TRANSPILED, '.hashes.json');
  const hashes: Record<string, string> = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  for (const folder of folders) {
    walk(path.join(ROOT, folder), (file) => {
      const relative = path.relative(ROOT, file);
      if (file.endsWith('.d.ts') || file.endsWith('.test.ts')) return;
      const source = readFileSync(file);
      const hash = createHash('sha1').update(source).digest('hex');
      const target = path.join(TRANSPILED, file.endsWith('.ts') ? relative.replace(/\.ts$/, '.js') : relative);
      if (hashes[relative] === hash && existsSync(target)) return;
      if (file.endsWith('.ts')) {
        const output = ts.transpileModule(source.toString('utf8'), { compilerOptions: COMPILER_OPTIONS, fileName: file });
        writeAtomically(target, output.outputText);
      } else {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(file, target);
      }
      hashes[relative] = hash;
    });
  }
  writeAtomically(manifestFile, JSON.stringify(hashes));
  return TRANSPILED;
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** The last ~256 KB of stdout and stderr. */
  output(): string;
  /** Every error and fatal log line so far (pino levels 50 and 60; the first 1,000). */
  errorLines(): string[];
  /** Resident memory now (VmRSS) and at its peak (VmHWM), in MiB, from /proc/<pid>/status. */
  memory(): { rssMb: number; peakMb: number };
  exited: Promise<number | null>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<void>;
  /** SIGTERM (clean shutdown), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_LIMIT = 256 * 1024;

export function readProcessMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * Starts dist/transpiled/src/main.js with exactly `env` (plus PATH; no .env file) and resolves once it logs
 * "Oogst is listening" with its URL. PORT defaults to 0 (a free port), the playground to off.
 */
export interface StartOptions {
  timeoutMs?: number;
  /** Another compiled entry point (relative to the project root, .ts name), e.g. a benchmark's reference app. */
  entry?: string;
  /** The line that says it listens; group 1 is its URL. */
  ready?: RegExp;
  /** Node flags; `npm start`'s own (NODE_FLAGS) unless given (e.g. with --cpu-prof while investigating). */
  nodeArgs?: string[];
  /** Called with the child right after it is spawned, before it reports listening (e.g. to kill it mid-start). */
  onSpawn?: (child: ChildProcess) => void;
}

const OOGST_READY = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"Oogst is listening"/;

export async function startServerProcess(env: Record<string, string>, options: StartOptions = {}): Promise<ServerProcess> {
  const entry = options.entry ?? 'src/main.ts';
  const root = transpile([...new Set(['src', path.dirname(entry)])]);
  const script = path.join(root, entry.replace(/\.ts$/, '.js'));
  const ready = options.ready ?? OOGST_READY;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? NODE_FLAGS), script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', PORT: '0', LOG_LEVEL: 'info', PLAYGROUND_ENABLED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  let out = '';
  let partial = '';
  const errors: string[] = [];
  const append = (chunk: Buffer) => {
    const text = chunk.toString();
    out += text;
    if (out.length > OUTPUT_LIMIT * 2) out = out.slice(-OUTPUT_LIMIT);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (/"level":(50|60)/.test(line) && errors.length < 1_000) errors.push(line);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${options.timeoutMs ?? 30_000} ms:\n${out.slice(-4000)}`)), options.timeoutMs ?? 30_000);
    const check = () => {
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out.slice(-4000)}`));
    });
  });
  const pid = child.pid as number;
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return {
    url, pid, child, exited, kill,
    output: () => out,
    errorLines: () => [...errors],
    memory: () => readProcessMemory(pid),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
