/** The digest's tick rides along in the rhythm scheduler's task: after the rhythm's tick, failures logged, never fatal. */
import { Writable } from 'node:stream';
import { emptyReport } from '../../src/domain/rhythm/rhythm-deps';
import { startRhythmScheduler } from '../../src/scheduler/rhythm.scheduler';
import { createLogger } from '../../src/shared/logger';

describe('the scheduler runs the digest tick', () => {
  it('after the rhythm tick, logs a busy one, and survives a failing one', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger('debug', new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } }));
    const order: string[] = [];
    let fail = false;
    const handle = startRhythmScheduler({ tick: async () => { order.push('rhythm'); return emptyReport(); } }, log, {
      runAtStart: false,
      extraTickers: [{ name: 'digest', tick: async () => { order.push('digest'); if (fail) throw new Error('database gone'); return { planned: 1, sent: 1, failed: 0, expired: 0 }; } }],
    });
    try {
      await handle.runNow();
      fail = true;
      expect(await handle.runNow()).toEqual(emptyReport());
      expect(order).toEqual(['rhythm', 'digest', 'rhythm', 'digest']);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'digest tick', planned: 1, sent: 1 }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'digest tick failed', err: 'Error: database gone' }));
    } finally {
      await handle.stop();
    }
  });
});
