/** The node-cron driver: ticks at start and on its pattern, never overlaps, survives a failing tick, stops cleanly. */
import { Writable } from 'node:stream';
import cron from 'node-cron';
import { emptyReport, type TickReport } from '../../src/domain/rhythm/rhythm-deps';
import { startRhythmScheduler, type SchedulerHandle } from '../../src/scheduler/rhythm.scheduler';
import { createLogger } from '../../src/shared/logger';

function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  return { log: createLogger('debug', stream), lines };
}

/** A ticker whose ticks finish when the test says so. */
function controllableTicker() {
  const pending: ((report: TickReport) => void)[] = [];
  let calls = 0;
  return {
    get calls() { return calls; },
    tick: () => { calls += 1; return new Promise<TickReport>((resolve) => pending.push(resolve)); },
    finish(report: Partial<TickReport> = {}) { pending.shift()?.({ ...emptyReport(), ...report }); },
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('rhythm scheduler', () => {
  let handle: SchedulerHandle | undefined;
  afterEach(async () => {
    await handle?.stop();
    handle = undefined;
  });

  it('ticks once at start, skips a tick while one is running, and logs busy ticks', async () => {
    const ticker = controllableTicker();
    const { log, lines } = memoryLogger();
    handle = startRhythmScheduler(ticker, log);
    await flush();
    expect(ticker.calls).toBe(1);
    expect(await handle.runNow()).toBeUndefined(); // overlapping: skipped
    expect(ticker.calls).toBe(1);
    ticker.finish({ created: 2, posted: 2 });
    await flush();
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'rhythm tick', trigger: 'start', created: 2, posted: 2 }));
    const next = handle.runNow();
    ticker.finish();
    expect(await next).toEqual(emptyReport());
    expect(ticker.calls).toBe(2);
  });

  it('registers a named node-cron task that fires on its pattern, and removes it on stop', async () => {
    let calls = 0;
    const { log, lines } = memoryLogger();
    handle = startRhythmScheduler({ tick: async () => { calls += 1; return emptyReport(); } }, log, { pattern: '* * * * * *', runAtStart: false });
    expect([...cron.getTasks().values()].map((t) => t.name)).toContain('oogst-rhythm');
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'rhythm scheduler started', pattern: '* * * * * *' }));
    await handle.stop();
    handle = undefined;
    const after = calls;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(calls).toBe(after);
    expect([...cron.getTasks().values()].map((t) => t.name)).not.toContain('oogst-rhythm');
  });

  it('logs a failing tick and keeps going', async () => {
    const { log, lines } = memoryLogger();
    let fail = true;
    handle = startRhythmScheduler({ tick: async () => { if (fail) throw new Error('database unreachable'); return emptyReport(); } }, log, { runAtStart: false });
    expect(await handle.runNow()).toBeUndefined();
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'rhythm tick failed', err: 'Error: database unreachable' }));
    fail = false;
    expect(await handle.runNow()).toEqual(emptyReport());
  });

  it('waits for a running tick when stopping, and runs nothing after', async () => {
    const ticker = controllableTicker();
    const { log } = memoryLogger();
    handle = startRhythmScheduler(ticker, log);
    await flush();
    let stopped = false;
    const stopping = handle.stop().then(() => { stopped = true; });
    await flush();
    expect(stopped).toBe(false);
    ticker.finish();
    await stopping;
    expect(await handle.runNow()).toBeUndefined();
    expect(ticker.calls).toBe(1);
    handle = undefined;
  });
});
