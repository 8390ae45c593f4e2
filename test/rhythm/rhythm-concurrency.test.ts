/**
 * Two scheduler instances (separate connections) on one database tick at the same moments over 200+ simulated
 * slots in many partnerships: every slot becomes one prompt, posted exactly once per channel, reminded once
 * per person, closed and summarised once per channel. Some posts fail for a while (retryable) on the way.
 */
import { DEFAULT_SCHEDULE, type ScheduleRecord } from '../../src/domain/rhythm/schedule.types';
import { slotsBetween } from '../../src/domain/rhythm/slot-calculator';
import { describeEachDatabase } from '../support/test-databases';
import { DAY, FakeClock, MINUTE } from './support/fake-clock';
import { FakeGateway } from './support/fake-gateway';
import { addMember, addPartnership, Instance, linkChannel, startInstance } from './support/rhythm-fixture';

const START = new Date('2027-01-04T00:00:00Z');
const END = new Date('2027-07-05T00:00:00Z');
const PARTNERSHIPS = 10;
const REGIONS = ['noord', 'midden', 'zuid'] as const;
/** Half the partnerships share one moment (maximum contention), the rest another. */
const RHYTHMS = [{ weekday: 2, time: '09:00' }, { weekday: 4, time: '14:30' }] as const;

describeEachDatabase('two scheduler instances on one database', (testDb) => {
  const clock = new FakeClock(START);
  const gateway = new FakeGateway();
  let a: Instance;
  let b: Instance;
  const expectedSlots = new Map<string, string[]>();
  const bindingsOf = new Map<string, string[]>();

  beforeAll(async () => {
    [a, b] = await Promise.all([startInstance(testDb().url, clock, gateway), startInstance(testDb().url, clock, gateway)]);
    gateway.delayMs = 3; // posts take a little while, so the two instances interleave
    for (let i = 0; i < PARTNERSHIPS; i++) {
      const partnership = await addPartnership(a.db, { holidayRegion: REGIONS[i % 3] });
      const bindings = [await linkChannel(a.db, partnership.id)];
      if (i % 3 === 0) bindings.push(await linkChannel(a.db, partnership.id));
      bindingsOf.set(partnership.id, bindings.map((x) => x.id));
      await addMember(a.db, partnership.id); // never answers: gets one reminder per prompt
      const rhythm = RHYTHMS[i % 2];
      const holidayPolicy = i % 4 === 3 ? 'skip' : 'move';
      await a.db.prisma.schedule.create({ data: { partnershipId: partnership.id, ...rhythm, holidayPolicy, slotsCheckedUntil: START } });
      const schedule: ScheduleRecord = { ...DEFAULT_SCHEDULE, ...rhythm, holidayPolicy, partnershipId: partnership.id, slotsCheckedUntil: START };
      expectedSlots.set(partnership.id, slotsBetween(schedule, { holidayRegion: REGIONS[i % 3], blackouts: new Set() }, START, END).map((s) => s.key));
    }
  });
  afterAll(async () => {
    await Promise.all([a?.db.close(), b?.db.close()]);
  });

  it('posts every slot exactly once per channel, and reminds and summarises once', async () => {
    const started = Date.now();
    const slotTimes = [...new Set([...expectedSlots.values()].flat())].map((k) => Date.parse(k));
    const moments = new Set<number>();
    for (const t of slotTimes) {
      moments.add(t + 20_000); // the slot's minute
      moments.add(t + 4 * DAY + MINUTE); // 24 h before closing: reminders (and retries of failed posts)
      moments.add(t + 5 * DAY + MINUTE); // closing and summaries
    }
    const total = [...expectedSlots.values()].reduce((n, keys) => n + keys.length, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    let i = 0;
    let paused = false;
    for (const t of [...moments].sort((x, y) => x - y)) {
      if (t > END.getTime() && !paused) {
        // The simulation ends: everyone pauses, so the ticks that close the last prompts create no new ones.
        await a.db.prisma.schedule.updateMany({ data: { pausedUntil: new Date('2099-01-01T00:00:00Z') } });
        paused = true;
      }
      clock.set(new Date(t));
      if (++i % 7 === 0) gateway.failPosts.push('retryable'); // now and then a platform says "later"
      await Promise.all([a.rhythm.tick(), b.rhythm.tick()]);
    }
    clock.set(new Date(END.getTime() + 10 * DAY)); // let everything close
    await Promise.all([a.rhythm.tick(), b.rhythm.tick()]);

    const prompts = await a.db.prisma.prompt.findMany({ orderBy: { opensAt: 'asc' } });
    for (const [partnershipId, keys] of expectedSlots) {
      expect(prompts.filter((p) => p.partnershipId === partnershipId).map((p) => p.slotKey).sort()).toEqual([...keys].sort());
    }
    expect(prompts).toHaveLength(total);
    expect(prompts.every((p) => p.status === 'closed')).toBe(true);

    const expectedPosts = prompts.reduce((n, p) => n + (bindingsOf.get(p.partnershipId)?.length ?? 0), 0);
    const perKey = gateway.postsPerKey();
    expect(perKey.size).toBe(expectedPosts);
    expect([...perKey.values()].filter((n) => n !== 1)).toEqual([]);
    expect(await a.db.prisma.promptPost.count({ where: { state: 'posted' } })).toBe(expectedPosts);

    const reminded = new Set(gateway.reminders.map((r) => `${r.promptId}|${r.recipient.userId}`));
    expect(gateway.reminders).toHaveLength(total);
    expect(reminded.size).toBe(total);

    const summaries = new Set(gateway.summaries.map((s) => `${s.summary.promptId}|${s.bindingId}`));
    expect(gateway.summaries).toHaveLength(expectedPosts);
    expect(summaries.size).toBe(expectedPosts);
    a.log.info({ slots: total, posts: expectedPosts, ticks: moments.size * 2 + 2, ms: Date.now() - started }, 'concurrency run');
  }, 300_000);
});
