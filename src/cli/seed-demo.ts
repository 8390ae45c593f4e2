/** `npm run seed:demo`: loads the two demo cases into the configured database. Idempotent. */
import dotenv from 'dotenv';
import { loadConfig } from '../config';
import { DEMO_PLAN } from '../domain/setup/demo-cases';
import { SetupService } from '../domain/setup/setup.service';
import { createLogger } from '../shared/logger';
import { StartupError } from '../shared/startup-error';
import { openDatabase } from '../storage/database';
import { setupTransactions } from '../storage/setup.store';

async function main(): Promise<void> {
  dotenv.config({ quiet: true }); // an optional .env file; real environment variables win
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const changes = await new SetupService(setupTransactions(db.prisma)).apply(DEMO_PLAN);
    const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
    log.info({ created: count('created'), updated: count('updated'), unchanged: count('unchanged') }, 'demo data loaded');
    process.stdout.write(`Demo data: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged.\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Demo data not loaded: ${error instanceof StartupError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
