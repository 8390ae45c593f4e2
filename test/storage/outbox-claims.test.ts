/** The outbox claim protocol on both databases: of two connections racing for a row exactly one wins; leases expire. */
import { Repositories } from '../../src/domain/ports';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';

describeEachDatabase('outbox claims', (testDb) => {
  let one: Database;
  let two: Database;
  let repos1: Repositories;
  let repos2: Repositories;
  let promptId: string;
  let bindingIds: string[];
  const now = new Date('2027-01-12T08:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  beforeAll(async () => {
    one = await openDatabase(testDb().url);
    two = await openDatabase(testDb().url);
    [repos1, repos2] = [createRepositories(one.prisma), createRepositories(two.prisma)];
    const partnership = await one.prisma.partnership.create({ data: { name: 'P', nameKey: 'p' } });
    bindingIds = [];
    for (let i = 0; i < 40; i++) {
      bindingIds.push((await one.prisma.channelBinding.create({ data: { partnershipId: partnership.id, platform: 'slack', workspaceId: 'T', channelId: `C${i}`, conversationRef: '{}' } })).id);
    }
    promptId = (await repos1.prompts.createOnce({ partnershipId: partnership.id, slotKey: 's1', focusCode: 'kwaliteit', opensAt: now, closesAt: later(86_400_000) })).prompt.id;
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('lets exactly one of two connections claim each planned row', async () => {
    const rows = await repos1.prompts.planPosts(promptId, bindingIds);
    const results = await Promise.all(rows.flatMap((row) => [
      repos1.prompts.outbox.claim(row.id, 'a', now, later(60_000)).then((won) => ({ row: row.id, won })),
      repos2.prompts.outbox.claim(row.id, 'b', now, later(60_000)).then((won) => ({ row: row.id, won })),
    ]));
    for (const row of rows) expect(results.filter((r) => r.row === row.id && r.won)).toHaveLength(1);
    expect(await one.prisma.promptPost.count({ where: { promptId, state: 'posting' } })).toBe(rows.length);
  });

  it('keeps a held lease, hands an expired one over, and completes only for the holder', async () => {
    const [row] = await repos1.prompts.posts(promptId);
    const holder = (await one.prisma.promptPost.findUniqueOrThrow({ where: { id: row.id } })).claimToken!;
    const other = holder === 'a' ? 'b' : 'a';
    expect(await repos2.prompts.outbox.claim(row.id, other, later(30_000), later(90_000))).toBe(false);
    expect(await repos1.prompts.outbox.renew(row.id, holder, later(120_000))).toBe(true);
    expect(await repos2.prompts.outbox.claim(row.id, other, later(90_000), later(150_000))).toBe(false);
    expect(await repos2.prompts.outbox.claim(row.id, other, later(120_000), later(180_000))).toBe(true);
    expect(await repos1.prompts.outbox.complete(row.id, holder, 'm-old')).toBe(false);
    expect(await repos1.prompts.outbox.renew(row.id, holder, later(200_000))).toBe(false);
    expect(await repos2.prompts.outbox.complete(row.id, other, 'm1')).toBe(true);
    expect(await one.prisma.promptPost.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ state: 'posted', messageId: 'm1', attempts: 2, claimToken: null });
    expect(await repos1.prompts.outbox.claim(row.id, 'c', later(999_999), later(9_999_999))).toBe(false); // posted stays posted
  });

  it('releases a row for a retry after a given time, and fails a row for good', async () => {
    const [, row] = await repos1.prompts.posts(promptId);
    const holder = (await one.prisma.promptPost.findUniqueOrThrow({ where: { id: row.id } })).claimToken!;
    await repos1.prompts.outbox.release(row.id, holder, later(300_000), 'retryable');
    expect(await one.prisma.promptPost.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ state: 'planned', error: 'retryable', claimToken: null });
    expect(await repos2.prompts.outbox.claim(row.id, 'x', later(200_000), later(260_000))).toBe(false);
    expect(await repos2.prompts.outbox.claim(row.id, 'x', later(300_000), later(360_000))).toBe(true);
    await repos2.prompts.outbox.fail(row.id, 'channel gone');
    expect(await one.prisma.promptPost.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ state: 'failed', error: 'channel gone' });
    expect(await repos1.prompts.outbox.claim(row.id, 'y', later(9_999_999), later(99_999_999))).toBe(false);
  });

  it('records a reminder once per prompt and person, also when two connections race', async () => {
    const person = await one.prisma.person.create({ data: { displayName: 'X' } });
    const claims = await Promise.all([repos1.rhythm.claimReminder(promptId, person.id), repos2.rhythm.claimReminder(promptId, person.id)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('moves the schedule watermark only for the caller that saw its current value', async () => {
    const partnershipId = (await one.prisma.partnership.findFirstOrThrow()).id;
    const schedule = await repos1.schedules.ensure(partnershipId, now);
    const moved = await Promise.all([
      repos1.schedules.advanceCheckedUntil(partnershipId, schedule.slotsCheckedUntil, later(60_000)),
      repos2.schedules.advanceCheckedUntil(partnershipId, schedule.slotsCheckedUntil, later(60_000)),
    ]);
    expect(moved.filter(Boolean)).toHaveLength(1);
  });
});
