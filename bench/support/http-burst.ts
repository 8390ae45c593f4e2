/**
 * Fires prepared HTTP requests all at once (N concurrent connections, as N people pressing "send" together) and
 * times each one to its complete response: the acknowledgement the platform waits for. node:http with a fresh
 * agent per burst, so every burst pays for its connections like platform traffic would; lighter than fetch, so
 * the load generator takes less of the machine's two cores from the server.
 */
import http from 'node:http';
import { BurstStats, percentile } from './stats';

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Response { status: number; body: string; ms: number }

function send(agent: http.Agent, base: URL, request: PreparedRequest): Promise<Response> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method: 'POST', path: request.path, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, body: String(error), ms: performance.now() - started }));
    req.end(request.body);
  });
}

export interface BurstResult { stats: BurstStats; responses: Response[] }

/** Sends every request at once; `ok` decides per response whether the acknowledgement was the expected one. */
export async function burst(baseUrl: string, requests: PreparedRequest[], ok: (response: Response) => boolean): Promise<BurstResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const base = new URL(baseUrl);
  const started = performance.now();
  const responses = await Promise.all(requests.map((request) => send(agent, base, request)));
  const elapsed = performance.now() - started;
  agent.destroy();
  const latencies = responses.map((r) => r.ms);
  return {
    responses,
    stats: {
      n: requests.length,
      throughput: requests.length / (elapsed / 1000),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      failures: responses.filter((r) => !ok(r)).length,
    },
  };
}
