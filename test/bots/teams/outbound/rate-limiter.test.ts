import { RateLimiter, TEAMS_RATE_RULES } from '../../../../src/bots/teams/outbound/rate-limiter';

/** A clock the test moves by hand; sleep() moves it too, so take() runs without real waiting. */
function fakeTime() {
  let now = 0;
  return { clock: () => now, advance: (ms: number) => void (now += ms), sleep: async (ms: number) => void (now += ms) };
}

describe('RateLimiter (tokens return one window after they were spent)', () => {
  it('allows the limit within a window, then says how long to wait', () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ thread: [{ limit: 3, windowMs: 1000 }] }, time.clock);
    const key = [{ rule: 'thread' as const, key: 'c1' }];
    expect([limiter.tryTake(key), limiter.tryTake(key), limiter.tryTake(key)]).toEqual([0, 0, 0]);
    expect(limiter.tryTake(key)).toBe(1000);
    time.advance(400);
    expect(limiter.tryTake(key)).toBe(600);
    time.advance(600);
    expect(limiter.tryTake(key)).toBe(0);
  });

  it('never lets more than the limit through in any sliding window (unlike a continuously refilled bucket)', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter(TEAMS_RATE_RULES, time.clock);
    const stamps: number[] = [];
    for (let i = 0; i < 200; i++) {
      await limiter.take([{ rule: 'thread', key: 'c1' }, { rule: 'tenant', key: 't1' }], time.sleep);
      stamps.push(time.clock());
      time.advance(i % 3 === 0 ? 0 : 37);
    }
    const maxIn = (windowMs: number) => Math.max(...stamps.map((s) => stamps.filter((x) => x >= s && x < s + windowMs).length));
    expect(maxIn(1_000)).toBeLessThanOrEqual(7);
    expect(maxIn(2_000)).toBeLessThanOrEqual(8);
    expect(maxIn(30_000)).toBeLessThanOrEqual(60);
  });

  it('keeps conversations apart but shares the tenant budget (50 per second)', () => {
    const time = fakeTime();
    const limiter = new RateLimiter(TEAMS_RATE_RULES, time.clock);
    let granted = 0;
    for (let conversation = 0; conversation < 20; conversation++) {
      for (let i = 0; i < 7; i++) if (limiter.tryTake([{ rule: 'thread', key: `c${conversation}` }, { rule: 'tenant', key: 't1' }]) === 0) granted += 1;
    }
    expect(granted).toBe(50);
    expect(limiter.tryTake([{ rule: 'thread', key: 'other' }, { rule: 'tenant', key: 't2' }])).toBe(0);
  });

  it('takes from no bucket when one of them is empty (all or nothing)', () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ a: [{ limit: 1, windowMs: 1000 }], b: [{ limit: 5, windowMs: 1000 }] }, time.clock);
    expect(limiter.tryTake([{ rule: 'a', key: 'x' }])).toBe(0);
    for (let i = 0; i < 3; i++) expect(limiter.tryTake([{ rule: 'a', key: 'x' }, { rule: 'b', key: 'y' }])).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(limiter.tryTake([{ rule: 'b', key: 'y' }])).toBe(0);
  });

  it('take() waits exactly as long as needed', async () => {
    const time = fakeTime();
    const limiter = new RateLimiter({ thread: [{ limit: 1, windowMs: 250 }] }, time.clock);
    const key = [{ rule: 'thread' as const, key: 'c' }];
    expect(await limiter.take(key, time.sleep)).toBe(0);
    expect(await limiter.take(key, time.sleep)).toBe(250);
    expect(time.clock()).toBe(250);
  });

  it('forgets idle conversations', () => {
    const time = fakeTime();
    const limiter = new RateLimiter(TEAMS_RATE_RULES, time.clock);
    for (let i = 0; i < 100; i++) limiter.tryTake([{ rule: 'thread', key: `c${i}` }]);
    expect(limiter.size).toBeGreaterThan(0);
    time.advance(2 * 3_600_000);
    limiter.tryTake([{ rule: 'thread', key: 'fresh' }]);
    expect(limiter.size).toBe(TEAMS_RATE_RULES.thread.length);
  });
});

describe('RateLimiter margin', () => {
  it('gives a spent token back only after its window plus the margin', () => {
    let now = 0;
    const limiter = new RateLimiter({ tenant: [{ limit: 2, windowMs: 1000 }] }, () => now, 50);
    const key = [{ rule: 'tenant' as const, key: 't' }];
    expect([limiter.tryTake(key), limiter.tryTake(key)]).toEqual([0, 0]);
    expect(limiter.tryTake(key)).toBe(1050);
    now = 1000;
    expect(limiter.tryTake(key)).toBe(50); // the plain window has passed; the margin has not
    now = 1050;
    expect(limiter.tryTake(key)).toBe(0);
  });
});
