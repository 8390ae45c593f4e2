/**
 * Web API errors -> what the gateway does about them. Codes from api.slack.com/methods/chat.postMessage#errors.
 * `gone`: this channel will not take posts again without someone acting (archived, deleted, bot removed, app
 * uninstalled). `ratelimited`: wait Retry-After. Everything else is retried later by the scheduler.
 */
export type SlackFailure =
  | { kind: 'ratelimited'; retryAfterMs: number; code: string }
  | { kind: 'gone'; code: string }
  | { kind: 'retryable'; code: string };

const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'token_revoked', 'team_access_not_granted']);

interface WebApiErrorLike {
  code?: string;
  retryAfter?: number;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
  statusCode?: number;
}

export function classifySlackError(error: unknown): SlackFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as WebApiErrorLike;
  if (e.code === 'slack_webapi_rate_limited_error') return { kind: 'ratelimited', retryAfterMs: seconds(e.retryAfter), code: 'ratelimited' };
  if (e.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? 'unknown_error';
    if (code === 'ratelimited') return { kind: 'ratelimited', retryAfterMs: seconds(e.data?.response_metadata?.retryAfter), code };
    return GONE.has(code) ? { kind: 'gone', code } : { kind: 'retryable', code };
  }
  if (e.code === 'slack_webapi_http_error') return { kind: 'retryable', code: `http_${e.statusCode ?? 'error'}` };
  if (e.code === 'slack_webapi_request_error') return { kind: 'retryable', code: 'request_failed' };
  return { kind: 'retryable', code: error instanceof Error ? error.name : 'unknown_error' };
}

/** Retry-After is in seconds; a missing or odd value means one second (Slack's own minimum advice). */
function seconds(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value * 1000) : 1_000;
}
