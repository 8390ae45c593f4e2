/**
 * RhythmService.tick on a real database (SQLite and PostgreSQL): due slots, late posting within the grace
 * period, skipping beyond it, crash recovery through the outbox, reminders and closing summaries.
 * The platform is the in-memory FakeGateway; time is a FakeClock.
 */
import { describeEachDatabase } from '../support/test-databases';
import { DAY, FakeClock, MINUTE } from './support/fake-clock';
import { FakeGateway } from './support/fake-gateway';
import { addMember, addPartnership, Instance, linkChannel, startInstance } from './support/rhythm-fixture';

const MONDAY = '2027-01-11T11:00:00Z';
const TUESDAY_SLOT = '2027-01-12T08:00:00.000Z'; // 09:00 Amsterdam

describeEachDatabase('rhythm tick', (testDb) => {
  let clock: FakeClock;
  let gateway: FakeGateway;
  let a: Instance;

  beforeAll(async () => {
    clock = new FakeClock(new Date(MONDAY));
    gateway = new FakeGateway();
    a = await startInstance(testDb().url, clock, gateway);
  });
  afterAll(() => a.db.close());

  /** Each test gets its own partnership; channels of earlier tests are switched off so they stay quiet. */
  async function freshPartnership(at = MONDAY) {
    await a.db.prisma.channelBinding.updateMany({ data: { active: false } });
    clock.set(at);
    const partnership = await addPartnership(a.db, { holidayRegion: 'midden' });
    const binding = await linkChannel(a.db, partnership.id);
    await a.rhythm.tick(); // first sight: the default schedule, counting slots from now
    return { partnership, binding };
  }
  const postsFor = (bindingId: string) => gateway.posts.filter((p) => p.bindingId === bindingId);

  it('creates the default schedule lazily and posts a due slot once, at its time', async () => {
    const { partnership, binding } = await freshPartnership();
    expect(await a.db.prisma.schedule.findUnique({ where: { partnershipId: partnership.id } })).toMatchObject({
      cadence: 'weekly', weekday: 2, time: '09:00', timeZone: 'Europe/Amsterdam', windowDays: 5, reminderHours: 24, focusCodes: '', holidayPolicy: 'move',
    });
    expect(postsFor(binding.id)).toHaveLength(0);
    clock.set('2027-01-12T07:59:00Z');
    await a.rhythm.tick();
    expect(postsFor(binding.id)).toHaveLength(0);
    clock.set('2027-01-12T08:00:20Z');
    const report = await a.rhythm.tick();
    expect(report).toMatchObject({ created: 1, posted: 1, late: 0 });
    clock.advance(MINUTE);
    await a.rhythm.tick();
    const [prompt] = await a.db.prisma.prompt.findMany({ where: { partnershipId: partnership.id } });
    expect(prompt).toMatchObject({ slotKey: TUESDAY_SLOT, focusCode: 'kwaliteit', status: 'open' });
    expect(prompt.closesAt.toISOString()).toBe('2027-01-17T08:00:00.000Z');
    expect(postsFor(binding.id)).toEqual([expect.objectContaining({ slotKey: TUESDAY_SLOT })]);
    expect(await a.db.prisma.promptPost.findMany({ where: { promptId: prompt.id } })).toEqual([expect.objectContaining({ state: 'posted', messageId: postsFor(binding.id)[0].messageId, attempts: 1 })]);
  });

  it('continues the focus rotation with the next slot', async () => {
    const { partnership } = await freshPartnership();
    for (const at of ['2027-01-12T08:00:10Z', '2027-01-19T08:00:10Z', '2027-01-26T08:00:10Z']) {
      clock.set(at);
      await a.rhythm.tick();
    }
    const prompts = await a.db.prisma.prompt.findMany({ where: { partnershipId: partnership.id }, orderBy: { opensAt: 'asc' } });
    expect(prompts.map((p) => p.focusCode)).toEqual(['kwaliteit', 'doelstellingen', 'solidariteit']);
  });

  it('posts a slot missed by less than the grace period late, and skips (and logs once) one missed by more', async () => {
    const { partnership, binding } = await freshPartnership();
    clock.set('2027-01-19T12:00:00Z'); // down since Monday: the 12 Jan slot is 7 days old, the 19 Jan one 4 hours
    const report = await a.rhythm.tick();
    expect(report).toMatchObject({ created: 1, late: 1, skipped: 1 });
    await a.rhythm.tick();
    expect(postsFor(binding.id).map((p) => p.slotKey)).toEqual(['2027-01-19T08:00:00.000Z']);
    const skipped = a.log.entries.filter((e) => e.message.includes('missed by more than the grace period') && e.fields.partnershipId === partnership.id);
    expect(skipped).toEqual([expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ slotKey: TUESDAY_SLOT, minutesLate: 7 * 24 * 60 + 240 }) })]);
  });

  it('finishes a post after a crash between the claim and the platform call: after the lease, once', async () => {
    const { partnership, binding } = await freshPartnership();
    clock.set('2027-01-12T08:00:05Z');
    // Instance A claims the row and dies before calling the platform.
    const { prompt } = await a.repos.prompts.createOnce({ partnershipId: partnership.id, slotKey: TUESDAY_SLOT, focusCode: 'kwaliteit', opensAt: new Date(TUESDAY_SLOT), closesAt: new Date(Date.parse(TUESDAY_SLOT) + 5 * DAY) });
    const [row] = await a.repos.prompts.planPosts(prompt.id, [binding.id]);
    expect(await a.repos.prompts.outbox.claim(row.id, 'dead-instance', clock.now(), new Date(clock.now().getTime() + 2 * MINUTE))).toBe(true);
    // The restarted process: a new connection and new services.
    const b = await startInstance(testDb().url, clock, gateway);
    try {
      clock.advance(MINUTE);
      await b.rhythm.tick();
      expect(postsFor(binding.id)).toHaveLength(0); // the lease still holds
      clock.advance(2 * MINUTE);
      await b.rhythm.tick();
      await b.rhythm.tick();
      expect(postsFor(binding.id)).toHaveLength(1);
      expect(await b.db.prisma.promptPost.findUnique({ where: { id: row.id } })).toMatchObject({ state: 'posted', attempts: 2, claimToken: null });
    } finally {
      await b.db.close();
    }
  });

  it('closes at the same local time when the window crosses a DST change', async () => {
    const { partnership } = await freshPartnership('2027-03-22T11:00:00Z');
    clock.set('2027-03-23T08:00:10Z'); // Tuesday 23 March 09:00 CET; Sunday the 28th clocks go forward
    await a.rhythm.tick();
    const prompt = await a.db.prisma.prompt.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    expect(prompt.closesAt.toISOString()).toBe('2027-03-28T07:00:00.000Z'); // 09:00 CEST
  });

  it('posts an outbox row nobody claimed (a crash right after planning) on the next tick, once', async () => {
    const { partnership, binding } = await freshPartnership();
    const prompt = await a.prompts.createNow(partnership.id, 'relaties', 'crashed-delivery');
    await a.repos.prompts.planPosts(prompt.id, [binding.id]);
    clock.advance(MINUTE);
    await Promise.all([a.rhythm.tick(), a.rhythm.tick()]);
    await a.rhythm.tick();
    expect(postsFor(binding.id)).toEqual([expect.objectContaining({ promptId: prompt.id })]);
  });

  it('retries a post the platform refused for now (retryable) on the next tick, not in the same one, once', async () => {
    const { binding } = await freshPartnership();
    gateway.failPosts.push('retryable');
    clock.set('2027-01-12T08:00:05Z');
    await a.rhythm.tick();
    expect(postsFor(binding.id)).toHaveLength(0);
    expect(await a.db.prisma.promptPost.findFirstOrThrow({ where: { bindingId: binding.id } })).toMatchObject({ state: 'planned', error: 'retryable', attempts: 1 });
    clock.advance(MINUTE);
    await a.rhythm.tick();
    await a.rhythm.tick();
    expect(postsFor(binding.id)).toHaveLength(1);
  });

  it('does not post twice when the platform took the post but the process crashed before storing its id, if the gateway can look it up', async () => {
    const { binding } = await freshPartnership();
    gateway.supportsFindPosted = true;
    gateway.failPosts.push('crash');
    try {
      clock.set('2027-01-12T08:00:05Z');
      await a.rhythm.tick();
      clock.advance(5 * MINUTE);
      await a.rhythm.tick();
      const posts = postsFor(binding.id);
      expect(posts).toHaveLength(1);
      const row = await a.db.prisma.promptPost.findFirstOrThrow({ where: { bindingId: binding.id } });
      expect(row).toMatchObject({ state: 'posted', messageId: posts[0].messageId, attempts: 2 });
    } finally {
      gateway.supportsFindPosted = false;
    }
  });

  it('reminds members who have not answered and have reminders on, once, reminderHours before closing', async () => {
    const { partnership, binding } = await freshPartnership();
    const answered = await addMember(a.db, partnership.id);
    const optedOut = await addMember(a.db, partnership.id, { remindersEnabled: false });
    const waiting = await addMember(a.db, partnership.id, { role: 'coordinator' });
    const teamsOnly = await addMember(a.db, partnership.id, { platform: 'teams' });
    clock.set('2027-01-12T08:00:05Z');
    await a.rhythm.tick();
    const prompt = await a.db.prisma.prompt.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    await a.repos.answers.upsert(prompt.id, answered.id, { score: 4, shareAnonymously: false });
    clock.set('2027-01-16T07:59:00Z'); // 24 h 1 min before closing
    await a.rhythm.tick();
    expect(gateway.reminders.filter((r) => r.promptId === prompt.id)).toHaveLength(0);
    clock.set('2027-01-16T08:00:30Z');
    const report = await a.rhythm.tick();
    await a.rhythm.tick();
    const sent = gateway.reminders.filter((r) => r.promptId === prompt.id);
    expect(report.reminders).toBe(1);
    expect(sent).toEqual([expect.objectContaining({ recipient: { platform: 'slack', workspaceId: 'T1', userId: waiting.userId } })]);
    expect(sent[0].context).toMatchObject({ locale: 'nl', messageId: postsFor(binding.id)[0].messageId });
    expect(sent[0].context.text).toMatch(/^Nog even: de vraag over Kwaliteit staat open tot zondag 17 januari, 09:00/);
    const rows = await a.db.prisma.reminder.findMany({ where: { promptId: prompt.id } });
    expect(rows.map((r) => [r.personId, r.sentAt !== null, r.error]).sort()).toEqual([[teamsOnly.id, false, 'unreachable'], [waiting.id, true, null]].sort());
    expect(rows.some((r) => r.personId === optedOut.id || r.personId === answered.id)).toBe(false);
  });

  it('waits with reminders while no platform gateway can send them, and sends them once one can', async () => {
    const { partnership } = await freshPartnership();
    const waiting = await addMember(a.db, partnership.id);
    clock.set('2027-01-12T08:00:05Z');
    await a.rhythm.tick();
    const prompt = await a.db.prisma.prompt.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    Object.assign(gateway, { remind: undefined }); // a gateway without the optional remind()
    try {
      clock.set('2027-01-16T08:00:30Z');
      await a.rhythm.tick();
      expect(await a.db.prisma.reminder.count({ where: { promptId: prompt.id } })).toBe(0);
    } finally {
      delete (gateway as { remind?: unknown }).remind;
    }
    clock.advance(MINUTE);
    await a.rhythm.tick();
    expect(gateway.reminders.filter((r) => r.promptId === prompt.id).map((r) => r.recipient.userId)).toEqual([waiting.userId]);
  });

  it('closes a prompt at the end of its window, refreshes its card, and posts the summary once with quotes when 3 answered', async () => {
    const { partnership, binding } = await freshPartnership();
    const second = await linkChannel(a.db, partnership.id);
    clock.set('2027-01-12T08:00:05Z');
    await a.rhythm.tick();
    const prompt = await a.db.prisma.prompt.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    for (const [score, keyword, scenario] of [[4, 'Samen', 'We delen de begeleiding.'], [5, 'samen', 'Scholen ruilen stageplekken.'], [3, 'Tijd', undefined]] as const) {
      const person = await addMember(a.db, partnership.id);
      await a.repos.answers.upsert(prompt.id, person.id, { score, keyword, scenario, shareAnonymously: scenario !== undefined });
    }
    clock.set('2027-01-17T08:00:30Z');
    const report = await a.rhythm.tick();
    clock.advance(MINUTE);
    await a.rhythm.tick();
    expect(report.summaries).toBe(2); // (prompts of earlier tests close in this tick too, without channels)
    expect(await a.db.prisma.prompt.findUnique({ where: { id: prompt.id } })).toMatchObject({ status: 'closed' });
    expect(gateway.updates.filter((u) => u.bindingId === binding.id)).toEqual([expect.objectContaining({ status: 'closed' })]);
    const summaries = gateway.summaries.filter((s) => s.summary.promptId === prompt.id);
    expect(summaries.map((s) => s.bindingId).sort()).toEqual([binding.id, second.id].sort());
    const parent = postsFor(binding.id)[0].messageId;
    expect(summaries.find((s) => s.bindingId === binding.id)).toMatchObject({ parentMessageId: parent });
    expect(summaries[0].summary).toMatchObject({ answerCount: 3, averageScore: 4, keywords: ['Samen', 'Tijd'], quotes: ['Scholen ruilen stageplekken.', 'We delen de begeleiding.'] });
  });

  it('posts a summary without score, keywords or quotes when fewer than 3 answered', async () => {
    const { partnership } = await freshPartnership();
    clock.set('2027-01-12T08:00:05Z');
    await a.rhythm.tick();
    const prompt = await a.db.prisma.prompt.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    for (const score of [2, 5]) {
      const person = await addMember(a.db, partnership.id);
      await a.repos.answers.upsert(prompt.id, person.id, { score, keyword: 'herkenbaar', scenario: 'Mijn school', shareAnonymously: true });
    }
    clock.set('2027-01-17T08:01:00Z');
    await a.rhythm.tick();
    const [summary] = gateway.summaries.filter((s) => s.summary.promptId === prompt.id);
    expect(summary.summary).toEqual(expect.objectContaining({ answerCount: 2, averageScore: null, keywords: [], quotes: [] }));
  });

  it('picks the holiday region of the region the partnership is (or lies within) before one it spans', async () => {
    const partnership = await addPartnership(a.db);
    expect(await a.repos.schedules.holidayRegion(partnership.id)).toBeNull();
    const link = async (holidayRegion: 'noord' | 'midden' | 'zuid', positioning: string, name: string) => {
      const region = await a.db.prisma.region.create({ data: { name, nameKey: `${name}-${partnership.id}`, holidayRegion } });
      await a.db.prisma.partnershipRegion.create({ data: { partnershipId: partnership.id, regionId: region.id, positioning } });
    };
    await link('zuid', 'spans', 'A-zuid');
    expect(await a.repos.schedules.holidayRegion(partnership.id)).toBe('zuid');
    await link('noord', 'within', 'B-noord');
    expect(await a.repos.schedules.holidayRegion(partnership.id)).toBe('noord');
    await link('midden', 'is_region', 'C-midden');
    expect(await a.repos.schedules.holidayRegion(partnership.id)).toBe('midden');
  });

  it('keeps ticking when one step fails, and logs it', async () => {
    await freshPartnership();
    const original = a.repos.rhythm.promptsAwaitingReminders;
    a.repos.rhythm.promptsAwaitingReminders = async () => {
      throw new Error('database hiccup');
    };
    try {
      clock.set('2027-01-12T08:00:05Z');
      const report = await a.rhythm.tick();
      expect(report.created).toBe(1);
      expect(a.log.entries).toContainEqual(expect.objectContaining({ level: 'error', fields: expect.objectContaining({ step: 'reminders' }) }));
    } finally {
      a.repos.rhythm.promptsAwaitingReminders = original;
    }
  });
});
