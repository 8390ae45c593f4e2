/**
 * The adapter factory Prisma is given for SQLite: the stock better-sqlite3 adapter, with prepared statements kept
 * (sqlite-statement-cache.ts) and other queries held while a transaction is open (sqlite-transaction-guard.ts).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { cacheStatements } from './sqlite-statement-cache';
import { guardTransactions } from './sqlite-transaction-guard';

export class OogstSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    // A future adapter version may keep its connection elsewhere: then it simply runs uncached.
    if (client && typeof client.prepare === 'function') cacheStatements(client);
    guardTransactions(adapter);
    return adapter;
  }
}
