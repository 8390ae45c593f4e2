/**
 * Every database test runs twice: on a fresh SQLite file and on a fresh PostgreSQL database, each created for
 * the test file and removed afterwards. PostgreSQL comes from OOGST_TEST_PG_URL (default: the local server).
 * Set OOGST_TEST_PG=off to skip PostgreSQL on a machine without it; CI never does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type DatabaseKind = 'sqlite' | 'postgresql';

export const PG_ADMIN_URL = process.env.OOGST_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const DATABASE_KINDS: DatabaseKind[] = process.env.OOGST_TEST_PG === 'off' ? ['sqlite'] : ['sqlite', 'postgresql'];

export interface TestDatabase { kind: DatabaseKind; url: string; drop(): Promise<void> }

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'oogst-test-'));
    return { kind, url: `file:${path.join(dir, 'oogst.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `oogst_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** describe() once per database kind, with a fresh database for the block. */
export function describeEachDatabase(title: string, body: (db: () => TestDatabase) => void): void {
  describe.each(DATABASE_KINDS)(`${title} [%s]`, (kind) => {
    let current: TestDatabase | undefined;
    beforeAll(async () => {
      current = await createTestDatabase(kind);
    });
    afterAll(async () => {
      await current?.drop();
    });
    body(() => {
      if (!current) throw new Error('test database not created yet');
      return current;
    });
  });
}
