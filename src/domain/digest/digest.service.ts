/**
 * The weekly digest for the regional lead: subscribing ("digest abonneer [maandag 08:00]"), stopping, the digest
 * right now for the requester ("digest nu"), computing a region's digest for a week, and tick(): the scheduler's
 * entry point that delivers each subscription's digest once a week (see digest-delivery.runner.ts).
 *
 * Only regional leads may subscribe, in their personal chat or in a channel of the regional entity; a channel
 * linked to a partnership is refused, because its members would see every other partnership's figures.
 */
import { DomainError } from '../errors';
import type { Locale } from '../i18n/locale';
import type { PersonRecord, Platform, RegionRecord } from '../model/records';
import type { Clock, DomainLogger, Repositories } from '../ports';
import { DEFAULT_LEASE_MS } from '../rhythm/outbox-lease';
import type { IsoDay } from '../rhythm/calendar-day';
import { buildDigest } from './digest-builder';
import { dialogueSummary } from './digest-dialogues';
import { DigestDeliveryRunner, type DigestTickReport } from './digest-delivery.runner';
import { digestPeriod, lastCompleteWeek } from './digest-period';
import type { DigestGateway, DigestSubscriptionRecord, DigestTarget } from './digest.ports';
import type { RegionDigest } from './digest.types';

export const DEFAULT_DIGEST_MIN_GROUP = 3;
/** A group of one is one person: the threshold can be raised, never lowered below two (config refuses it too). */
export const MIN_DIGEST_MIN_GROUP = 2;
export const DEFAULT_DIGEST_WEEKDAY = 1;
export const DEFAULT_DIGEST_TIME = '08:00';

export interface DigestOptions {
  /** OOGST_DIGEST_MIN_GROUP: fewer answering people than this and a figure says "te weinig reacties". */
  minGroup: number;
  /** Outbox claim lease. */
  leaseMs: number;
  /** A slot missed during downtime by less than this still goes out (SCHEDULER_GRACE_HOURS). */
  graceMs: number;
}

export type SubscribeOutcome =
  | { ok: true; subscriptions: DigestSubscriptionRecord[]; regions: RegionRecord[] }
  | { ok: false; reason: 'partnershipChannel'; partnership: string };

export class DigestService {
  readonly options: DigestOptions;
  private readonly gateways = new Map<Platform, DigestGateway>();
  private readonly runner: DigestDeliveryRunner;

  constructor(private readonly repos: Repositories, private readonly clock: Clock, log: DomainLogger, options: Partial<DigestOptions> = {}) {
    const minGroup = Math.max(MIN_DIGEST_MIN_GROUP, options.minGroup ?? DEFAULT_DIGEST_MIN_GROUP);
    this.options = { minGroup, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS, graceMs: options.graceMs ?? 6 * 3_600_000 };
    this.runner = new DigestDeliveryRunner({ repos, clock, log, options: this.options, gatewayFor: (p) => this.gateways.get(p), compute: (id, week) => this.compute(id, week) });
  }

  registerGateway(gateway: DigestGateway): void {
    this.gateways.set(gateway.platform, gateway);
  }

  /** The regions this person leads; refused (ACCESS.REGION_LEAD_REQUIRED) for anyone else, admins included. */
  async leadRegions(person: PersonRecord): Promise<RegionRecord[]> {
    const regions = await this.repos.regions.ledBy(person.id);
    if (!regions.length) throw new DomainError('ACCESS.REGION_LEAD_REQUIRED');
    return regions;
  }

  async subscribe(person: PersonRecord, target: DigestTarget, when: { weekday?: number; time?: string }, locale: Locale): Promise<SubscribeOutcome> {
    const regions = await this.leadRegions(person);
    if (target.kind === 'channel') {
      const binding = await this.repos.bindings.findByChannel(target.platform, target.workspaceId, target.targetKey);
      const partnership = binding?.active ? await this.repos.partnerships.findById(binding.partnershipId) : null;
      if (partnership) return { ok: false, reason: 'partnershipChannel', partnership: partnership.name };
    }
    const now = this.clock.now();
    const weekday = when.weekday ?? DEFAULT_DIGEST_WEEKDAY;
    const time = when.time ?? DEFAULT_DIGEST_TIME;
    const subscriptions: DigestSubscriptionRecord[] = [];
    for (const region of regions) {
      subscriptions.push(await this.repos.digest.subscribe({ ...target, regionId: region.id, personId: person.id, locale, weekday, time }, now));
    }
    return { ok: true, subscriptions, regions };
  }

  /** "digest stop" in this conversation, for every region the person leads; how many subscriptions ended. */
  async stop(person: PersonRecord, target: Pick<DigestTarget, 'platform' | 'workspaceId' | 'targetKey'>): Promise<number> {
    const regions = await this.leadRegions(person);
    return this.repos.digest.stop(regions.map((r) => r.id), target);
  }

  /** "digest nu": the last complete week of every region the person leads (only for them). */
  async forRequester(person: PersonRecord): Promise<RegionDigest[]> {
    const regions = await this.leadRegions(person);
    const week = lastCompleteWeek(this.clock.now());
    const digests: RegionDigest[] = [];
    for (const region of regions) {
      const digest = await this.compute(region.id, week);
      if (digest) digests.push(digest);
    }
    return digests;
  }

  /** The digest of a region for the week starting on `week` (a Monday); null for an unknown region. */
  async compute(regionId: string, week: IsoDay): Promise<RegionDigest | null> {
    const region = await this.repos.regions.findById(regionId);
    if (!region) return null;
    const period = digestPeriod(week);
    const now = this.clock.now();
    const stats = await this.repos.digest.stats(region.id, period);
    // Overdue follow-ups can be older than the trend: look back a year (a dialogue table is a few a year at most).
    const facts = await this.repos.digest.dialogueFacts(stats.partnerships.map((p) => p.id), new Date(period.bounds[0].getTime() - 365 * 86_400_000));
    const dialogues = dialogueSummary(facts, new Map(stats.partnerships.map((p) => [p.id, p.name])), period, now);
    return buildDigest({ region: { id: region.id, name: region.name }, period, stats, minGroup: this.options.minGroup, dialogues, now });
  }

  /** The week "digest nu" and a new subscription report on. */
  currentWeek(): IsoDay {
    return lastCompleteWeek(this.clock.now());
  }

  /** One scheduler tick: plans due deliveries (one per subscription per week) and sends them exactly once. */
  tick(now: Date = this.clock.now()): Promise<DigestTickReport> {
    return this.runner.run(now);
  }
}
