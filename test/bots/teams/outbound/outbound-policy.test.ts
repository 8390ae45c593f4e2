import { GatewayError } from '../../../../src/domain/errors';
import { ConnectorCallError, OutboundPolicy } from '../../../../src/bots/teams/outbound/outbound-policy';
import { RateLimiter } from '../../../../src/bots/teams/outbound/rate-limiter';
import { createLogger } from '../../../../src/shared/logger';

const restError = (statusCode: number, retryAfter?: string) =>
  Object.assign(new Error('x'), { statusCode, response: { headers: { get: (n: string) => (n === 'retry-after' ? retryAfter : undefined) } } });

function setup(random = 0.5) {
  const sleeps: number[] = [];
  const policy = new OutboundPolicy(createLogger('silent'), {
    sleep: async (ms) => void sleeps.push(ms),
    random: () => random,
    limiter: new RateLimiter({ thread: [{ limit: 1000, windowMs: 1000 }], tenant: [{ limit: 1000, windowMs: 1000 }] }),
  });
  const target = { conversationId: 'c', tenantId: 't' };
  /** A call that fails with the given errors, then succeeds. */
  const flaky = (...errors: unknown[]) => {
    let calls = 0;
    const fn = async () => {
      calls += 1;
      if (errors.length) throw errors.shift();
      return 'ok';
    };
    return { fn, calls: () => calls };
  };
  return { policy, target, sleeps, flaky };
}

describe('OutboundPolicy', () => {
  it('honours Retry-After (plus a little jitter) and then succeeds', async () => {
    const { policy, target, sleeps, flaky } = setup(0);
    const call = flaky(restError(429, '2'));
    await expect(policy.run(target, 'send', call.fn)).resolves.toBe('ok');
    expect(call.calls()).toBe(2);
    expect(sleeps).toEqual([2000]);
  });

  it('backs off exponentially with jitter when there is no Retry-After', async () => {
    const { policy, target, sleeps, flaky } = setup(1);
    const call = flaky(restError(502), restError(503), restError(504));
    await expect(policy.run(target, 'send', call.fn)).resolves.toBe('ok');
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('stops after four attempts with a retryable failure', async () => {
    const { policy, target, flaky } = setup();
    const call = flaky(...Array.from({ length: 10 }, () => restError(429, '0')));
    const error = await policy.run(target, 'send', call.fn).catch((e: unknown) => e);
    expect(call.calls()).toBe(4);
    expect(error).toBeInstanceOf(ConnectorCallError);
    expect((error as ConnectorCallError).toGatewayError()).toEqual(new GatewayError('retryable', (error as Error).message));
  });

  it('does not wait for a Retry-After beyond its cap', async () => {
    const { policy, target, sleeps, flaky } = setup();
    const call = flaky(restError(429, '3600'));
    await expect(policy.run(target, 'send', call.fn)).rejects.toBeInstanceOf(ConnectorCallError);
    expect(call.calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it.each([403, 404])('does not retry %i: the conversation is gone', async (status) => {
    const { policy, target, flaky } = setup();
    const call = flaky(restError(status));
    const error = (await policy.run(target, 'send', call.fn).catch((e: unknown) => e)) as ConnectorCallError;
    expect(call.calls()).toBe(1);
    expect(error.toGatewayError()).toMatchObject({ name: 'GatewayError', kind: 'gone' });
  });

  it('does not retry a bad request, and does not turn it into a GatewayError', async () => {
    const { policy, target, flaky } = setup();
    const call = flaky(restError(400));
    const error = (await policy.run(target, 'send', call.fn).catch((e: unknown) => e)) as ConnectorCallError;
    expect(call.calls()).toBe(1);
    expect(error.toGatewayError()).toBe(error);
  });
});

describe('OutboundPolicy.bounded (replies while Teams waits for our answer)', () => {
  const target = { conversationId: 'kanaal', tenantId: 't' };
  function policies() {
    const sleeps: number[] = [];
    const background = new OutboundPolicy(createLogger('silent'), {
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0,
      limiter: new RateLimiter({ thread: [{ limit: 2, windowMs: 10_000 }], tenant: [{ limit: 1000, windowMs: 1000 }] }),
    });
    return { background, inTurn: background.bounded(5_000), sleeps };
  }

  it('shares the limits with background posts, and gives up (retryable) instead of queueing past its wait', async () => {
    const { background, inTurn, sleeps } = policies();
    await background.run(target, 'postPrompt', async () => 'ok');
    await inTurn.run(target, 'reply', async () => 'ok');
    let called = false;
    const error = await inTurn.run(target, 'reply', async () => { called = true; }).catch((e: unknown) => e);
    expect(called).toBe(false);
    expect(error).toBeInstanceOf(ConnectorCallError);
    expect((error as ConnectorCallError).failure).toMatchObject({ kind: 'retryable', code: 'local_rate_limit' });
    expect(sleeps).toEqual([]); // it did not sleep first
    // A background post waits its turn instead.
    await expect(background.run(target, 'postPrompt', async () => 'ok')).resolves.toBe('ok');
    expect(sleeps.length).toBeGreaterThan(0);
  });

  it('does not sleep out a Retry-After longer than its wait', async () => {
    const { inTurn, sleeps } = policies();
    const error = await inTurn.run(target, 'reply', async () => { throw restError(429, '12'); }).catch((e: unknown) => e);
    expect((error as ConnectorCallError).failure).toMatchObject({ kind: 'retryable', status: 429 });
    expect(sleeps).toEqual([]);
  });
});
