/**
 * Prisma's better-sqlite3 adapter prepares every statement again on every query (prepare, bind, run); for the
 * answer path's INSERT ... SELECT that is a tenth of a millisecond, a sizeable part of a store-then-acknowledge.
 * cacheStatements() gives the adapter's connection a prepare() that keeps recently used statements (by SQL text)
 * and binds the arguments per call instead of for good (sqlite-adapter.ts installs it). Statements run synchronously to completion (all() and
 * run(), never iterate()), so one statement object can serve every call; SQLite re-prepares it by itself after
 * a schema change. The shape served is exactly what the adapter uses: reader, bind(args), run(), columns(),
 * raw().all().
 */
import type BetterSqlite3 from 'better-sqlite3';

const MAX_STATEMENTS = 256;

interface BoundStatement {
  readonly reader: boolean;
  bind(args: unknown[]): BoundStatement;
  run(): BetterSqlite3.RunResult;
  columns(): BetterSqlite3.ColumnDefinition[];
  raw(toggle?: boolean): { all(): unknown[] };
}

function bound(statement: BetterSqlite3.Statement, args: unknown[]): BoundStatement {
  return {
    reader: statement.reader,
    bind: (next) => bound(statement, next),
    run: () => statement.run(args),
    columns: () => statement.columns(),
    raw: (toggle = true) => ({ all: () => statement.raw(toggle).all(args) }),
  };
}

export function cacheStatements(db: BetterSqlite3.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, BetterSqlite3.Statement>();
  (db as unknown as { prepare: (sql: string) => BoundStatement }).prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) cache.delete(sql); // re-inserted below: most recently used last
    else statement = prepare(sql);
    cache.set(sql, statement);
    if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
    return bound(statement, []);
  };
}
