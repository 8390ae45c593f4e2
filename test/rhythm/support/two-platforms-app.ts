/**
 * The real application (startApp) with both platforms against their fakes: a fake Bot Connector for Teams (local
 * mode, no app id) and the fake Slack Web API. The scheduler is off (SCHEDULER_ENABLED=false), so the test drives
 * RhythmService.tick itself on a FakeClock; the fake Slack stamps message ts values from the same clock, so
 * history windows computed from prompt times line up.
 */
import { RunningApp, startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { normalizeKey } from '../../../src/domain/text/normalize';
import { createLogger } from '../../../src/shared/logger';
import { SIGNING_SECRET } from '../../bots/slack/slack-requests';
import { FakeBotConnector } from '../../support/fake-bot-connector';
import { FakeSlackApi } from '../../support/fake-slack-api';
import { TestDatabase } from '../../support/test-databases';
import { FakeClock } from './fake-clock';

export interface TwoPlatformsApp {
  app: RunningApp;
  connector: FakeBotConnector;
  slack: FakeSlackApi;
  clock: FakeClock;
  /** Every log line the app wrote (checked for personal data). */
  logs: string[];
  /** POST /api/messages with a Teams activity; the invoke response body when there is one. */
  teams(activity: unknown): Promise<{ status: number; body: unknown }>;
  seedPartnership(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startTwoPlatformsApp(db: TestDatabase, clock: FakeClock): Promise<TwoPlatformsApp> {
  const connector = await FakeBotConnector.start();
  const slack = new FakeSlackApi();
  await slack.start();
  slack.tsClock = () => clock.now().getTime();
  const logs: string[] = [];
  const config = loadConfig({
    DATABASE_URL: db.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    SCHEDULER_ENABLED: 'false',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: slack.apiUrl,
  });
  const app = await startApp(config, createLogger('debug', { write: (line: string) => void logs.push(line) }), { clock });
  return {
    app, connector, slack, clock, logs,
    async teams(activity) {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async seedPartnership(name) {
      const row = await app.db.prisma.partnership.create({ data: { name, nameKey: normalizeKey(name), sectors: 'po,vo' } });
      return row.id;
    },
    async stop() {
      await app.stop();
      await connector.stop();
      await slack.stop();
    },
  };
}
