/**
 * Builds the running application from a parsed config: database, services, platform adapters, one HTTP server.
 * main.ts calls this for production; integration tests call it to get a real server on a free port.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Config } from './config';
import { createServices, Services } from './domain/services';
import { Clock, Repositories, systemClock } from './domain/ports';
import { Logger } from './shared/logger';
import { Database, openDatabase } from './storage/database';
import { createRepositories } from './storage/repositories';
import { createExpressApp, finishExpressApp, listen } from './server/http-server';
import { healthRoutes } from './server/health.routes';
import { registerPlatforms } from './bots/register-platforms';

export interface RunningApp {
  url: string;
  server: http.Server;
  db: Database;
  repos: Repositories;
  services: Services;
  stop(): Promise<void>;
}

export interface AppOptions { clock?: Clock }

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const db = await openDatabase(config.DATABASE_URL);
  if (db.appliedNow.length) log.info({ migrations: db.appliedNow }, 'database migrated');
  const clock = options.clock ?? systemClock;
  const repos = createRepositories(db.prisma);
  const services = createServices(repos, clock, log.child({ area: 'domain' }));

  const app = createExpressApp();
  app.use(healthRoutes(db));
  const platforms = await registerPlatforms(app, { config, log, repos, services, clock });
  finishExpressApp(app, log);

  const server = await listen(app, config.PORT, config.HOST);
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${host}:${port}`;
  log.info({ url, database: db.provider, platforms: platforms.names }, 'Oogst is listening');

  let stopped = false;
  return {
    url, server, db, repos, services,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await platforms.stop();
      await db.close();
    },
  };
}
