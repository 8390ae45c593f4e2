import { writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { openDatabase, sqliteFilePath } from '../../src/storage/database';
import { planMigrations, readMigrations } from '../../src/storage/migrations';
import { StartupError } from '../../src/shared/startup-error';
import { createTestDatabase } from '../support/test-databases';

const known = [
  { name: '001_a', sql: 'x', checksum: 'c1' },
  { name: '002_b', sql: 'y', checksum: 'c2' },
];

describe('planMigrations', () => {
  it('returns what is not applied yet, in order', () => {
    expect(planMigrations(known, []).map((m) => m.name)).toEqual(['001_a', '002_b']);
    expect(planMigrations(known, [{ name: '001_a', checksum: 'c1', finished: true }]).map((m) => m.name)).toEqual(['002_b']);
  });

  it('refuses a database with a migration this build does not know (newer schema)', () => {
    expect(() => planMigrations(known, [{ name: '003_future', checksum: 'z', finished: true }])).toThrow(/does not know/);
  });

  it('refuses an edited migration and an unfinished one', () => {
    expect(() => planMigrations(known, [{ name: '001_a', checksum: 'other', finished: true }])).toThrow(/checksum/);
    expect(() => planMigrations(known, [{ name: '001_a', checksum: 'c1', finished: false }])).toThrow(/did not finish/);
  });

  it('ships the same migrations for both providers', () => {
    expect(readMigrations('sqlite').map((m) => m.name)).toEqual(readMigrations('postgresql').map((m) => m.name));
  });
});

/** A data folder that cannot be created even as root: its parent is a regular file. */
function blocker(dir: string): string {
  const file = path.join(dir, 'not-a-folder');
  writeFileSync(file, '');
  return path.join(file, 'data');
}

describe('SQLite start-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'oogst-mig-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the data folder, migrates once, and re-opens without migrating again', async () => {
    const url = `file:${path.join(dir, 'nested', 'folder', 'oogst.db')}`;
    const first = await openDatabase(url);
    expect(first.appliedNow).toEqual(readMigrations('sqlite').map((m) => m.name));
    expect((await first.health()).migrations?.pending).toEqual([]);
    await first.close();
    const second = await openDatabase(url);
    expect(second.appliedNow).toEqual([]);
    await second.close();
    const raw = new BetterSqlite3(sqliteFilePath(url));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const url = `file:${path.join(dir, 'oogst.db')}`;
    await (await openDatabase(url)).close();
    const raw = new BetterSqlite3(sqliteFilePath(url));
    raw.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'y', current_timestamp, '29990101000000_future', current_timestamp, 1)`).run();
    raw.pragma('wal_checkpoint(TRUNCATE)'); // everything in the main file, so bytes can be compared
    raw.close();
    const before = readFileSync(sqliteFilePath(url));
    await expect(openDatabase(url)).rejects.toThrow(StartupError);
    await expect(openDatabase(url)).rejects.toThrow(/29990101000000_future/);
    expect(readFileSync(sqliteFilePath(url)).equals(before)).toBe(true);
  });

  it('refuses a corrupt file, says why, and leaves it untouched', async () => {
    const file = path.join(dir, 'oogst.db');
    writeFileSync(file, 'this is not a database, just text that someone saved here by accident'.repeat(100));
    const before = readFileSync(file);
    await expect(openDatabase(`file:${file}`)).rejects.toMatchObject({ code: 'DB.CORRUPT' });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('names the folder when the data folder cannot be written', async () => {
    await expect(openDatabase(`file:${path.join(blocker(dir), 'oogst.db')}`)).rejects.toMatchObject({ code: 'DB.UNWRITABLE' });
  });
});

describe('PostgreSQL start-up', () => {
  it('lets two instances start at once: the advisory lock makes one migrate, the other wait', async () => {
    const testDb = await createTestDatabase('postgresql');
    try {
      const [a, b] = await Promise.all([openDatabase(testDb.url), openDatabase(testDb.url)]);
      expect([...a.appliedNow, ...b.appliedNow].sort()).toEqual(readMigrations('postgresql').map((m) => m.name).sort());
      await Promise.all([a.close(), b.close()]);
      const client = new Client({ connectionString: testDb.url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM "_prisma_migrations"');
      await client.end();
      expect(rows[0].n).toBe(readMigrations('postgresql').length);
    } finally {
      await testDb.drop();
    }
  });

  it('says clearly when the server cannot be reached, without the password', async () => {
    const error = await openDatabase('postgresql://oogst:geheim@127.0.0.1:1/oogst').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/oogst/);
    expect((error as Error).message).not.toContain('geheim');
  });
});
