/**
 * Applies the committed migrations at start-up. Prisma's migrate engine is a native binary that cannot be
 * downloaded on our machines, so the app applies each `prisma/<provider>/migrations/<name>/migration.sql` itself and
 * records them in Prisma's own `_prisma_migrations` table (same columns and sha256 checksums), so that
 * `prisma migrate deploy` elsewhere sees the same history.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root';
import { StartupError } from '../shared/startup-error';

export type Provider = 'sqlite' | 'postgresql';

export interface Migration { name: string; sql: string; checksum: string }
export interface AppliedMigration { name: string; checksum: string; finished: boolean }
export interface MigrationState { known: number; applied: number; pending: string[]; latest: string | null }

/** The few primitives the runner needs, implemented once per driver. */
export interface MigrationDriver {
  provider: Provider;
  /** Runs fn while holding a lock that other instances wait for (PostgreSQL advisory lock, SQLite write lock). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
  ensureTable(): Promise<void>;
  applied(): Promise<AppliedMigration[]>;
  /** Runs the migration SQL and records it, in one transaction. */
  apply(migration: Migration, id: string): Promise<void>;
}

export const MIGRATIONS_TABLE_SQL: Record<Provider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

export function migrationsFolder(provider: Provider): string {
  return path.join(projectRoot(), 'prisma', provider === 'sqlite' ? 'sqlite' : 'postgres', 'migrations');
}

export function readMigrations(provider: Provider, folder = migrationsFolder(provider)): Migration[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Compares what the database has with what this build knows; throws before touching anything if they disagree. */
export function planMigrations(known: Migration[], applied: AppliedMigration[]): Migration[] {
  const knownByName = new Map(known.map((m) => [m.name, m]));
  for (const row of applied) {
    const mine = knownByName.get(row.name);
    if (!mine) {
      throw new StartupError(
        'DB.NEWER_SCHEMA',
        `The database has migration "${row.name}", which this version of Oogst does not know. ` +
          'It was probably written by a newer version: upgrade Oogst, or point DATABASE_URL at another database.',
      );
    }
    if (!row.finished) {
      throw new StartupError('DB.FAILED_MIGRATION', `Migration "${row.name}" started earlier but did not finish. Restore a backup or repair the database by hand; nothing was changed.`);
    }
    if (row.checksum !== mine.checksum) {
      throw new StartupError('DB.CHANGED_MIGRATION', `Migration "${row.name}" in the database differs from the one in this build (checksum). Committed migrations must never be edited.`);
    }
  }
  const done = new Set(applied.map((a) => a.name));
  return known.filter((m) => !done.has(m.name));
}

export async function migrate(driver: MigrationDriver, known = readMigrations(driver.provider)): Promise<string[]> {
  return driver.withLock(async () => {
    await driver.ensureTable();
    const pending = planMigrations(known, await driver.applied());
    for (const migration of pending) await driver.apply(migration, randomUUID());
    return pending.map((m) => m.name);
  });
}

export async function migrationState(driver: MigrationDriver, known = readMigrations(driver.provider)): Promise<MigrationState> {
  await driver.ensureTable();
  const applied = await driver.applied();
  const done = new Set(applied.filter((a) => a.finished).map((a) => a.name));
  return {
    known: known.length,
    applied: done.size,
    pending: known.filter((m) => !done.has(m.name)).map((m) => m.name),
    latest: applied.length ? applied.map((a) => a.name).sort().at(-1) ?? null : null,
  };
}
