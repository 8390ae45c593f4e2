/**
 * A Slack Web API that enforces the documented posting limit: chat.postMessage about one message per second per
 * channel (https://api.slack.com/methods/chat.postMessage#rate_limiting). Over it: HTTP 429 with Retry-After and
 * `ratelimited`, counted as a violation. Tiered methods are counted per minute and workspace, not refused
 * (Slack's tiers are "50+" or "100+" per minute with bursts allowed; the report shows the peaks). Answers
 * users.info for any user, so a benchmark can bring thousands of people.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { LimitRule, WindowLimits } from './window-limit';

export const SLACK_CHANNEL_RULES: LimitRule[] = [{ name: 'channel 1/s', limit: 1, windowMs: 1_000 }];

export interface SlackCall { method: string; channel?: string; at: number; args: Record<string, string> }

export class LimitedSlackApi {
  readonly teamId = 'T0BENCH01';
  readonly botUserId = 'U0BOT0001';
  readonly calls: SlackCall[] = [];
  readonly limits = new WindowLimits();
  latencyMs = 0;
  private counter = 0;

  private constructor(private readonly server: http.Server, readonly url: string) {}

  static async start(): Promise<LimitedSlackApi> {
    let self: LimitedSlackApi | undefined;
    const server = http.createServer((req, res) => self?.handle(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new LimitedSlackApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /** The most calls of `method` in any 60 s window (to compare with Slack's per-minute tiers). */
  peakPerMinute(method: string): number {
    const times = this.calls.filter((c) => c.method === method).map((c) => c.at);
    let peak = 0;
    for (let start = 0, end = 0; end < times.length; end += 1) {
      while (times[end] - times[start] >= 60_000) start += 1;
      peak = Math.max(peak, end - start + 1);
    }
    return peak;
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
      const raw = Buffer.concat(chunks).toString('utf8');
      const method = (req.url ?? '').split('?')[0].replace(/^\/api\//, '');
      const args: Record<string, string> = (req.headers['content-type'] ?? '').includes('json')
        ? (JSON.parse(raw || '{}') as Record<string, string>)
        : Object.fromEntries(new URLSearchParams(raw));
      const reply = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
        const write = () => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
          res.end(JSON.stringify(body));
        };
        if (this.latencyMs > 0) setTimeout(write, this.latencyMs);
        else write();
      };
      const channel = typeof args.channel === 'string' ? args.channel : undefined;
      if (method === 'chat.postMessage' && channel) {
        const retryAfter = this.limits.admit([{ key: channel, rules: SLACK_CHANNEL_RULES }], arrived);
        if (retryAfter) {
          reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(retryAfter) });
          return;
        }
      }
      this.calls.push({ method, channel, at: Date.now(), args });
      reply(200, this.answer(method, args));
    });
  }

  private ts(): string {
    this.counter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.counter % 1_000_000).padStart(6, '0')}`;
  }

  private answer(method: string, args: Record<string, string>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, team: 'Bench', user: 'oogst', team_id: this.teamId, user_id: this.botUserId, bot_id: 'B0BOT0001', is_enterprise_install: false };
      case 'users.info':
        return { ok: true, user: { id: args.user, team_id: this.teamId, name: `user-${args.user}`, real_name: `Persoon ${args.user}`, locale: 'nl-NL', profile: { real_name: `Persoon ${args.user}` } } };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: this.ts() };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.ts() };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? 'X').slice(0, 20)}` } };
      case 'conversations.history':
        return { ok: true, messages: [], has_more: false };
      case 'views.open':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.counter++}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
