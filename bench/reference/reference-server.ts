/**
 * The reference apps the benchmark compares Oogst with: the least a Slack or Teams bot can do to acknowledge
 * an answer, on the same frameworks. Run as its own process (like the server), configured by environment:
 *   REF_PLATFORM  slack: a bare Bolt app (ExpressReceiver, signature verification) with one view listener;
 *                 teams: a bare botbuilder CloudAdapter bot (no app id, like Oogst's local mode) answering
 *                 the adaptiveCard/action invoke with a small card.
 *   REF_STORE     memory: answer from memory (a Map);
 *                 sqlite: one durable insert with raw better-sqlite3 before answering (WAL, synchronous=NORMAL,
 *                 Oogst's own settings: survives a killed process), the floor for "store, then acknowledge".
 *   REF_DB        the SQLite file (sqlite store).
 * Prints one JSON line with its URL when listening.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import BetterSqlite3 from 'better-sqlite3';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, InvokeResponse, TurnContext } from 'botbuilder';

type Store = (promptId: string, personId: string, fields: Record<string, unknown>) => void;

function openStore(kind: string | undefined, file: string | undefined): Store {
  if (kind !== 'sqlite') {
    const memory = new Map<string, Record<string, unknown>>();
    return (promptId, personId, fields) => void memory.set(`${promptId}|${personId}`, fields);
  }
  const db = new BetterSqlite3(file ?? 'reference.db');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS answer (id TEXT PRIMARY KEY, promptId TEXT NOT NULL, personId TEXT NOT NULL, score INTEGER, scenario TEXT, keyword TEXT, createdAt INTEGER NOT NULL, UNIQUE (promptId, personId))');
  const insert = db.prepare('INSERT INTO answer (id, promptId, personId, score, scenario, keyword, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (promptId, personId) DO UPDATE SET score = excluded.score, scenario = excluded.scenario, keyword = excluded.keyword');
  return (promptId, personId, f) => void insert.run(randomUUID(), promptId, personId, Number(f.score) || null, (f.scenario as string) ?? null, (f.keyword as string) ?? null, Date.now());
}

type SlackValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

function slackReference(store: Store): http.RequestListener {
  const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '', endpoints: '/slack/events', processBeforeResponse: false, logLevel: LogLevel.ERROR });
  const app = new App({ receiver, logLevel: LogLevel.ERROR, authorize: async () => ({ botToken: 'xoxb-reference', botId: 'B0REF', botUserId: 'U0REF' }) });
  app.view('oogst.answer.submit', async ({ ack, body }) => {
    const values = body.view.state.values as SlackValues;
    const meta = JSON.parse(body.view.private_metadata) as { promptId: string };
    store(meta.promptId, body.user.id, { score: values.score?.score?.selected_option?.value, scenario: values.scenario?.scenario?.value, keyword: values.keyword?.keyword?.value });
    await ack();
  });
  return receiver.app;
}

class ReferenceBot extends ActivityHandler {
  constructor(private readonly store: Store) {
    super();
  }

  protected override async onInvokeActivity(turn: TurnContext): Promise<InvokeResponse> {
    const data = (turn.activity.value as { action?: { data?: Record<string, unknown> } })?.action?.data ?? {};
    this.store(String(data.promptId), turn.activity.from.aadObjectId ?? turn.activity.from.id, data);
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'bench-ok', wrap: true }] };
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } };
  }
}

function teamsReference(store: Store): http.RequestListener {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ReferenceBot(store);
  const app = express();
  app.post('/api/messages', express.json({ limit: '512kb' }), (req, res) => {
    void adapter.process(req, res, (turn) => bot.run(turn));
  });
  return app;
}

const store = openStore(process.env.REF_STORE, process.env.REF_DB);
const listener = process.env.REF_PLATFORM === 'teams' ? teamsReference(store) : slackReference(store);
const server = http.createServer(listener);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, msg: 'reference listening' })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
