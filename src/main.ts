/** Entry point: config, logger, app; clean shutdown on SIGTERM/SIGINT. Start-up problems print one plain line. */
import dotenv from 'dotenv';
import { loadConfig } from './config';
import { startApp } from './app';
import { createLogger } from './shared/logger';
import { StartupError } from './shared/startup-error';

async function main(): Promise<void> {
  dotenv.config({ quiet: true }); // an optional .env file; real environment variables win
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, log, { autoPlayground: true });
  // One plain line a person can click, between the JSON log lines.
  if (app.playground) process.stdout.write(`\nOogst playground: ${app.playground.url}\n\n`);
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`Oogst cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Oogst cannot start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
});
