/**
 * On SQLite Prisma has one connection: an answer stored while another request's transaction is open must not
 * become part of that transaction (a rollback would take an acknowledged answer along).
 */
import { Database, openDatabase } from '../../src/storage/database';
import { createTestDatabase, TestDatabase } from '../support/test-databases';

describe('SQLite: queries outside a transaction wait for it', () => {
  let testDb: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url);
  });
  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  it('a write made while a transaction is open survives that transaction\'s rollback', async () => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const failing = db.prisma.$transaction(async (tx) => {
      await tx.partnership.create({ data: { name: 'Teruggedraaid', nameKey: 'teruggedraaid' } });
      inside();
      await holding;
      throw new Error('rolled back on purpose');
    }, { timeout: 10_000 });
    await opened;
    // A Prisma promise runs when it is awaited or then()-ed: start it now, as a concurrent request would.
    let storedBeforeRelease = false;
    const outside = db.prisma.partnership.create({ data: { name: 'Blijft staan', nameKey: 'blijft staan' } }).then(() => {
      storedBeforeRelease = !released;
    });
    let released = false;
    await new Promise((resolve) => setTimeout(resolve, 50));
    released = true;
    release();
    await expect(failing).rejects.toThrow('rolled back on purpose');
    await outside;
    expect(storedBeforeRelease).toBe(false); // it waited for the transaction to end
    expect((await db.prisma.partnership.findMany()).map((p) => p.name)).toEqual(['Blijft staan']);
  });
});
