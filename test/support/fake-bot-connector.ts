/**
 * A local stand-in for the Bot Connector REST API (v3), the service a Teams bot calls to reply, post and update.
 * It speaks the wire protocol botbuilder's ConnectorClient uses, records every request, and answers like the
 * real service: `{ "id": ... }` for sent and updated activities, a ConversationResourceResponse for new
 * conversations, a TeamsChannelAccount for member look-ups, and `{ "error": { code, message } }` on failure.
 * Tests can make it fail (429 with Retry-After, 403 when the bot was removed, 502 ...).
 *
 * Routes (conversation ids arrive URL-encoded, e.g. "19%3Aabc%40thread.tacv2"):
 *   POST /v3/conversations                                      create a conversation (personal chat)
 *   POST /v3/conversations/{conversationId}/activities          send to a conversation
 *   POST /v3/conversations/{conversationId}/activities/{id}     reply to an activity
 *   PUT  /v3/conversations/{conversationId}/activities/{id}     update an activity
 *   GET  /v3/conversations/{conversationId}/members/{memberId}  one member (TeamsInfo.getMember)
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';

export type ConnectorOperation = 'createConversation' | 'send' | 'reply' | 'update' | 'getMember' | 'unknown';

export interface RecordedRequest {
  method: string;
  path: string;
  operation: ConnectorOperation;
  conversationId?: string;
  /** The replied-to or updated activity id, or the member id. */
  targetId?: string;
  authorization?: string;
  body: unknown;
  /** What the fake answered. */
  status: number;
  /** The id it returned, when it returned one. */
  returnedId?: string;
  /** When it arrived (Date.now()), to check rate limits. */
  at: number;
}

export interface Fault {
  status: number;
  retryAfter?: string;
  code?: string;
  /** How many matching requests fail; Infinity for all. */
  times: number;
  match: (request: Pick<RecordedRequest, 'operation' | 'conversationId' | 'targetId'>) => boolean;
}

export interface Member {
  id: string;
  name: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

export class FakeBotConnector {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: Fault[] = [];
  private readonly holds: { ms: number; times: number; match: Fault['match'] }[] = [];
  private readonly members = new Map<string, Member>();
  private nextId = 1_732_800_000_000;

  private constructor(private readonly server: http.Server, readonly url: string) {}

  static async start(): Promise<FakeBotConnector> {
    let connector: FakeBotConnector | undefined;
    const server = http.createServer((req, res) => connector?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    connector = new FakeBotConnector(server, `http://127.0.0.1:${port}/`);
    return connector;
  }

  /** The next `times` matching requests fail with `status` (and Retry-After / error code when given). */
  fail(fault: Partial<Fault> & { status: number }): void {
    this.faults.push({ times: 1, match: () => true, ...fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
    this.holds.length = 0;
  }

  /** The next `times` matching requests are answered `ms` later (a far or busy service). */
  hold(rule: { ms: number; times?: number; match: Fault['match'] }): void {
    this.holds.push({ times: 1, ...rule });
  }

  /** A person the member look-up knows, by Teams id, AAD object id, UPN and e-mail. */
  addMember(member: Member): void {
    for (const key of [member.id, member.aadObjectId, member.userPrincipalName, member.email]) if (key) this.members.set(key.toLowerCase(), member);
  }

  /** Requests recorded since `index` (use `requests.length` before an action as a mark). */
  since(index: number): RecordedRequest[] {
    return this.requests.slice(index);
  }

  /** Waits until a recorded request matches (card updates happen after the bot has answered). */
  async waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`fake Bot Connector: no matching request within ${timeoutMs} ms (saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const hold = this.holds.find((h) => h.times > 0 && h.match(this.route(req.method ?? 'GET', (req.url ?? '/').split('?')[0])));
      if (hold) hold.times -= 1;
      if (hold) setTimeout(() => this.respond(req, res, body), hold.ms);
      else this.respond(req, res, body);
    });
  }

  private respond(req: http.IncomingMessage, res: http.ServerResponse, body: unknown): void {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0];
    const route = this.route(method, path);
    const recorded: RecordedRequest = { method, path, ...route, authorization: req.headers.authorization, body, status: 0, at: Date.now() };
    this.requests.push(recorded);

    const fault = this.faults.find((f) => f.times > 0 && f.match(recorded));
    if (fault) {
      fault.times -= 1;
      recorded.status = fault.status;
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {};
      json(res, fault.status, { error: { code: fault.code ?? `Http${fault.status}`, message: `fake connector answered ${fault.status}` } }, headers);
      return;
    }
    const [status, answer] = this.answer(recorded);
    recorded.status = status;
    const id = (answer as { id?: unknown }).id;
    if (typeof id === 'string') recorded.returnedId = id;
    json(res, status, answer);
  }

  private answer(request: RecordedRequest): [number, unknown] {
    switch (request.operation) {
      case 'createConversation':
        return [201, { id: `a:personal-${this.nextId++}`, activityId: '', serviceUrl: this.url }];
      case 'send':
      case 'reply':
        return [201, { id: String(this.nextId++) }];
      case 'update':
        return [200, { id: request.targetId }];
      case 'getMember': {
        const member = this.members.get((request.targetId ?? '').toLowerCase());
        return member ? [200, { ...member, givenName: member.name.split(' ')[0], tenantId: 'tenant' }] : [404, { error: { code: 'MemberNotFoundInConversation', message: 'member not found' } }];
      }
      default:
        return [404, { error: { code: 'NotFound', message: 'no such route in the fake Bot Connector' } }];
    }
  }

  private route(method: string, path: string): Pick<RecordedRequest, 'operation' | 'conversationId' | 'targetId'> {
    const parts = path.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return { operation: 'unknown' };
    const [conversationId, kind, targetId] = parts.slice(2);
    if (method === 'POST' && parts.length === 2) return { operation: 'createConversation' };
    if (method === 'POST' && kind === 'activities' && parts.length === 4) return { operation: 'send', conversationId };
    if (method === 'POST' && kind === 'activities' && parts.length === 5) return { operation: 'reply', conversationId, targetId };
    if (method === 'PUT' && kind === 'activities' && parts.length === 5) return { operation: 'update', conversationId, targetId };
    if (method === 'GET' && kind === 'members' && parts.length === 5) return { operation: 'getMember', conversationId, targetId };
    return { operation: 'unknown', conversationId };
  }
}

/** The Adaptive Card in an activity body the bot sent (first attachment), or undefined. */
export function cardOf(request: Pick<RecordedRequest, 'body'>): Record<string, unknown> | undefined {
  const attachments = (request.body as { attachments?: { contentType?: string; content?: unknown }[] } | undefined)?.attachments;
  const card = attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  return card as Record<string, unknown> | undefined;
}
