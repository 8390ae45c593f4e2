/** The real process: start-up failures print one plain line and exit 1; SIGTERM stops it cleanly. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnApp, waitFor } from '../support/spawn-app';

// Each test starts Node with ts-node, which transpiles the whole app first: slow on a busy 2-core machine.
jest.setTimeout(180_000);

describe('oogst process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'oogst-proc-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a wrong config value, naming the variable, without a stack trace', async () => {
    const app = spawnApp({ PORT: 'veertig' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/^Oogst cannot start: Configuration is not valid:\n {2}PORT: /);
    expect(app.output()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('says so when PostgreSQL cannot be reached', async () => {
    const app = spawnApp({ DATABASE_URL: 'postgresql://oogst:secret@127.0.0.1:1/oogst' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toMatch(/Oogst cannot start: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/oogst/);
    expect(app.output()).not.toContain('secret');
  });

  it('serves /healthz and /readyz, and stops cleanly on SIGTERM', async () => {
    const port = 40000 + Math.floor(Math.random() * 10000);
    const app = spawnApp({ PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'oogst.db')}` });
    try {
      // ts-node transpiles the whole app on start: generous on a busy 2-core machine.
      await waitFor(() => app.output().includes('Oogst is listening'), 120_000);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', database: { provider: 'sqlite', reachable: true }, migrations: { pending: [] } });
      const missing = await fetch(`http://127.0.0.1:${port}/nope`);
      expect(missing.status).toBe(404);
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      expect(app.output()).toContain('shutting down');
    } finally {
      app.child.kill('SIGKILL');
    }
  });
});
