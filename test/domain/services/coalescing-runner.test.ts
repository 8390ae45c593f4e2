import { CoalescingRunner } from '../../../src/domain/services/coalescing-runner';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CoalescingRunner', () => {
  it('runs once for a request while idle, and once more for every request made while it runs', async () => {
    let state = 0;
    const seen: number[] = [];
    const runner = new CoalescingRunner(async () => {
      const read = state; // the job reads the current state when it starts
      await tick(20);
      seen.push(read);
    });
    state = 1;
    const first = runner.request('p');
    await tick(1);
    state = 2;
    const during = Array.from({ length: 9 }, () => runner.request('p'));
    await Promise.all([first, ...during]);
    expect(seen).toEqual([1, 2]); // ten requests, two runs, the last one saw the newest state
    await runner.request('p');
    expect(seen).toEqual([1, 2, 2]);
  });

  it('keeps keys apart', async () => {
    const runs: string[] = [];
    const runner = new CoalescingRunner(async (key) => {
      await tick();
      runs.push(key);
    });
    await Promise.all([runner.request('a'), runner.request('b'), runner.request('a')]);
    expect(runs.sort()).toEqual(['a', 'a', 'b']);
  });

  it('goes on after a failed run, and tells the callers of that run', async () => {
    let calls = 0;
    const runner = new CoalescingRunner(async () => {
      calls += 1;
      await tick();
      if (calls === 1) throw new Error('platform down');
    });
    const failed = runner.request('p');
    const queued = runner.request('p');
    await expect(failed).rejects.toThrow('platform down');
    await expect(queued).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });

  it('idle() waits for running and queued work', async () => {
    let done = 0;
    const runner = new CoalescingRunner(async () => {
      await tick(10);
      done += 1;
    });
    void runner.request('a');
    void runner.request('a');
    void runner.request('b');
    await runner.idle();
    expect(done).toBe(3);
  });
});

describe('CoalescingRunner with a minimum gap', () => {
  it('starts a queued run no sooner than the gap after the previous start', async () => {
    const starts: number[] = [];
    const runner = new CoalescingRunner(async () => {
      starts.push(Date.now());
      await tick(5);
    }, { minGapMs: 150 });
    const first = runner.request('p');
    await tick(1);
    await Promise.all([first, runner.request('p'), runner.request('p')]);
    expect(starts).toHaveLength(2);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(145);
  });
});
