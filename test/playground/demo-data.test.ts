/**
 * The playground's demo data: the people and seats the picker offers, the few weeks of history (a pure plan),
 * and seeding on SQLite and PostgreSQL: the first run loads everything, a second run adds nothing.
 */
import pino from 'pino';
import { ANSWER_LIMITS } from '../../src/domain/catalogue';
import { createServices } from '../../src/domain/services';
import { systemClock } from '../../src/domain/ports';
import { PLAYGROUND_TENANT, playgroundChannels, playgroundPersonas } from '../../src/playground/personas';
import { DEMO_WEEKS, demoActivityPlan } from '../../src/playground/seed/demo-activity.plan';
import { PLAYGROUND_PLAN } from '../../src/playground/seed/playground-plan';
import { seedPlayground } from '../../src/playground/seed/playground-seed';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';

const NOW = new Date('2027-03-10T10:00:00Z');

describe('playground people', () => {
  const people = playgroundPersonas(PLAYGROUND_PLAN);

  it('has stable Teams ids derived from names, and the seats of the demo cases', () => {
    const sanne = people.find((p) => p.slug === 'sanne-de-vries')!;
    expect(sanne).toMatchObject({ aadObjectId: 'playground-sanne-de-vries', teamsUserId: '29:playground-sanne-de-vries', seats: [{ channel: 'samen-opleiden-stad-streek', role: 'coordinator' }] });
    const ruud = people.find((p) => p.slug === 'ruud-van-dijk')!;
    // Lead of Binnenmeren: a seat in each partnership of that region, in English.
    expect(ruud.locale).toBe('en');
    expect(ruud.seats.map((s) => s.role)).toEqual(['lead', 'lead', 'lead']);
    expect(new Set(people.map((p) => p.slug)).size).toBe(people.length);
  });

  it('offers a member, a coordinator and a lead in every partnership', () => {
    for (const channel of playgroundChannels(PLAYGROUND_PLAN)) {
      const roles = new Set(people.flatMap((p) => p.seats.filter((s) => s.channel === channel.slug).map((s) => s.role)));
      expect({ channel: channel.slug, roles: [...roles].sort() }).toEqual({ channel: channel.slug, roles: ['coordinator', 'lead', 'member'] });
    }
  });
});

describe('demo history plan', () => {
  const plan = demoActivityPlan(PLAYGROUND_PLAN, NOW);

  it('is deterministic, weekly, closed before now, and covers most focus points', () => {
    expect(demoActivityPlan(PLAYGROUND_PLAN, NOW)).toEqual(plan);
    expect(plan).toHaveLength(PLAYGROUND_PLAN.partnerships.length * DEMO_WEEKS);
    expect(plan.every((p) => p.closesAt.getTime() < NOW.getTime() && p.opensAt < p.closesAt)).toBe(true);
    expect(new Set(plan.map((p) => p.focusCode)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(plan.map((p) => `${p.partnershipName}|${p.slotKey}`)).size).toBe(plan.length);
  });

  it('has answers inside each window, within the answer limits, some shared anonymously and some not', () => {
    const answers = plan.flatMap((p) => p.answers.map((a) => ({ ...a, prompt: p })));
    expect(answers.length).toBeGreaterThan(40);
    for (const a of answers) {
      expect(a.answeredAt.getTime()).toBeGreaterThan(a.prompt.opensAt.getTime());
      expect(a.answeredAt.getTime()).toBeLessThan(a.prompt.closesAt.getTime());
      expect(a.score).toBeGreaterThanOrEqual(1);
      expect(a.score).toBeLessThanOrEqual(5);
      for (const field of ['scenario', 'keyword', 'discussable', 'needed'] as const) expect((a[field] ?? '').length).toBeLessThanOrEqual(ANSWER_LIMITS[field]);
    }
    expect(answers.some((a) => a.shareAnonymously)).toBe(true);
    expect(answers.some((a) => !a.shareAnonymously)).toBe(true);
    // The cases: Stad & Streek scores higher than Binnenmeren on average.
    const mean = (name: string) => {
      const scores = answers.filter((a) => a.prompt.partnershipName.includes(name)).map((a) => a.score);
      return scores.reduce((x, y) => x + y, 0) / scores.length;
    };
    expect(mean('Stad & Streek')).toBeGreaterThan(mean('Binnenmeren'));
  });
});

describeEachDatabase('playground seed', (testDb) => {
  let db: Database;
  const deps = () => ({ prisma: db.prisma, services: createServices(createRepositories(db.prisma), systemClock, pino({ level: 'silent' })), clock: { now: () => NOW }, log: pino({ level: 'silent' }) });
  const counts = async () => ({
    people: await db.prisma.person.count(),
    identities: await db.prisma.platformIdentity.count(),
    roles: await db.prisma.partnershipRole.count(),
    bindings: await db.prisma.channelBinding.count(),
    prompts: await db.prisma.prompt.count(),
    posts: await db.prisma.promptPost.count(),
    answers: await db.prisma.answer.count(),
  });

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads people, identities, one linked channel per partnership and the history on first run', async () => {
    const outcome = await seedPlayground(deps(), 'http://127.0.0.1:3978/playground/connector/');
    const plan = demoActivityPlan(PLAYGROUND_PLAN, NOW);
    expect(outcome).toMatchObject({ kind: 'seeded', bindings: 4, prompts: plan.length, answers: plan.flatMap((p) => p.answers).length });
    const after = await counts();
    expect(after).toMatchObject({ people: PLAYGROUND_PLAN.people.length, identities: PLAYGROUND_PLAN.people.length, bindings: 4, prompts: plan.length, posts: plan.length });
    const binding = await db.prisma.channelBinding.findFirstOrThrow({ where: { workspaceId: PLAYGROUND_TENANT } });
    expect(JSON.parse(binding.conversationRef)).toMatchObject({ channelId: 'msteams', serviceUrl: 'http://127.0.0.1:3978/playground/connector/', conversation: { id: binding.channelId } });
    // Back-dated: the history lies in the past weeks, not today.
    const newest = await db.prisma.answer.findFirstOrThrow({ orderBy: { updatedAt: 'desc' } });
    expect(newest.updatedAt.getTime()).toBeLessThan(NOW.getTime() - 24 * 60 * 60 * 1000);
    expect(await db.prisma.prompt.count({ where: { status: 'open' } })).toBe(0);
  });

  it('adds nothing on a second run, and only points the channels at a new relay URL', async () => {
    const before = await counts();
    expect(await seedPlayground(deps(), 'http://127.0.0.1:3978/playground/connector/')).toEqual({ kind: 'present', repointed: 0 });
    expect(await seedPlayground(deps(), 'http://127.0.0.1:4000/playground/connector/')).toEqual({ kind: 'present', repointed: 4 });
    expect(await counts()).toEqual(before);
    const refs = await db.prisma.channelBinding.findMany({ where: { workspaceId: PLAYGROUND_TENANT } });
    expect(refs.every((b) => JSON.parse(b.conversationRef).serviceUrl === 'http://127.0.0.1:4000/playground/connector/')).toBe(true);
  });

  it('does not bring back what people erased after the first run', async () => {
    const someone = await db.prisma.person.findUniqueOrThrow({ where: { email: 'ahmed.elamrani@stadstreek.example' } });
    await db.prisma.answer.deleteMany({ where: { personId: someone.id } });
    await seedPlayground(deps(), 'http://127.0.0.1:4000/playground/connector/');
    expect(await db.prisma.answer.count({ where: { personId: someone.id } })).toBe(0);
  });
});
