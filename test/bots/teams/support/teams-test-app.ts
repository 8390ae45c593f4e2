/**
 * The real application (startApp: database, services, HTTP server on a free port) with a fake Bot Connector,
 * plus small helpers to post activities over HTTP and read what the bot sent. Logs are captured so tests can
 * check that no personal data is written.
 */
import { RunningApp, startApp } from '../../../../src/app';
import { loadConfig } from '../../../../src/config';
import { PartnershipRecord } from '../../../../src/domain/model/records';
import type { Clock } from '../../../../src/domain/ports';
import { normalizeKey } from '../../../../src/domain/text/normalize';
import { createLogger } from '../../../../src/shared/logger';
import { checkAdaptiveCard } from '../../../support/adaptive-card-check';
import { cardOf, FakeBotConnector, RecordedRequest } from '../../../support/fake-bot-connector';
import { TestDatabase } from '../../../support/test-databases';

export interface HttpResult {
  status: number;
  body: unknown;
}

export interface TeamsTestApp {
  app: RunningApp;
  connector: FakeBotConnector;
  logs: string[];
  post(activity: unknown, headers?: Record<string, string>): Promise<HttpResult>;
  postRaw(body: string, contentType?: string): Promise<HttpResult>;
  seedPartnership(name: string): Promise<PartnershipRecord>;
  stop(): Promise<void>;
}

export async function startTeamsTestApp(db: TestDatabase, env: Record<string, string> = {}, clock?: Clock): Promise<TeamsTestApp> {
  const connector = await FakeBotConnector.start();
  const logs: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const config = loadConfig({ DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env });
  const app = await startApp(config, log, clock ? { clock } : {});

  const send = async (body: string, contentType: string, headers: Record<string, string> = {}): Promise<HttpResult> => {
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed };
  };

  return {
    app,
    connector,
    logs,
    post: (activity, headers) => send(JSON.stringify(activity), 'application/json', headers),
    postRaw: (body, contentType = 'application/json') => send(body, contentType),
    async seedPartnership(name) {
      const row = await app.db.prisma.partnership.create({ data: { name, nameKey: normalizeKey(name), sectors: 'po,vo' } });
      return { id: row.id, name: row.name, sectors: ['po', 'vo'] };
    },
    async stop() {
      await app.stop();
      await connector.stop();
    },
  };
}

/** The card a recorded request carries, checked with the official renderer (fails the test when invalid). */
export function validCard(request: RecordedRequest | undefined): Record<string, unknown> {
  if (!request) throw new Error('expected the bot to send something');
  const card = cardOf(request);
  if (!card) throw new Error(`expected an Adaptive Card attachment in ${request.method} ${request.path}`);
  expect(checkAdaptiveCard(card)).toEqual([]);
  return card;
}

/** The card of an Action.Execute invoke response body, checked like validCard. */
export function invokeCard(body: unknown): Record<string, unknown> {
  const response = body as { statusCode?: number; type?: string; value?: Record<string, unknown> };
  expect(response.statusCode).toBe(200);
  expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(checkAdaptiveCard(response.value)).toEqual([]);
  return response.value as Record<string, unknown>;
}

/** All text a card shows (TextBlocks, TextRuns, input labels and values), for readable assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'label', 'value', 'placeholder'].includes(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out.join('\n');
}
