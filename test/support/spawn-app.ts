/** Runs src/main.ts as a real process (ts-node, transpile only), the way `npm start` runs the compiled one. */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

export interface SpawnedApp { child: ChildProcess; output: () => string; exited: Promise<number | null> }

export function spawnApp(env: Record<string, string>): SpawnedApp {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT,
    // No inherited .env surprises: only what the test sets, plus PATH.
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent/.env', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}
