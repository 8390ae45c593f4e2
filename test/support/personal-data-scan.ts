/**
 * Scans every text column of every table (found by introspection, so tables added later are included) for
 * strings that identify a person: name, e-mail, platform ids. Used after "vergeet mij" on both databases.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { sqliteFilePath } from '../../src/storage/database';
import { introspect } from './introspect';

export interface Finding { table: string; column: string; needle: string }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function scanTextColumns(url: string, needles: string[]): Promise<{ findings: Finding[]; columnsScanned: number }> {
  const schema = await introspect(url);
  const targets = Object.entries(schema.tables).flatMap(([table, columns]) => columns.filter((c) => c.type === 'TEXT').map((c) => ({ table, column: c.name })));
  const findings: Finding[] = [];
  const sqlite = url.startsWith('file:') ? new BetterSqlite3(sqliteFilePath(url), { readonly: true }) : undefined;
  const pg = sqlite ? undefined : new Client({ connectionString: url });
  await pg?.connect();
  try {
    for (const { table, column } of targets) {
      for (const needle of needles.filter(Boolean)) {
        const sql = `SELECT count(*) AS n FROM ${quote(table)} WHERE lower(${quote(column)}) LIKE ${sqlite ? '?' : '$1'}`;
        const pattern = `%${needle.toLowerCase()}%`;
        const n = sqlite ? Number((sqlite.prepare(sql).get(pattern) as { n: number }).n) : Number((await pg!.query<{ n: string }>(sql, [pattern])).rows[0].n);
        if (n > 0) findings.push({ table, column, needle });
      }
    }
  } finally {
    sqlite?.close();
    await pg?.end();
  }
  return { findings, columnsScanned: targets.length };
}
