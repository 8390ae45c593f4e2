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
import { startSchedulers } from './scheduler';
import { shutDownInOrder } from './shared/shutdown';
import { privacyRoutes } from './server/privacy.routes';
import { panelFilesRoutes } from './server/panel-files.routes';
import { digestRoutes } from './server/digest/digest.routes';
import { latestDigestLinks } from './server/digest/digest-playground-link';
import { PlaygroundHandle, registerPlayground } from './playground';

export interface RunningApp {
  url: string;
  server: http.Server;
  db: Database;
  repos: Repositories;
  services: Services;
  /** The browser playground, when it is on: its page URL, and where features add links to the page. */
  playground?: { url: string; handle: PlaygroundHandle };
  stop(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  /** The entry point (`npm start`) turns the playground on when no platform credentials are set; tests do not. */
  autoPlayground?: boolean;
}

/** Budgets for a stop: the whole must stay well inside an orchestrator's usual 30 s grace period. */
const STOP_BUDGET_MS = { http: 5_000, jobs: 10_000, cardRefreshes: 5_000, platforms: 5_000, database: 3_000 };

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const db = await openDatabase(config.DATABASE_URL);
  if (db.appliedNow.length) log.info({ migrations: db.appliedNow }, 'database migrated');
  try {
    return await startOnDatabase(db, config, log, options);
  } catch (error) {
    // A platform that refuses its credentials stops start-up; the database must not be left open behind it.
    await db.close().catch(() => undefined);
    throw error;
  }
}

async function startOnDatabase(db: Database, config: Config, log: Logger, options: AppOptions): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const repos = createRepositories(db.prisma);
  const services = createServices(repos, clock, log.child({ area: 'domain' }), { admins: config.OOGST_ADMINS, rhythm: { graceMs: config.SCHEDULER_GRACE_HOURS * 3_600_000 }, retentionMonths: config.OOGST_RETENTION_MONTHS, digestMinGroup: config.OOGST_DIGEST_MIN_GROUP });
  if (!config.OOGST_LINK_SECRET) log.warn('OOGST_LINK_SECRET is not set: download links and erase confirmations stop working at a restart and on other instances');

  const app = createExpressApp();
  // The platforms' webhooks first: every answer and command passes the routes registered before it.
  const platforms = await registerPlatforms(app, { config, log, repos, services, clock });
  app.use(healthRoutes(db));
  app.use(privacyRoutes({ config, privacy: services.privacy, clock, log: log.child({ area: 'privacy' }) }));
  app.use(panelFilesRoutes({ config, services, clock, log: log.child({ area: 'files' }) }));
  app.use(digestRoutes({ config, services, clock, log: log.child({ area: 'digest' }) }));
  const playground = registerPlayground(app, { config, log, prisma: db.prisma, services, clock }, { auto: options.autoPlayground ?? false });
  playground?.links.register(latestDigestLinks({ config, repos, services, clock }));
  finishExpressApp(app, log);

  const server = await listen(app, config.PORT, config.HOST);
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${host}:${port}`;
  const playgroundUrl = await playground?.start(url);
  log.info({ url, database: db.provider, platforms: platforms.names, ...(playgroundUrl ? { playground: playgroundUrl } : {}) }, 'Oogst is listening');
  // After the platforms: the ticks post through their gateways.
  const jobs = config.SCHEDULER_ENABLED ? startSchedulers(services, log) : undefined;

  let stopped: Promise<void> | undefined;
  const closeHttp = () => new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  return {
    url, server, db, repos, services,
    ...(playground && playgroundUrl ? { playground: { url: playgroundUrl, handle: playground } } : {}),
    stop() {
      stopped ??= shutDownInOrder([
        // First: a fan-out in progress starts nothing new while the server winds down.
        { name: 'scheduled jobs: stop signal', run: async () => jobs?.requestStop(), budgetMs: STOP_BUDGET_MS.jobs },
        { name: 'playground', run: () => playground?.stop(), budgetMs: STOP_BUDGET_MS.http }, // its card refreshes talk to this server
        { name: 'http', run: closeHttp, budgetMs: STOP_BUDGET_MS.http },
        { name: 'http connections', run: async () => server.closeAllConnections(), budgetMs: STOP_BUDGET_MS.http },
        { name: 'scheduled jobs', run: () => jobs?.stop(), budgetMs: STOP_BUDGET_MS.jobs },
        { name: 'card refreshes', run: () => services.prompts.refreshesIdle(), budgetMs: STOP_BUDGET_MS.cardRefreshes },
        { name: 'platforms', run: () => platforms.stop(), budgetMs: STOP_BUDGET_MS.platforms },
        { name: 'database', run: () => db.close(), budgetMs: STOP_BUDGET_MS.database },
      ], log);
      return stopped;
    },
  };
}
