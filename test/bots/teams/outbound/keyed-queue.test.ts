import { KeyedQueue } from '../../../../src/bots/teams/outbound/keyed-queue';

describe('KeyedQueue', () => {
  it('runs tasks of one key in order, one at a time, and other keys alongside', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('a1', 30)), queue.run('a', task('a2', 1)), queue.run('b', task('b1', 1))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('idle() waits for queued work', async () => {
    const queue = new KeyedQueue();
    let done = 0;
    for (const key of ['a', 'a', 'b']) void queue.run(key, () => new Promise<void>((resolve) => setTimeout(() => resolve(void (done += 1)), 10)));
    await queue.idle();
    expect(done).toBe(3);
  });

  it('continues after a failing task and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.size).toBe(0);
  });
});
