/**
 * The real application with the playground on (startApp, a fresh SQLite file, a free port), and a small Direct
 * Line client speaking the REST protocol the way DirectLineJS (inside Web Chat) does: generate a token, start the
 * conversation, post activities, poll with the watermark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RunningApp, startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/shared/logger';

export interface PlaygroundTestApp {
  app: RunningApp;
  logs: string[];
  dbFile: string;
  stop(): Promise<void>;
}

/** `auto` starts the app as `npm start` does (the playground's default then depends on credentials). */
export async function startPlaygroundApp(env: Record<string, string> = {}, options: { auto?: boolean } = {}): Promise<PlaygroundTestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oogst-playground-'));
  const logs: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const dbFile = path.join(dir, 'oogst.db');
  // No scheduler: a rhythm slot falling due mid-test would post a prompt into the channels under test.
  const config = loadConfig({ DATABASE_URL: `file:${dbFile}`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', SCHEDULER_ENABLED: 'false', PLAYGROUND_ENABLED: 'true', ...env });
  const app = await startApp(config, log, { autoPlayground: options.auto ?? false });
  return {
    app, logs, dbFile,
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface DlActivity {
  id: string;
  type: string;
  timestamp: string;
  from: { id: string; name?: string; role?: string };
  text?: string;
  value?: unknown;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
  channelData?: Record<string, unknown>;
}

export interface SessionChoice { persona: string; channel: string; place?: 'channel' | 'personal'; cardActions?: 'execute' | 'submit' }

export class DirectLineTestClient {
  watermark = '';
  readonly seen: DlActivity[] = [];
  private cursor = 0;
  private clientIds = 0;

  private constructor(readonly domain: string, readonly conversationId: string, readonly token: string) {}

  static async open(appUrl: string, choice: SessionChoice): Promise<DirectLineTestClient> {
    const domain = `${appUrl}/playground/directline`;
    const generated = await fetch(`${domain}/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(choice) });
    if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}: ${await generated.text()}`);
    const { token, conversationId } = (await generated.json()) as { token: string; conversationId: string };
    const started = await fetch(`${domain}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"user":{"id":"x"}}' });
    if (started.status !== 201) throw new Error(`POST /conversations answered ${started.status}`);
    return new DirectLineTestClient(domain, conversationId, token);
  }

  /** Posts like Web Chat: from the user, with a clientActivityID it expects back in the echo. */
  async post(activity: Record<string, unknown>): Promise<{ status: number; id?: string; clientActivityID: string }> {
    const clientActivityID = `client-${++this.clientIds}`;
    const res = await fetch(`${this.domain}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', from: { id: 'user-1', name: 'Test', role: 'user' }, locale: 'nl-NL', channelData: { clientActivityID }, attachments: [], ...activity }),
    });
    const body = (await res.json()) as { id?: string };
    return { status: res.status, id: body.id, clientActivityID };
  }

  async poll(): Promise<DlActivity[]> {
    const res = await fetch(`${this.domain}/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (res.status !== 200) throw new Error(`poll answered ${res.status}`);
    const body = (await res.json()) as { activities: DlActivity[]; watermark: string };
    this.watermark = body.watermark;
    this.seen.push(...body.activities);
    return body.activities;
  }

  /**
   * The next activity that matches, after the one the previous waitFor returned (one poll can bring several, so
   * the search runs over everything seen, not only the last batch).
   */
  async waitFor(predicate: (activity: DlActivity) => boolean, timeoutMs = 8_000): Promise<DlActivity> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.seen.findIndex((activity, i) => i >= this.cursor && predicate(activity));
      if (index >= 0) {
        this.cursor = index + 1;
        return this.seen[index];
      }
      await this.poll();
      if (Date.now() > deadline) throw new Error(`no matching activity within ${timeoutMs} ms; seen: ${this.seen.map((a) => `${a.type}:${(a.text ?? cardText(a)).slice(0, 60)}`).join(' | ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The first Adaptive Card of an activity. */
export function cardOf(activity: DlActivity): Record<string, unknown> | undefined {
  return activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All text of the card's TextBlocks and TextRuns, for matching. */
export function cardText(activity: DlActivity): string {
  return JSON.stringify(cardOf(activity) ?? {}).match(/"text":"(?:[^"\\]|\\.)*"/g)?.join(' ') ?? '';
}

/** Every action in a card (actions arrays and ActionSets), depth first. */
export function actionsOf(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const object = node as Record<string, unknown>;
    if (typeof object.type === 'string' && object.type.startsWith('Action.')) found.push(object);
    Object.values(object).forEach(walk);
  };
  walk(card);
  return found;
}
