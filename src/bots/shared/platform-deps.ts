import { Config } from '../../config';
import { Clock, Repositories } from '../../domain/ports';
import { Services } from '../../domain/services';
import { Logger } from '../../shared/logger';

/** What a platform adapter (src/bots/teams, src/bots/slack) gets from main: already built, never global. */
export interface PlatformDeps {
  config: Config;
  log: Logger;
  repos: Repositories;
  services: Services;
  clock: Clock;
}

/** A registered platform: its name for the start-up log, and how to stop it (sockets, timers). */
export interface PlatformHandle {
  name: string;
  stop(): Promise<void>;
}
