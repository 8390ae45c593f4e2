/**
 * Slack's Socket Mode side, on the fake Web API's server (https://api.slack.com/apis/socket-mode):
 * apps.connections.open (app-level token) answers a WebSocket URL; on connect the server says `hello`; it then
 * sends envelopes `{ envelope_id, type, payload, accepts_response_payload }` and the app acknowledges each with
 * `{ envelope_id, payload? }` within 3 s.
 */
import WebSocket from 'ws';
import { FakeSlackApi } from '../../support/fake-slack-api';

export class FakeSocketMode {
  private readonly wss: WebSocket.Server;
  private socket?: WebSocket;
  private readonly acks = new Map<string, (ack: Record<string, unknown>) => void>();
  private counter = 0;

  constructor(private readonly fake: FakeSlackApi) {
    this.wss = new WebSocket.Server({ server: fake.httpServer, path: '/socket' });
    this.wss.on('connection', (socket: WebSocket) => {
      this.socket = socket;
      socket.on('message', (data: WebSocket.Data) => {
        const ack = JSON.parse(String(data)) as { envelope_id?: string };
        if (ack.envelope_id) this.acks.get(ack.envelope_id)?.(ack);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0OOGST01' } }));
    });
    fake.answerWith('apps.connections.open', () => ({ ok: true, url: `${fake.url.replace(/^http/, 'ws')}/socket` }));
  }

  async connected(timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.socket) {
      if (Date.now() > deadline) throw new Error('the app did not open a Socket Mode connection');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends one envelope and resolves with the app's acknowledgement. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: object, timeoutMs = 3_000): Promise<Record<string, unknown>> {
    if (!this.socket) throw new Error('no Socket Mode connection');
    this.counter += 1;
    const envelopeId = `env-${this.counter}`;
    const acked = new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`envelope ${envelopeId} not acknowledged within ${timeoutMs} ms`)), timeoutMs);
      this.acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    this.socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
