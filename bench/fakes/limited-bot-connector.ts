/**
 * A Bot Connector (v3 REST) that enforces Teams' documented limits: per bot per conversation 7/1 s, 8/2 s,
 * 60/30 s, 1800/h; per app per tenant 50/1 s. Over a limit it answers 429 with Retry-After, as Teams does,
 * and counts a violation. Every accepted call is recorded with its arrival time. `latencyMs` delays each
 * answer, to play a platform that is not on this machine.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { LimitRule, WindowLimits } from './window-limit';

export const TEAMS_THREAD_RULES: LimitRule[] = [
  { name: 'thread 7/1s', limit: 7, windowMs: 1_000 },
  { name: 'thread 8/2s', limit: 8, windowMs: 2_000 },
  { name: 'thread 60/30s', limit: 60, windowMs: 30_000 },
  { name: 'thread 1800/h', limit: 1_800, windowMs: 3_600_000 },
];
export const TEAMS_TENANT_RULES: LimitRule[] = [{ name: 'tenant 50/1s', limit: 50, windowMs: 1_000 }];

export type TeamsOperation = 'createConversation' | 'send' | 'reply' | 'update' | 'other';

export interface TeamsCall { operation: TeamsOperation; conversationId: string; at: number; body: unknown }

export class LimitedBotConnector {
  readonly calls: TeamsCall[] = [];
  readonly limits = new WindowLimits();
  latencyMs = 0;
  private nextId = 1_800_000_000_000;
  private readonly created = new Map<string, string>();

  private constructor(private readonly server: http.Server, readonly url: string, private readonly tenantOf: (conversationId: string) => string) {}

  /** `tenantOf` maps a conversation to its tenant (the real service knows it from the conversation id). */
  static async start(tenantOf: (conversationId: string) => string): Promise<LimitedBotConnector> {
    let self: LimitedBotConnector | undefined;
    const server = http.createServer((req, res) => self?.handle(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new LimitedBotConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, tenantOf);
    return self;
  }

  count(operation: TeamsOperation): number {
    return this.calls.filter((c) => c.operation === operation).length;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const arrived = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const [operation, conversationId, activityId] = route(req.method ?? 'GET', (req.url ?? '/').split('?')[0]);
      const key = conversationId || `personal:${(body as { members?: { id?: string }[] })?.members?.[0]?.id ?? '?'}`;
      // A new personal chat belongs to the tenant named in the request; later posts to it count there too.
      const tenant = conversationId ? (this.created.get(conversationId) ?? this.tenantOf(conversationId)) : String((body as { tenantId?: string })?.tenantId ?? '?');
      const retryAfter = this.limits.admit([{ key, rules: TEAMS_THREAD_RULES }, { key: tenant, rules: TEAMS_TENANT_RULES }], arrived);
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        const write = () => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
          res.end(JSON.stringify(payload));
        };
        if (this.latencyMs > 0) setTimeout(write, this.latencyMs);
        else write();
      };
      if (retryAfter) {
        reply(429, { error: { code: 'TooManyRequests', message: 'rate limit exceeded' } }, { 'retry-after': String(retryAfter) });
        return;
      }
      this.calls.push({ operation, conversationId: key, at: Date.now(), body });
      if (operation === 'createConversation') {
        const id = `a:personal-${this.nextId++}`;
        this.created.set(id, tenant);
        reply(201, { id });
      } else if (operation === 'send' || operation === 'reply') reply(201, { id: String(this.nextId++) });
      else if (operation === 'update') reply(200, { id: activityId });
      else reply(404, { error: { code: 'NotFound', message: 'no such route' } });
    });
  }
}

function route(method: string, path: string): [TeamsOperation, string, string?] {
  const parts = path.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
  if (parts[0] !== 'v3' || parts[1] !== 'conversations') return ['other', ''];
  if (method === 'POST' && parts.length === 2) return ['createConversation', ''];
  if (method === 'POST' && parts[3] === 'activities' && parts.length === 4) return ['send', parts[2]];
  if (method === 'POST' && parts[3] === 'activities' && parts.length === 5) return ['reply', parts[2], parts[4]];
  if (method === 'PUT' && parts[3] === 'activities' && parts.length === 5) return ['update', parts[2], parts[4]];
  return ['other', parts[2] ?? ''];
}
