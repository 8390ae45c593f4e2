/**
 * Registers the browser playground on the shared server, when it is on (see playground-mode.ts):
 *
 *   GET  /                          the page (Web Chat + a picker: who you are, where)
 *   /playground/static, /playground/webchat.js, /playground/config
 *   /playground/directline/...      Direct Line 3.0 REST for Web Chat (the relay's page side)
 *   /playground/connector/v3/...    the Bot Connector API for the bot (the relay's Teams side)
 *
 * Everything answers this machine only (the page may be shared with PLAYGROUND_ALLOW_REMOTE=true; the
 * connector never is). After the server listens, start() seeds the demo data (first run) and points the
 * playground channels at this run's relay.
 */
import { Express } from 'express';
import { Config } from '../config';
import { Clock } from '../domain/ports';
import { Services } from '../domain/services';
import { Logger } from '../shared/logger';
import { Db } from '../storage/database';
import { connectorRouter } from './connector/connector.routes';
import { directLineRouter } from './directline/directline.routes';
import { DirectLineStore } from './directline/directline.store';
import { loopbackOnly } from './loopback.guard';
import { playgroundChannels, playgroundPersonas } from './personas';
import { PlaygroundLinks } from './playground-links';
import { playgroundMode } from './playground-mode';
import { pageRouter } from './playground-page.routes';
import { TeamsRelay } from './relay/teams-relay';
import { PLAYGROUND_PLAN } from './seed/playground-plan';
import { seedPlayground } from './seed/playground-seed';

export interface PlaygroundDeps {
  config: Config;
  log: Logger;
  prisma: Db;
  services: Pick<Services, 'setup'>;
  clock: Clock;
}

export interface PlaygroundHandle {
  /** Where features add links for the page (e.g. the digest report). */
  links: PlaygroundLinks;
  /** Seeds on first run and returns the page's URL. */
  start(appUrl: string): Promise<string>;
  stop(): Promise<void>;
}

/** `auto`: the entry point allows the default (on without credentials); tests and benchmarks pass false. */
export function registerPlayground(app: Express, deps: PlaygroundDeps, options: { auto: boolean }): PlaygroundHandle | undefined {
  const log = deps.log.child({ area: 'playground' });
  const mode = playgroundMode(deps.config, options.auto);
  if (!mode.enabled) {
    log.debug({ reason: mode.reason }, 'playground off');
    return undefined;
  }
  if (deps.config.MicrosoftAppId) {
    log.warn('playground on with MicrosoftAppId set: /api/messages then requires Bot Framework tokens, which the playground cannot send');
  }
  const people = playgroundPersonas(PLAYGROUND_PLAN);
  const channels = playgroundChannels(PLAYGROUND_PLAN);
  const store = new DirectLineStore();
  const relay = new TeamsRelay(store, people, channels, log);
  const links = new PlaygroundLinks();
  const guard = loopbackOnly({ allowRemote: deps.config.PLAYGROUND_ALLOW_REMOTE });

  app.use('/playground', guard);
  app.get('/', guard);
  app.use('/playground/directline', directLineRouter(store, relay, log));
  // The bot is always on this machine: its Bot Connector stays local even when the page is shared.
  app.use('/playground/connector', loopbackOnly({ allowRemote: false }), connectorRouter(relay));
  app.use(pageRouter(people, channels, links, log));

  return {
    links,
    async start(appUrl) {
      relay.attach(appUrl);
      try {
        const outcome = await seedPlayground(deps, relay.connectorUrl);
        log.info({ ...outcome, reason: mode.reason }, outcome.kind === 'seeded' ? 'playground: demo data loaded' : 'playground: demo data already present');
      } catch (error) {
        // The page still works with whatever is stored; a seed that cannot apply must not stop Oogst.
        log.error({ err: error }, 'playground: demo data could not be loaded');
      }
      const url = `${appUrl}/`;
      log.info({ url }, 'playground ready: open it in a browser');
      return url;
    },
    stop: () => relay.drain(),
  };
}
