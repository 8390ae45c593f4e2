/**
 * Stopping during a fan-out (a deploy at 09:00 on a Monday): the tick starts no further partnership once a stop
 * is requested, the posts in progress finish and are stored, and the next process posts the rest; every channel
 * gets its prompt exactly once. SQLite and PostgreSQL.
 */
import { forEachConcurrently } from '../../src/domain/rhythm/concurrently';
import { describeEachDatabase } from '../support/test-databases';
import { FakeClock, MINUTE } from './support/fake-clock';
import { FakeGateway } from './support/fake-gateway';
import { addPartnership, linkChannel, startInstance } from './support/rhythm-fixture';

describe('forEachConcurrently', () => {
  it('starts no item once a stop is requested, and lets the items in progress finish', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    let stop = false;
    await forEachConcurrently(Array.from({ length: 40 }, (_, i) => i), 4, async (i) => {
      started.push(i);
      if (started.length === 6) stop = true;
      await new Promise((resolve) => setTimeout(resolve, 5));
      finished.push(i);
    }, () => stop);
    expect(started).toHaveLength(6);
    expect([...finished].sort((a, b) => a - b)).toEqual([...started].sort((a, b) => a - b));
  });
});

describeEachDatabase('stopping the rhythm in the middle of a fan-out', (testDb) => {
  const SLOT = new Date('2027-01-05T08:00:00Z'); // Tuesday 09:00 in Amsterdam
  const PARTNERSHIPS = 40;

  it('posts what it started, leaves the rest to the next process, and no channel gets its prompt twice', async () => {
    const clock = new FakeClock(new Date(SLOT.getTime() + MINUTE));
    const gateway = new FakeGateway();
    gateway.delayMs = 20;
    const first = await startInstance(testDb().url, clock, gateway);
    const bindings: string[] = [];
    for (let i = 0; i < PARTNERSHIPS; i++) {
      const partnership = await addPartnership(first.db);
      bindings.push((await linkChannel(first.db, partnership.id)).id);
      await first.db.prisma.schedule.create({ data: { partnershipId: partnership.id, weekday: 2, time: '09:00', slotsCheckedUntil: new Date(SLOT.getTime() - MINUTE) } });
    }
    const tick = first.rhythm.tick();
    while (gateway.posts.length < 5) await new Promise((resolve) => setTimeout(resolve, 2));
    first.rhythm.requestStop();
    const report = await tick;
    await first.db.close();
    expect(report.posted).toBeGreaterThanOrEqual(5);
    expect(report.posted).toBeLessThan(PARTNERSHIPS); // it really stopped early
    expect(gateway.posts).toHaveLength(report.posted); // everything it sent is stored (none left "posting")

    const next = await startInstance(testDb().url, clock, gateway);
    try {
      expect(await next.db.prisma.promptPost.count({ where: { state: 'posting' } })).toBe(0);
      await next.rhythm.tick();
      const perChannel = new Map<string, number>();
      for (const post of gateway.posts) perChannel.set(post.bindingId, (perChannel.get(post.bindingId) ?? 0) + 1);
      expect(bindings.filter((id) => perChannel.get(id) !== 1)).toEqual([]);
      expect(await next.db.prisma.prompt.count()).toBe(PARTNERSHIPS);
    } finally {
      await next.db.close();
    }
  });

  it('once stopping, a tick closes, reminds and posts nothing: the next process does it', async () => {
    const clock = new FakeClock(new Date(SLOT.getTime() + MINUTE));
    const gateway = new FakeGateway();
    const stopping = await startInstance(testDb().url, clock, gateway);
    const partnership = await addPartnership(stopping.db);
    await linkChannel(stopping.db, partnership.id);
    await stopping.db.prisma.schedule.create({ data: { partnershipId: partnership.id, weekday: 2, time: '09:00', slotsCheckedUntil: new Date(SLOT.getTime() - MINUTE) } });
    stopping.rhythm.requestStop();
    expect(await stopping.rhythm.tick()).toMatchObject({ created: 0, posted: 0, reminders: 0, closed: 0 });
    await stopping.db.close();
    const next = await startInstance(testDb().url, clock, gateway);
    try {
      expect(await next.rhythm.tick()).toMatchObject({ created: 1, posted: 1 });
    } finally {
      await next.db.close();
    }
  });
});
