/** The per-channel pacer on a fake clock: one message per second per channel, queueing, Retry-After. */
import { ChannelPacer, PacerClock } from '../../../src/bots/slack/gateway/channel-pacer';

class FakeClock implements PacerClock {
  t = 1_000_000;
  readonly sleeps: number[] = [];
  now = () => this.t;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.t += ms;
  };
}

describe('ChannelPacer', () => {
  it('lets the first message through at once and spaces the next ones a second apart', async () => {
    const clock = new FakeClock();
    const pacer = new ChannelPacer(1_000, clock);
    await pacer.wait('T1:C1');
    await pacer.wait('T1:C1');
    await pacer.wait('T1:C1');
    expect(clock.sleeps).toEqual([1_000, 1_000]);
  });

  it('does not make different channels wait for each other', async () => {
    const clock = new FakeClock();
    const pacer = new ChannelPacer(1_000, clock);
    await pacer.wait('T1:C1');
    await pacer.wait('T1:C2');
    await pacer.wait('T2:C1');
    expect(clock.sleeps).toEqual([]);
  });

  it('only waits for what is left of the second', async () => {
    const clock = new FakeClock();
    const pacer = new ChannelPacer(1_000, clock);
    await pacer.wait('C1');
    clock.t += 700;
    await pacer.wait('C1');
    expect(clock.sleeps).toEqual([300]);
    clock.t += 5_000;
    await pacer.wait('C1');
    expect(clock.sleeps).toEqual([300]);
  });

  it('queues concurrent callers one slot after the other', async () => {
    const clock = { t: 0, now: () => 0, sleep: jest.fn(async (_ms: number) => undefined) };
    const pacer = new ChannelPacer(1_000, clock);
    await Promise.all([pacer.wait('C1'), pacer.wait('C1'), pacer.wait('C1')]);
    expect(clock.sleep.mock.calls.map(([ms]) => ms)).toEqual([1_000, 2_000]);
  });

  it('holds a channel back for Retry-After', async () => {
    const clock = new FakeClock();
    const pacer = new ChannelPacer(1_000, clock);
    await pacer.wait('C1');
    pacer.defer('C1', 30_000);
    await pacer.wait('C1');
    expect(clock.sleeps).toEqual([30_000]);
    await pacer.wait('C2');
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('forgets idle channels when it tracks many', async () => {
    const clock = new FakeClock();
    const pacer = new ChannelPacer(1_000, clock);
    for (let i = 0; i < 1_500; i += 1) await pacer.wait(`C${i}`);
    clock.t += 10_000;
    await pacer.wait('C-new');
    expect((pacer as unknown as { nextSlot: Map<string, number> }).nextSlot.size).toBe(1);
  });
});
