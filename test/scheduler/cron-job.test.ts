import pino from 'pino';
import { startCronJob } from '../../src/scheduler/cron-job';

const silent = pino({ level: 'silent' });
const never = '0 0 1 1 *'; // the cron trigger itself is node-cron's; these tests drive runNow()

describe('startCronJob', () => {
  it('runs the job and hands its report to onDone', async () => {
    const done: string[] = [];
    const job = startCronJob({ name: 't1', pattern: never, runAtStart: false, work: async () => 7, onDone: (r, trigger) => done.push(`${trigger}:${r}`), failureMessage: 'x' }, silent);
    expect(await job.runNow()).toBe(7);
    expect(done).toEqual(['manual:7']);
    await job.stop();
  });

  it('never runs twice at once, and stop() waits for the run in progress', async () => {
    let release!: () => void;
    let runs = 0;
    const job = startCronJob({ name: 't2', pattern: never, runAtStart: false, work: () => { runs += 1; return new Promise<number>((r) => (release = () => r(1))); }, failureMessage: 'x' }, silent);
    const first = job.runNow();
    expect(await job.runNow()).toBeUndefined();
    const stopping = job.stop();
    release();
    await stopping;
    expect(await first).toBe(1);
    expect(runs).toBe(1);
    expect(await job.runNow()).toBeUndefined(); // stopped
  });

  it('logs a failure and carries on', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'error' }, { write: (l: string) => void lines.push(l) });
    let fail = true;
    const job = startCronJob({ name: 't3', pattern: never, runAtStart: false, work: async () => { if (fail) throw new Error('database down'); return 1; }, failureMessage: 'job failed' }, log);
    expect(await job.runNow()).toBeUndefined();
    expect(lines.join('')).toContain('job failed');
    fail = false;
    expect(await job.runNow()).toBe(1);
    await job.stop();
  });

  it('runs once at start when asked', async () => {
    let runs = 0;
    const job = startCronJob({ name: 't4', pattern: never, runAtStart: true, work: async () => ++runs, failureMessage: 'x' }, silent);
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(1);
    await job.stop();
  });
});
