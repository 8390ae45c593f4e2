import BetterSqlite3 from 'better-sqlite3';
import { cacheStatements } from '../../src/storage/sqlite-statement-cache';

describe('SQLite statement cache (the adapter prepares every query again without it)', () => {
  it('prepares a statement once and binds the arguments per call, as the Prisma adapter uses it', () => {
    const db = new BetterSqlite3(':memory:');
    const prepared: string[] = [];
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return original(sql);
    }) as typeof db.prepare;
    cacheStatements(db);
    const exec = (sql: string, args: unknown[] = []) => (db.prepare(sql) as unknown as { bind(a: unknown[]): { run(): unknown } }).bind(args).run();
    const query = (sql: string, args: unknown[]) => {
      const stmt = (db.prepare(sql) as unknown as { bind(a: unknown[]): { reader: boolean; columns(): { name: string }[]; raw(): { all(): unknown[][] } } }).bind(args);
      return { reader: stmt.reader, columns: stmt.columns().map((c) => c.name), rows: stmt.raw().all() };
    };
    exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    for (const [id, name] of [[1, 'een'], [2, 'twee'], [3, `O'Brien; DROP TABLE t`]]) exec('INSERT INTO t (id, name) VALUES (?, ?)', [id, name]);
    expect(query('SELECT id, name FROM t WHERE id >= ? ORDER BY id', [2])).toEqual({ reader: true, columns: ['id', 'name'], rows: [[2, 'twee'], [3, `O'Brien; DROP TABLE t`]] });
    expect(query('SELECT id, name FROM t WHERE id >= ? ORDER BY id', [3]).rows).toEqual([[3, `O'Brien; DROP TABLE t`]]);
    expect(prepared.filter((sql) => sql.startsWith('INSERT'))).toHaveLength(1);
    expect(prepared.filter((sql) => sql.startsWith('SELECT'))).toHaveLength(1);
    exec('BEGIN');
    exec('UPDATE t SET name = ? WHERE id = ?', ['drie', 3]);
    exec('ROLLBACK');
    expect(query('SELECT name FROM t WHERE id = ?', [3]).rows).toEqual([[`O'Brien; DROP TABLE t`]]);
    db.close();
  });

  it('keeps at most 256 statements, dropping the least recently used', () => {
    const db = new BetterSqlite3(':memory:');
    let prepares = 0;
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepares += 1;
      return original(sql);
    }) as typeof db.prepare;
    cacheStatements(db);
    const select = (n: number) => (db.prepare(`SELECT ${n}`) as unknown as { bind(a: unknown[]): { raw(): { all(): unknown[] } } }).bind([]).raw().all();
    for (let n = 0; n < 300; n++) select(n);
    expect(prepares).toBe(300);
    select(299); // still cached
    expect(prepares).toBe(300);
    select(0); // evicted long ago
    expect(prepares).toBe(301);
    db.close();
  });
});
