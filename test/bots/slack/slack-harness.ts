/**
 * The real application (startApp: database, services, one Express server) with Slack configured against the
 * fake Web API, for the endpoint tests. Logs are silent unless OOGST_TEST_LOG=debug (or another level).
 */
import type { DestinationStream } from 'pino';
import { RunningApp, startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { normalizeKey } from '../../../src/domain/text/normalize';
import type { Clock } from '../../../src/domain/ports';
import { createLogger } from '../../../src/shared/logger';
import { FakeSlackApi } from '../../support/fake-slack-api';
import { SIGNING_SECRET, Who } from './slack-requests';

export interface SlackHarness {
  fake: FakeSlackApi;
  app: RunningApp;
  coordinator: Who;
  member: Who;
  stop(): Promise<void>;
}

export async function startSlackHarness(
  databaseUrl: string,
  env: Record<string, string> = {},
  beforeStart?: (fake: FakeSlackApi) => void,
  logTo?: DestinationStream,
  clock?: Clock,
): Promise<SlackHarness> {
  const fake = new FakeSlackApi();
  await fake.start();
  beforeStart?.(fake);
  const coordinator: Who = { teamId: fake.teamId, userId: 'U0COORD01', userName: 'carla' };
  const member: Who = { teamId: fake.teamId, userId: 'U0MEMBER1', userName: 'mees' };
  fake.addUser({ id: coordinator.userId, name: 'carla', realName: 'Carla de Coördinator', email: 'carla@example.org', locale: 'nl-NL' });
  fake.addUser({ id: member.userId, name: 'mees', realName: 'Mees Meijer', locale: 'nl-NL' });
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    LOG_LEVEL: process.env.OOGST_TEST_LOG ?? 'silent',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: fake.apiUrl,
    ...env,
  });
  let app: RunningApp;
  try {
    app = await startApp(config, createLogger(config.LOG_LEVEL, logTo), clock ? { clock } : {});
  } catch (error) {
    await fake.stop();
    throw error;
  }
  return {
    fake, app, coordinator, member,
    async stop() {
      await app.stop();
      await fake.stop();
    },
  };
}

export async function seedPartnership(app: RunningApp, name: string): Promise<string> {
  const row = await app.db.prisma.partnership.create({ data: { name, nameKey: normalizeKey(name), sectors: 'po,vo,mbo' } });
  return row.id;
}

/** Gives listeners that run after the HTTP ack a moment, for "nothing more happened" assertions. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
