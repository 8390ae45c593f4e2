/** Ordered shutdown with budgets, and the wait-at-most helper under it. */
import { Writable } from 'node:stream';
import { createLogger } from '../../src/shared/logger';
import { shutDownInOrder } from '../../src/shared/shutdown';
import { within } from '../../src/shared/within';

function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  return { log: createLogger('debug', stream), lines };
}

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('within', () => {
  it('gives the value when it comes in time, the stand-in when it does not', async () => {
    expect(await within(after(5, 'er'), 500, 'te laat')).toBe('er');
    expect(await within(after(500, 'er'), 5, 'te laat')).toBe('te laat');
  });

  it('passes a rejection that comes in time on; one after the wait does not surface as unhandled', async () => {
    await expect(within(Promise.reject(new Error('kapot')), 500, 'te laat')).rejects.toThrow('kapot');
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const late = new Promise((_, reject) => setTimeout(() => reject(new Error('later kapot')), 20));
      expect(await within(late, 1, 'te laat')).toBe('te laat');
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

describe('shutDownInOrder', () => {
  it('runs the steps in order; one that overruns or fails is logged and the next still runs', async () => {
    const { log, lines } = memoryLogger();
    const ran: string[] = [];
    await shutDownInOrder([
      { name: 'http', run: async () => { ran.push('http'); }, budgetMs: 100 },
      { name: 'jobs', run: () => { ran.push('jobs'); return after(1_000, undefined); }, budgetMs: 20 },
      { name: 'platforms', run: () => { ran.push('platforms'); throw new Error('weg'); }, budgetMs: 100 },
      { name: 'database', run: async () => { ran.push('database'); }, budgetMs: 100 },
    ], log);
    expect(ran).toEqual(['http', 'jobs', 'platforms', 'database']);
    const warnings = lines.filter((l) => l.level === 40).map((l) => [l.step, l.msg]);
    expect(warnings).toEqual([
      ['jobs', 'shutdown: step took too long, going on without it'],
      ['platforms', 'shutdown: step failed, going on'],
    ]);
  });
});
