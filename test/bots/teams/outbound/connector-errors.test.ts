import { classifyConnectorError, describeError, parseRetryAfter } from '../../../../src/bots/teams/outbound/connector-errors';

/** Shaped like the RestError botbuilder's ConnectorClient throws (via @azure/core-client). */
function restError(statusCode: number, code?: string, retryAfter?: string) {
  return Object.assign(new Error(`Personal text from the service ${statusCode}`), {
    name: 'RestError',
    statusCode,
    code,
    response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } },
  });
}

describe('classifyConnectorError', () => {
  it.each([403, 404])('%i means the bot is gone from the conversation', (status) => {
    expect(classifyConnectorError(restError(status, 'BotNotInConversationRoster'))).toEqual({ kind: 'gone', status, code: 'BotNotInConversationRoster' });
  });

  it.each([412, 429, 502, 503, 504])('%i is retryable', (status) => {
    expect(classifyConnectorError(restError(status)).kind).toBe('retryable');
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(classifyConnectorError(restError(429, undefined, '3'))).toMatchObject({ kind: 'retryable', retryAfterMs: 3000 });
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(parseRetryAfter('Sun, 29 Nov 2026 10:00:05 GMT', () => now)).toBe(5000);
    expect(parseRetryAfter('yesterday-ish', () => now)).toBeUndefined();
    expect(parseRetryAfter('', () => now)).toBeUndefined();
  });

  it('treats network failures as retryable and the rest as fatal', () => {
    expect(classifyConnectorError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).kind).toBe('retryable');
    expect(classifyConnectorError(restError(400, 'BadArgument')).kind).toBe('fatal');
    expect(classifyConnectorError(restError(401)).kind).toBe('fatal');
    expect(classifyConnectorError('a string').kind).toBe('fatal');
  });

  it('describes errors for logs without their messages', () => {
    const described = describeError(restError(429));
    expect(described).toMatchObject({ errName: 'RestError', status: 429, failure: 'retryable' });
    expect(JSON.stringify(described)).not.toContain('Personal text');
  });
});
