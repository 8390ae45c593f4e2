/**
 * Weekly delivery through the scheduler's exactly-once machinery, with two "instances" (own connections and
 * services) ticking at the same time on one database (SQLite and PostgreSQL): one delivery per subscription per week
 * (its unique key), a crashed instance's claim taken over after its lease, a retryable failure tried again later,
 * a gone conversation ending the subscription, a lead who lost the role getting nothing, a missed slot skipped.
 */
import pino from 'pino';
import type { DigestGateway, DigestTarget } from '../../src/domain/digest/digest.ports';
import type { RegionDigest } from '../../src/domain/digest/digest.types';
import { GatewayError } from '../../src/domain/errors';
import { createServices, Services } from '../../src/domain/services';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { FixedClock } from '../support/app-deps';
import { describeEachDatabase } from '../support/test-databases';
import { GOLDEN, seedRegion, SeededRegion } from './support/golden-region';

class RecordingGateway implements DigestGateway {
  readonly platform = 'slack' as const;
  readonly sent: { target: DigestTarget; week: string }[] = [];
  failNext: Error[] = [];
  delayMs = 0;
  async send(target: DigestTarget, digest: RegionDigest): Promise<{ messageId: string }> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.failNext.shift();
    if (failure) throw failure;
    this.sent.push({ target, week: digest.week });
    return { messageId: `ts-${this.sent.length}` };
  }
}

interface Instance { db: Database; services: Services }

describeEachDatabase('digest delivery, exactly once', (testDb) => {
  const clock = new FixedClock(new Date('2026-11-20T10:00:00Z'));
  const gateway = new RecordingGateway();
  const instances: Instance[] = [];
  let region: SeededRegion;
  let leadId: string;

  async function instance(): Promise<Instance> {
    const db = await openDatabase(testDb().url);
    const services = createServices(createRepositories(db.prisma), clock, pino({ level: 'silent' }), { rhythm: { leaseMs: 60_000, graceMs: 6 * 3_600_000 } });
    services.digest.registerGateway(gateway);
    const made = { db, services };
    instances.push(made);
    return made;
  }

  const target = (key: string): DigestTarget => ({ platform: 'slack', workspaceId: 'T1', kind: 'channel', targetKey: key, conversationRef: JSON.stringify({ teamId: 'T1', channelId: key }) });

  beforeAll(async () => {
    const { db } = await instance();
    await instance();
    region = await seedRegion(db.prisma, 'Regio Bezorging', GOLDEN);
    const lead = await db.prisma.person.create({ data: { displayName: 'Lies Leider' } });
    leadId = lead.id;
    await db.prisma.regionRole.create({ data: { personId: lead.id, regionId: region.regionId, role: 'lead' } });
  });
  afterAll(async () => {
    for (const i of instances) await i.db.close();
  });

  it('two instances ticking together deliver each subscription once for the week', async () => {
    const [a, b] = instances;
    const lead = { id: leadId, displayName: 'Lies Leider', email: null, locale: 'nl' as const, remindersEnabled: true };
    expect((await a.services.digest.leadRegions(lead)).map((r) => r.id)).toEqual([region.regionId]);
    await a.services.digest.subscribe(lead, target('C1'), {}, 'nl');
    await a.services.digest.subscribe(lead, target('C2'), { weekday: 1, time: '08:00' }, 'en');
    gateway.delayMs = 50; // both instances are inside the send at the same time
    clock.current = new Date('2026-11-23T07:00:10Z'); // Monday 08:00:10 Amsterdam
    const reports = await Promise.all([a.services.digest.tick(), b.services.digest.tick(), a.services.digest.tick(), b.services.digest.tick()]);
    gateway.delayMs = 0;
    expect(reports.reduce((n, r) => n + r.planned, 0)).toBe(2);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(gateway.sent.map((s) => `${s.target.targetKey} ${s.week}`).sort()).toEqual(['C1 2026-11-16', 'C2 2026-11-16']);
    // Later the same week: nothing new.
    clock.current = new Date('2026-11-26T07:00:00Z');
    await Promise.all([a.services.digest.tick(), b.services.digest.tick()]);
    expect(gateway.sent).toHaveLength(2);
  });

  it('the next week goes out again; a subscription made after the slot waits for the next one', async () => {
    const [a] = instances;
    clock.current = new Date('2026-11-30T07:30:00Z');
    await a.services.digest.subscribe({ id: leadId, displayName: '', email: null, locale: 'nl', remindersEnabled: true }, target('C3'), {}, 'nl');
    await a.services.digest.tick();
    expect(gateway.sent.slice(2).map((s) => `${s.target.targetKey} ${s.week}`).sort()).toEqual(['C1 2026-11-23', 'C2 2026-11-23']);
  });

  it('takes over a delivery whose instance died after claiming it, once its lease runs out', async () => {
    const [a, b] = instances;
    const sub = await a.db.prisma.digestSubscription.findFirstOrThrow({ where: { targetKey: 'C3' } });
    // Instance a "crashed" mid-send: the row is posting with a lease until 08:32.
    await a.db.prisma.digestDelivery.create({ data: { subscriptionId: sub.id, weekKey: '2026-11-23', state: 'posting', claimToken: 'dead', claimedUntil: new Date('2026-11-30T07:32:00Z'), attempts: 1 } });
    clock.current = new Date('2026-11-30T07:31:00Z');
    expect((await b.services.digest.tick()).sent).toBe(0);
    clock.current = new Date('2026-11-30T07:33:00Z');
    expect((await b.services.digest.tick()).sent).toBe(1);
    const delivery = await b.db.prisma.digestDelivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    expect(delivery).toMatchObject({ state: 'posted', attempts: 2 });
  });

  it('retries a retryable failure later, and ends the subscription when the conversation is gone', async () => {
    const [a] = instances;
    gateway.failNext = [new GatewayError('retryable', 'ratelimited'), new GatewayError('gone', 'channel_not_found')];
    clock.current = new Date('2026-12-07T07:00:30Z');
    const first = await a.services.digest.tick();
    expect(first).toMatchObject({ planned: 3, sent: 1, failed: 2 });
    // The one whose channel is gone ends; the rate-limited one waits.
    expect(await a.db.prisma.digestSubscription.count({ where: { active: true } })).toBe(2);
    expect(await a.db.prisma.digestDelivery.count({ where: { weekKey: '2026-11-30', state: 'planned', error: 'retryable' } })).toBe(1);
    clock.current = new Date('2026-12-07T07:01:30Z');
    expect((await a.services.digest.tick()).sent).toBe(0); // the retry waits five minutes
    clock.current = new Date('2026-12-07T07:06:00Z');
    expect((await a.services.digest.tick()).sent).toBe(1);
  });

  it('skips a slot missed by more than the grace period, and sends nothing to a lead who lost the role', async () => {
    const [a] = instances;
    clock.current = new Date('2026-12-14T15:00:00Z'); // Monday 16:00: eight hours late
    expect((await a.services.digest.tick()).planned).toBe(0);
    await a.db.prisma.regionRole.deleteMany({ where: { personId: leadId } });
    const before = gateway.sent.length;
    clock.current = new Date('2026-12-21T07:00:30Z');
    const report = await a.services.digest.tick();
    expect(report.sent).toBe(0);
    expect(gateway.sent).toHaveLength(before);
    expect(await a.db.prisma.digestSubscription.count({ where: { active: true } })).toBe(0);
  });
});
