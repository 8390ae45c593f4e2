/** Migration primitives on the raw drivers (not Prisma), so locking and transactional DDL are explicit. */
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { AppliedMigration, Migration, MIGRATIONS_TABLE_SQL, MigrationDriver } from './migrations';

/** An arbitrary but fixed key: every Oogst instance takes the same advisory lock while migrating. */
const PG_MIGRATION_LOCK = 720_305_001;

export function sqliteMigrationDriver(db: Database.Database): MigrationDriver {
  return {
    provider: 'sqlite',
    // SQLite serialises writers itself; apply() runs in BEGIN IMMEDIATE so a second process waits (busy_timeout).
    withLock: (fn) => fn(),
    async ensureTable() {
      db.exec(MIGRATIONS_TABLE_SQL.sqlite);
    },
    async applied() {
      const rows = db
        .prepare('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY migration_name')
        .all() as { migration_name: string; checksum: string; finished_at: string | null }[];
      return rows.map((r): AppliedMigration => ({ name: r.migration_name, checksum: r.checksum, finished: r.finished_at !== null }));
    },
    async apply(migration: Migration, id: string) {
      const run = db.transaction(() => {
        const already = db.prepare('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ?').get(migration.name);
        if (already) return; // another process applied it while we waited for the write lock
        db.exec(migration.sql);
        db.prepare(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)',
        ).run(id, migration.checksum, migration.name);
      });
      run.immediate();
    },
  };
}

export function postgresMigrationDriver(client: Client): MigrationDriver {
  return {
    provider: 'postgresql',
    async withLock(fn) {
      await client.query('SELECT pg_advisory_lock($1)', [PG_MIGRATION_LOCK]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [PG_MIGRATION_LOCK]);
      }
    },
    async ensureTable() {
      await client.query(MIGRATIONS_TABLE_SQL.postgresql);
    },
    async applied() {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY migration_name',
      );
      return rows.map((r) => ({ name: r.migration_name, checksum: r.checksum, finished: r.finished_at !== null }));
    },
    async apply(migration: Migration, id: string) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)',
          [id, migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}
