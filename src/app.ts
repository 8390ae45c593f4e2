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
import { startRhythmScheduler } from './scheduler/rhythm.scheduler';
import { startRetentionScheduler } from './scheduler/retention.scheduler';
import { privacyRoutes } from './server/privacy.routes';
import { panelFilesRoutes } from './server/panel-files.routes';
import { digestRoutes } from './server/digest/digest.routes';
import { startDialogueScheduler } from './scheduler/dialogue.scheduler';
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

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const db = await openDatabase(config.DATABASE_URL);
  if (db.appliedNow.length) log.info({ migrations: db.appliedNow }, 'database migrated');
  const clock = options.clock ?? systemClock;
  const repos = createRepositories(db.prisma);
  const services = createServices(repos, clock, log.child({ area: 'domain' }), { admins: config.OOGST_ADMINS, rhythm: { graceMs: config.SCHEDULER_GRACE_HOURS * 3_600_000 }, retentionMonths: config.OOGST_RETENTION_MONTHS, digestMinGroup: config.OOGST_DIGEST_MIN_GROUP });
  if (!config.OOGST_LINK_SECRET) log.warn('OOGST_LINK_SECRET is not set: download links and erase confirmations stop working at a restart and on other instances');

  const app = createExpressApp();
  app.use(healthRoutes(db));
  app.use(privacyRoutes({ config, privacy: services.privacy, clock, log: log.child({ area: 'privacy' }) }));
  app.use(panelFilesRoutes({ config, services, clock, log: log.child({ area: 'files' }) }));
  app.use(digestRoutes({ config, services, clock, log: log.child({ area: 'digest' }) }));
  const platforms = await registerPlatforms(app, { config, log, repos, services, clock });
  const playground = registerPlayground(app, { config, log, prisma: db.prisma, services, clock }, { auto: options.autoPlayground ?? false });
  finishExpressApp(app, log);

  const server = await listen(app, config.PORT, config.HOST);
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${host}:${port}`;
  const playgroundUrl = await playground?.start(url);
  log.info({ url, database: db.provider, platforms: platforms.names, ...(playgroundUrl ? { playground: playgroundUrl } : {}) }, 'Oogst is listening');
  // After the platforms: the tick posts through their gateways.
  const scheduler = config.SCHEDULER_ENABLED ? startRhythmScheduler(services.rhythm, log.child({ area: 'scheduler' }), { extraTickers: [{ name: 'digest', tick: (now) => services.digest.tick(now) }] }) : undefined;
  const retention = config.SCHEDULER_ENABLED ? startRetentionScheduler(services.retention, log.child({ area: 'retention' })) : undefined;
  const dialogueTicks = config.SCHEDULER_ENABLED ? startDialogueScheduler(services.dialogues, log.child({ area: 'dialogues' })) : undefined;

  let stopped = false;
  return {
    url, server, db, repos, services,
    ...(playground && playgroundUrl ? { playground: { url: playgroundUrl, handle: playground } } : {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      await playground?.stop(); // background card refreshes still talk to this server
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await scheduler?.stop();
      await retention?.stop();
      await dialogueTicks?.stop();
      await platforms.stop();
      await db.close();
    },
  };
}
