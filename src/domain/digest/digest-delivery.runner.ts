/**
 * Weekly delivery, exactly once: every tick (every minute, on every instance) each active subscription whose slot
 * has come (and was not missed by more than the grace period) gets a DigestDelivery row for the reported week;
 * its unique key (subscription, week) lets only one tick or instance create it. Rows are then sent through the
 * outbox lease (deliverOnce), so a crash or a second instance never posts a week twice. Before sending, the
 * subscriber must still lead the region; a conversation that is gone ends the subscription.
 */
import { isGatewayError } from '../errors';
import type { Platform } from '../model/records';
import type { Clock, DomainLogger, Repositories } from '../ports';
import type { IsoDay } from '../rhythm/calendar-day';
import { deliverOnce } from '../rhythm/outbox-lease';
import { recentSlots } from './digest-period';
import type { DigestDeliveryRecord, DigestGateway, DigestSubscriptionRecord } from './digest.ports';
import type { RegionDigest } from './digest.types';

/** A type, not an interface, so it fits the scheduler's Record<string, number> reports. */
export type DigestTickReport = { planned: number; sent: number; failed: number; expired: number };

/** Planned deliveries older than this are given up: a digest a few days late is no longer this week's news. */
export const DELIVERY_EXPIRY_MS = 3 * 86_400_000;
/** After a retryable failure (rate limit, outage) the next attempt waits this long. */
const RETRY_AFTER_MS = 5 * 60_000;

export interface RunnerDeps {
  repos: Repositories;
  clock: Clock;
  log: DomainLogger;
  options: { leaseMs: number; graceMs: number };
  gatewayFor(platform: Platform): DigestGateway | undefined;
  compute(regionId: string, week: IsoDay): Promise<RegionDigest | null>;
}

export class DigestDeliveryRunner {
  constructor(private readonly deps: RunnerDeps) {}

  async run(now: Date): Promise<DigestTickReport> {
    const report: DigestTickReport = { planned: 0, sent: 0, failed: 0, expired: 0 };
    const { repos, log } = this.deps;
    try {
      report.planned = await this.plan(await repos.digest.listActive(), now);
    } catch (error) {
      log.error({ err: String(error) }, 'digest: planning deliveries failed');
    }
    report.expired = await repos.digest.expireDeliveries(new Date(now.getTime() - DELIVERY_EXPIRY_MS));
    if (report.expired) log.warn({ count: report.expired }, 'digest deliveries given up: too late to be news');
    // One digest per region and week per tick, however many leads and channels receive it.
    const digests = new Map<string, Promise<RegionDigest | null>>();
    for (const delivery of await repos.digest.pendingDeliveries(now)) {
      try {
        const outcome = await this.send(delivery, digests);
        if (outcome === 'sent') report.sent += 1;
        if (outcome === 'failed') report.failed += 1;
      } catch (error) {
        report.failed += 1;
        log.error({ deliveryId: delivery.id, err: String(error) }, 'digest: delivery failed');
      }
    }
    return report;
  }

  /**
   * Creates the delivery of each slot that is due now; the unique key decides between ticks and instances. Slots stay
   * due for the grace period, so existing deliveries are looked up first (one query) instead of re-inserting every
   * minute and letting the unique index refuse it.
   */
  private async plan(subscriptions: readonly DigestSubscriptionRecord[], now: Date): Promise<number> {
    const { repos, log, options } = this.deps;
    const due = subscriptions.flatMap((s) => recentSlots(now, s.weekday, s.time)
      .filter((slot) => slot.at <= now && slot.at >= s.activeSince && now.getTime() - slot.at.getTime() <= options.graceMs)
      .map((slot) => ({ subscription: s, subscriptionId: s.id, weekKey: slot.weekKey })));
    const existing = await repos.digest.existingDeliveries(due);
    let planned = 0;
    for (const { subscription, weekKey } of due.filter((d) => !existing.has(`${d.subscriptionId}|${d.weekKey}`))) {
      if (!(await repos.digest.planDelivery(subscription.id, weekKey, now))) continue;
      planned += 1;
      log.info({ subscriptionId: subscription.id, regionId: subscription.regionId, weekKey }, 'digest delivery planned');
    }
    return planned;
  }

  private async send(delivery: DigestDeliveryRecord, digests: Map<string, Promise<RegionDigest | null>>): Promise<'sent' | 'failed' | 'skipped'> {
    const { repos, clock, log, options } = this.deps;
    const outbox = repos.digest.outbox;
    const subscription = await repos.digest.findById(delivery.subscriptionId);
    if (!subscription?.active) {
      await outbox.fail(delivery.id, 'subscription stopped');
      return 'failed';
    }
    // A lead who lost the role gets nothing more: the subscription ends with the role.
    if (!(await repos.regions.isLead(subscription.personId, subscription.regionId))) {
      await repos.digest.deactivate(subscription.id);
      await outbox.fail(delivery.id, 'no longer a regional lead');
      log.info({ subscriptionId: subscription.id }, 'digest subscription ended: the subscriber no longer leads the region');
      return 'failed';
    }
    const gateway = this.deps.gatewayFor(subscription.platform);
    if (!gateway) return 'skipped'; // that platform is not configured in this process: leave it planned
    const key = `${subscription.regionId}|${delivery.weekKey}`;
    if (!digests.has(key)) digests.set(key, this.deps.compute(subscription.regionId, delivery.weekKey));
    const digest = await digests.get(key);
    if (!digest) {
      await outbox.fail(delivery.id, 'region gone');
      return 'failed';
    }
    const outcome = await deliverOnce(outbox, delivery.id, { clock, log, leaseMs: options.leaseMs }, () => gateway.send(subscription, digest, subscription.locale));
    if (outcome.kind === 'sent') {
      log.info({ deliveryId: delivery.id, subscriptionId: subscription.id, platform: subscription.platform }, 'digest delivered');
      return 'sent';
    }
    if (outcome.kind === 'notClaimed') return 'skipped';
    log.warn({ deliveryId: delivery.id, err: String(outcome.error) }, 'digest not delivered');
    if (isGatewayError(outcome.error) && outcome.error.kind === 'gone') {
      await repos.digest.deactivate(subscription.id);
      await outbox.fail(delivery.id, 'conversation gone');
      return 'failed';
    }
    await outbox.release(delivery.id, outcome.token, new Date(clock.now().getTime() + RETRY_AFTER_MS), 'retryable');
    return 'failed';
  }
}
