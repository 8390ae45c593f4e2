/**
 * Prisma's better-sqlite3 adapter has one connection. An interactive transaction runs BEGIN on it and keeps it
 * open across awaits; the adapter serialises transactions among themselves, but a query from anywhere else
 * (another request's answer) that arrives meanwhile runs on the same connection, inside that transaction: a
 * rollback would silently take it along, after it was acknowledged. Here queries outside a transaction wait
 * until the open one has ended. Work inside a transaction goes through the transaction object and is not held.
 * (A query on the outer client from inside a transaction callback would wait for ever; the repositories only
 * use `tx` there, and the test suite runs every transaction.)
 */
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

export function guardTransactions(adapter: SqlDriverAdapter): void {
  let open: Promise<void> | undefined;
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    while (open) await open; // the adapter queues transactions too; waiting here keeps `open` about one of them
    let ended!: () => void;
    open = new Promise<void>((resolve) => {
      ended = resolve;
    });
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      open = undefined;
      ended();
      throw error;
    }
    const end = () => {
      open = undefined;
      ended();
    };
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(end);
    transaction.rollback = () => rollback().finally(end);
    return transaction;
  };
  for (const method of ['queryRaw', 'executeRaw'] as const) {
    const run = adapter[method].bind(adapter) as (query: SqlQuery) => Promise<never>;
    (adapter as unknown as Record<string, (query: SqlQuery) => Promise<unknown>>)[method] = async (query: SqlQuery) => {
      while (open) await open;
      return run(query);
    };
  }
}
