/** Reads tables, columns and indexes back from a live database, to compare with what the Prisma model says. */
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { sqliteFilePath } from '../../src/storage/database';

export interface LiveColumn { name: string; type: string; required: boolean }
export interface LiveSchema { tables: Record<string, LiveColumn[]>; indexes: { name: string; table: string; unique: boolean }[] }

const PG_TYPES: Record<string, string> = { text: 'TEXT', integer: 'INTEGER', boolean: 'BOOLEAN', 'timestamp without time zone': 'TIMESTAMP(3)', 'double precision': 'DOUBLE PRECISION' };

export async function introspect(url: string): Promise<LiveSchema> {
  return url.startsWith('file:') ? introspectSqlite(url) : introspectPostgres(url);
}

function introspectSqlite(url: string): LiveSchema {
  const db = new BetterSqlite3(sqliteFilePath(url), { readonly: true });
  try {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'").all() as { name: string }[]).map((r) => r.name);
    const tables: LiveSchema['tables'] = {};
    const indexes: LiveSchema['indexes'] = [];
    for (const table of names) {
      const cols = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
      tables[table] = cols.map((c) => ({ name: c.name, type: c.type, required: c.notnull === 1 || (c.pk > 0 && cols.filter((x) => x.pk > 0).length === 1) }));
      const list = db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number; origin: string }[];
      for (const index of list.filter((i) => i.origin === 'c')) indexes.push({ name: index.name, table, unique: index.unique === 1 });
    }
    return { tables, indexes };
  } finally {
    db.close();
  }
}

async function introspectPostgres(url: string): Promise<LiveSchema> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
      "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position",
    );
    const tables: LiveSchema['tables'] = {};
    for (const r of rows) (tables[r.table_name] ??= []).push({ name: r.column_name, type: PG_TYPES[r.data_type] ?? r.data_type, required: r.is_nullable === 'NO' });
    const idx = await client.query<{ indexname: string; tablename: string; indexdef: string }>(
      "SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexname NOT LIKE '%_pkey'",
    );
    return { tables, indexes: idx.rows.map((r) => ({ name: r.indexname, table: r.tablename, unique: r.indexdef.startsWith('CREATE UNIQUE') })) };
  } finally {
    await client.end();
  }
}
