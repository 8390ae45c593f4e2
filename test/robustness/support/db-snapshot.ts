/**
 * "The database is unchanged", made checkable: every row of every table (Prisma's own migration table aside),
 * as canonical JSON. A diff lists rows that appeared and rows that disappeared; a changed row shows up as both.
 * Works on SQLite and PostgreSQL through the app's Prisma client (raw SQL, so new tables are included too).
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../src/storage/database';

export type Row = Record<string, unknown>;
export interface Snapshot { tables: Map<string, string[]> }
export interface TableDiff { added: Row[]; removed: Row[] }

const canonical = (row: Row): string =>
  JSON.stringify(Object.keys(row).sort().map((key) => {
    const value = row[key];
    if (value instanceof Date) return [key, value.toISOString()];
    if (typeof value === 'bigint') return [key, value.toString()];
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) return [key, Buffer.from(value).toString('base64')];
    return [key, value];
  }));

async function tableNames(db: Database): Promise<string[]> {
  const rows = db.provider === 'sqlite'
    ? await db.prisma.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'")
    : await db.prisma.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '_prisma%'");
  return rows.map((r) => r.name).sort();
}

export async function snapshot(db: Database): Promise<Snapshot> {
  const tables = new Map<string, string[]>();
  for (const name of await tableNames(db)) {
    const rows = await db.prisma.$queryRawUnsafe<Row[]>(`SELECT * FROM "${name}"`);
    tables.set(name, rows.map(canonical).sort());
  }
  return { tables };
}

/** Row counts and one checksum per table, for messages. */
export function summary(s: Snapshot): Record<string, string> {
  return Object.fromEntries([...s.tables].map(([name, rows]) => [name, `${rows.length} rows, sha256 ${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 12)}`]));
}

const parse = (json: string): Row => Object.fromEntries(JSON.parse(json) as [string, unknown][]);

export function diff(before: Snapshot, after: Snapshot): Map<string, TableDiff> {
  const out = new Map<string, TableDiff>();
  for (const name of new Set([...before.tables.keys(), ...after.tables.keys()])) {
    const counts = new Map<string, number>();
    for (const row of before.tables.get(name) ?? []) counts.set(row, (counts.get(row) ?? 0) + 1);
    const added: Row[] = [];
    for (const row of after.tables.get(name) ?? []) {
      const left = counts.get(row) ?? 0;
      if (left > 0) counts.set(row, left - 1);
      else added.push(parse(row));
    }
    const removed = [...counts.entries()].flatMap(([row, n]) => Array.from({ length: n }, () => parse(row)));
    if (added.length || removed.length) out.set(name, { added, removed });
  }
  return out;
}
