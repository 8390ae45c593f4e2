/** SCHEDULER_* variables, and the scheduler running inside the app (started after the platforms, stopped with it). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/shared/logger';

describe('scheduler configuration', () => {
  it('is on with a 6-hour grace period by default', () => {
    expect(loadConfig({})).toMatchObject({ SCHEDULER_ENABLED: true, SCHEDULER_GRACE_HOURS: 6 });
    expect(loadConfig({ SCHEDULER_ENABLED: '', SCHEDULER_GRACE_HOURS: '' })).toMatchObject({ SCHEDULER_ENABLED: true, SCHEDULER_GRACE_HOURS: 6 });
  });

  it('reads true/false words and hours', () => {
    expect(loadConfig({ SCHEDULER_ENABLED: 'false', SCHEDULER_GRACE_HOURS: '1.5' })).toMatchObject({ SCHEDULER_ENABLED: false, SCHEDULER_GRACE_HOURS: 1.5 });
    expect(loadConfig({ SCHEDULER_ENABLED: 'on' }).SCHEDULER_ENABLED).toBe(true);
  });

  it('names the variable when a value is wrong', () => {
    expect(() => loadConfig({ SCHEDULER_ENABLED: 'misschien' })).toThrow(/SCHEDULER_ENABLED: must be true or false/);
    expect(() => loadConfig({ SCHEDULER_GRACE_HOURS: '-1' })).toThrow(/SCHEDULER_GRACE_HOURS/);
  });
});

describe('scheduler in the app', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'oogst-sched-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function messagesOfApp(enabled: string): Promise<string[]> {
    const messages: string[] = [];
    const stream = new Writable({ write(chunk, _enc, done) { messages.push(JSON.parse(String(chunk)).msg); done(); } });
    const config = loadConfig({ DATABASE_URL: `file:${path.join(dir, 'oogst.db')}`, PORT: '0', SCHEDULER_ENABLED: enabled });
    const app = await startApp(config, createLogger('info', stream));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await app.stop();
    return messages;
  }

  it('starts the scheduler after the platforms and stops it with the app', async () => {
    const messages = await messagesOfApp('true');
    expect(messages).toContain('rhythm scheduler started');
    expect(messages.indexOf('rhythm scheduler started')).toBeGreaterThan(messages.indexOf('Oogst is listening'));
    expect(messages).not.toContain('rhythm tick failed');
  });

  it('does not start it when SCHEDULER_ENABLED=false', async () => {
    expect(await messagesOfApp('false')).not.toContain('rhythm scheduler started');
  });
});
