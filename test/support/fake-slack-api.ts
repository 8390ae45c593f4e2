/**
 * A local stand-in for the Slack Web API (https://api.slack.com/web), speaking its wire protocol: POST
 * /api/<method> with a form or JSON body and the token as a Bearer header, answers `{ ok: true, ... }` or
 * `{ ok: false, error }`, and HTTP 429 + Retry-After for rate limits. Every call is recorded (with JSON fields
 * such as `blocks` and `view` decoded) so tests can assert what the app sent. It also serves response_url
 * endpoints (/response/<id>) and the OAuth token exchange (oauth.v2.access).
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
}

export interface FakeUser { id: string; name: string; realName: string; email?: string; locale?: string }

/**
 * `lost`: Slack does the call (a message is stored) but the answer never arrives (HTTP 503 here), as when the
 * process dies right after the request: what the outbox's findPosted recovery is for.
 */
/** How a call goes wrong: an error code, a 429 with Retry-After seconds, a 503 after the work was done, or a slow answer. */
type Failure = ({ error: string } | { ratelimited: number } | { lost: true } | { slowMs: number }) & { channel?: string };

/** A message the fake keeps per channel (chat.postMessage), for conversations.history. */
export interface StoredMessage { channel: string; ts: string; text?: unknown; thread_ts?: string; bot_id: string; metadata?: unknown }

const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

export class FakeSlackApi {
  readonly teamId = 'T0OOGST01';
  readonly botUserId = 'U0BOT0001';
  readonly botId = 'B0BOT0001';
  readonly calls: RecordedCall[] = [];
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  private readonly users = new Map<string, FakeUser>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly overrides = new Map<string, (args: Record<string, unknown>) => Record<string, unknown>>();
  /** Channels the bot user is not a member of (conversations.info answers is_member: false). */
  private readonly notJoined = new Set<string>();
  private server?: http.Server;
  private counter = 0;
  url = '';
  /** Messages posted with chat.postMessage, oldest first. */
  readonly messages: StoredMessage[] = [];
  /** Where message ts values come from (ms); tests on a fake clock set it so history windows line up. */
  tsClock: () => number = () => Date.now();

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  /**
   * The next `times` calls of `method` fail like Slack would (error code, or 429 with Retry-After seconds);
   * with `channel`, only calls for that channel.
   */
  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  /**
   * The bot user is not (or no longer) a member of `channel`: conversations.info says `is_member: false`, as
   * for a public channel nobody invited Oogst to. Every other channel counts as joined.
   */
  markNotJoined(channel: string): void {
    this.notJoined.add(channel);
  }

  /** Someone invited the bot (/invite @Oogst): `channel` is joined again. */
  markJoined(channel: string): void {
    this.notJoined.delete(channel);
  }

  /** Answers `method` with a custom body (e.g. apps.connections.open for Socket Mode). */
  answerWith(method: string, answer: (args: Record<string, unknown>) => Record<string, unknown>): void {
    this.overrides.set(method, answer);
  }

  /** The underlying HTTP server, e.g. to attach a WebSocket server for Socket Mode. */
  get httpServer(): http.Server {
    if (!this.server) throw new Error('fake Slack not started');
    return this.server;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.failures.clear();
    this.messages.length = 0;
    this.notJoined.clear();
  }

  /** Waits until a call of `method` matching `where` has been recorded (listeners run after the HTTP ack). */
  async waitFor(method: string, where: (call: RecordedCall) => boolean = () => true, timeoutMs = 5_000): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((c) => c.method === method && where(c));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`fake Slack: no ${method} call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async waitForResponse(id: string, timeoutMs = 5_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.responses.find((r) => r.id === id);
      if (found) return found.body;
      if (Date.now() > deadline) throw new Error(`fake Slack: nothing posted to response_url ${id}; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections?.();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0];
    if (path.startsWith('/response/')) {
      this.responses.push({ id: path.slice('/response/'.length), body: JSON.parse(raw || '{}') });
      return send(res, 200, { ok: true });
    }
    if (!path.startsWith('/api/')) return send(res, 404, { ok: false, error: 'not_found' });
    const method = path.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type']);
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || (typeof args.token === 'string' ? args.token : undefined);
    this.calls.push({ method, args, token, at: Date.now() });
    const failure = this.takeFailure(method, args);
    if (failure && 'ratelimited' in failure) {
      res.setHeader('Retry-After', String(failure.ratelimited));
      return send(res, 429, { ok: false, error: 'ratelimited' });
    }
    if (failure && 'slowMs' in failure) {
      await new Promise((resolve) => setTimeout(resolve, failure.slowMs));
      return send(res, 200, this.answer(method, args));
    }
    if (failure && 'lost' in failure) {
      this.answer(method, args);
      return send(res, 503, { ok: false, error: 'service_unavailable' });
    }
    if (failure) return send(res, 200, { ok: false, error: failure.error });
    return send(res, 200, this.answer(method, args));
  }

  private takeFailure(method: string, args: Record<string, unknown>): Failure | undefined {
    const queue = this.failures.get(method) ?? [];
    const index = queue.findIndex((f) => f.channel === undefined || f.channel === args.channel);
    return index < 0 ? undefined : queue.splice(index, 1)[0];
  }

  private ts(): string {
    this.counter += 1;
    return `${Math.floor(this.tsClock() / 1000)}.${String(this.counter).padStart(6, '0')}`;
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const override = this.overrides.get(method);
    if (override) return override(args);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://oogst-test.slack.com/', team: 'Oogst test', user: 'oogst', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId, is_enterprise_install: false };
      case 'chat.postMessage': {
        const message: StoredMessage = { channel: String(args.channel), ts: this.ts(), text: args.text, bot_id: this.botId, ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}), ...(args.metadata ? { metadata: args.metadata } : {}) };
        this.messages.push(message);
        return { ok: true, channel: args.channel, ts: message.ts, message: { type: 'message', text: args.text, bot_id: this.botId } };
      }
      case 'conversations.history':
        return this.history(args);
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.ts() };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${this.counter + 1}`, ...(args.view as object) } };
      case 'conversations.info':
        return this.conversationInfo(String(args.channel ?? ''));
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? 'X').slice(0, 20)}` } };
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: user.id, team_id: this.teamId, name: user.name, real_name: user.realName, locale: user.locale, profile: { real_name: user.realName, display_name: user.name, email: user.email } } };
      }
      case 'users.lookupByEmail': {
        const user = [...this.users.values()].find((u) => u.email === args.email);
        return user ? { ok: true, user: { id: user.id } } : { ok: false, error: 'users_not_found' };
      }
      case 'oauth.v2.access':
        return {
          ok: true, app_id: 'A0OOGST01', authed_user: { id: 'U0INSTALL1' }, scope: 'chat:write,commands', token_type: 'bot',
          access_token: 'xoxb-installed-token', bot_user_id: this.botUserId, team: { id: 'T0INSTALL1', name: 'Installed school' },
          enterprise: null, is_enterprise_install: false,
        };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /**
   * conversations.info (https://api.slack.com/methods/conversations.info): a DM (D...) is an IM without
   * is_member; any other id a public channel, joined unless markNotJoined said otherwise.
   */
  private conversationInfo(id: string): Record<string, unknown> {
    if (!id) return { ok: false, error: 'channel_not_found' };
    const created = 1_700_000_000;
    if (id.startsWith('D')) return { ok: true, channel: { id, created, is_im: true, is_org_shared: false, user: 'U0MEMBER1', is_user_deleted: false, priority: 0 } };
    return {
      ok: true,
      channel: {
        id, name: id.toLowerCase(), is_channel: true, is_group: false, is_im: false, is_mpim: false, is_private: false, created,
        is_archived: false, is_general: false, unlinked: 0, name_normalized: id.toLowerCase(), is_shared: false, is_org_shared: false,
        is_pending_ext_shared: false, pending_shared: [], context_team_id: this.teamId, parent_conversation: null, creator: 'U0COORD01',
        is_ext_shared: false, shared_team_ids: [this.teamId], pending_connected_team_ids: [], is_member: !this.notJoined.has(id),
        topic: { value: '', creator: '', last_set: 0 }, purpose: { value: '', creator: '', last_set: 0 }, previous_names: [],
      },
    };
  }

  /**
   * conversations.history: top-level messages (no thread replies) newest first, between `oldest` and `latest`
   * (exclusive), `limit` per page with a cursor; metadata only with include_all_metadata, like Slack.
   */
  private history(args: Record<string, unknown>): Record<string, unknown> {
    const oldest = Number(args.oldest ?? 0);
    const latest = args.latest === undefined ? Infinity : Number(args.latest);
    const limit = Math.min(Number(args.limit ?? 100), 999);
    const offset = Number(args.cursor ?? 0);
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
    const all = this.messages
      .filter((m) => m.channel === args.channel && !m.thread_ts && Number(m.ts) > oldest && Number(m.ts) < latest)
      .reverse();
    const page = all.slice(offset, offset + limit).map(({ channel: _channel, metadata, ...m }) => ({ type: 'message', ...m, ...(withMetadata && metadata ? { metadata } : {}) }));
    const more = offset + limit < all.length;
    return { ok: true, messages: page, has_more: more, ...(more ? { response_metadata: { next_cursor: String(offset + limit) } } : {}) };
  }
}


function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? tryJson(value) : value;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: http.ServerResponse, status: number, body: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
