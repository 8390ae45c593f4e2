/**
 * Classifies Bot Connector failures. The SDK (through @azure/core-client) throws a RestError carrying
 * `statusCode`, the service's error `code` (e.g. "BotNotInConversationRoster") and the HTTP response.
 */

export type ConnectorFailure =
  /** The bot was removed from the team/chat or the conversation no longer exists: stop posting there. */
  | { kind: 'gone'; status: number; code?: string }
  /** Throttled or a passing outage: try again, after `retryAfterMs` when the service said so. */
  | { kind: 'retryable'; status?: number; code?: string; retryAfterMs?: number }
  /** Anything else (a bad request, our credentials): retrying will not help. */
  | { kind: 'fatal'; status?: number; code?: string };

/** 412 is what Teams answers when a card update races another one; 502/503/504 are passing outages. */
const RETRYABLE_STATUS = new Set([412, 429, 502, 503, 504]);
const GONE_STATUS = new Set([403, 404]);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

interface ErrorShape {
  statusCode?: unknown;
  code?: unknown;
  response?: { headers?: { get?: (name: string) => string | null | undefined } };
}

export function classifyConnectorError(error: unknown, now: () => number = Date.now): ConnectorFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  const code = typeof shape.code === 'string' ? shape.code : undefined;
  if (status !== undefined && GONE_STATUS.has(status)) return { kind: 'gone', status, ...(code ? { code } : {}) };
  if (status !== undefined && RETRYABLE_STATUS.has(status)) {
    const retryAfterMs = parseRetryAfter(shape.response?.headers?.get?.('retry-after') ?? undefined, now);
    return { kind: 'retryable', status, ...(code ? { code } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status === undefined && code && NETWORK_CODES.has(code)) return { kind: 'retryable', code };
  return { kind: 'fatal', ...(status !== undefined ? { status } : {}), ...(code ? { code } : {}) };
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now: () => number = Date.now): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now()) : undefined;
}

/** A log-safe description of an error: names and codes only, never messages (they may quote user text). */
export function describeError(error: unknown): Record<string, unknown> {
  // A ConnectorCallError (after our retries) carries the classified failure of its last attempt.
  const carried = (error as { failure?: ConnectorFailure } | undefined)?.failure;
  const failure = carried ?? classifyConnectorError(error);
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).map((line) => line.trim()) : [];
  return { errName: name, failure: failure.kind, status: failure.status, code: failure.code, frames };
}
