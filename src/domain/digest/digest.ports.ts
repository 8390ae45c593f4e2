/** Storage and platform ports of the weekly digest; implemented in src/storage/digest and src/bots/<platform>. */
import type { Locale } from '../i18n/locale';
import type { Platform } from '../model/records';
import type { OutboxStore, OutboxState } from '../rhythm/rhythm.ports';
import type { IsoDay } from '../rhythm/calendar-day';
import type { DigestPeriod } from './digest-period';
import type { RegionDigest } from './digest.types';
import type { RegionStats } from './digest-stats.types';

/** Where a digest goes: the lead's personal chat (Teams personal chat, Slack DM) or a channel of the regional entity. */
export interface DigestTarget {
  platform: Platform;
  /** Teams tenant id or Slack team id. */
  workspaceId: string;
  kind: 'personal' | 'channel';
  /** The channel id, or "personal:<platform user id>": one subscription per region per conversation (its unique key). */
  targetKey: string;
  /** What the platform needs to post there later (Teams: a conversation reference; Slack: team, channel or user). */
  conversationRef: string;
}

export interface DigestSubscriptionRecord extends DigestTarget {
  id: string;
  regionId: string;
  /** The lead who subscribed (still checked to be a lead at every delivery). */
  personId: string;
  locale: Locale;
  weekday: number;
  time: string;
  active: boolean;
  /** Slots before this never fire: (re)subscribing does not send last week's digest again. */
  activeSince: Date;
}

export interface NewDigestSubscription extends DigestTarget {
  regionId: string;
  personId: string;
  locale: Locale;
  weekday: number;
  time: string;
}

export interface DigestDeliveryRecord {
  id: string;
  subscriptionId: string;
  weekKey: IsoDay;
  state: OutboxState;
  messageId: string | null;
  attempts: number;
  createdAt: Date;
}

/** What the digest needs of a dialogue table (issue 6): no names, no participants. */
export interface DialogueFact {
  partnershipId: string;
  status: string;
  startsAt: Date;
  durationMinutes: number;
  held: boolean | null;
  followUpAt: Date | null;
  nextStep: string | null;
}

export interface DigestRepository {
  /** The grouped figures of one region over a digest period (GROUP BY queries; no single answer leaves the database). */
  stats(regionId: string, period: DigestPeriod): Promise<RegionStats>;
  /**
   * The dialogue tables of these partnerships that matter for a digest from `since` on: planned ones still to come
   * or started since, and those with a follow-up since. One query (the dialogue repository lists per partnership).
   */
  dialogueFacts(partnershipIds: readonly string[], since: Date): Promise<DialogueFact[]>;
  /** Creates or re-activates the subscription of this region in this conversation (its unique key), with a fresh activeSince. */
  subscribe(subscription: NewDigestSubscription, now: Date): Promise<DigestSubscriptionRecord>;
  /** Switches off the active subscriptions of these regions in this conversation; how many there were. */
  stop(regionIds: string[], target: Pick<DigestTarget, 'platform' | 'workspaceId' | 'targetKey'>): Promise<number>;
  findById(id: string): Promise<DigestSubscriptionRecord | null>;
  listActive(): Promise<DigestSubscriptionRecord[]>;
  deactivate(id: string): Promise<void>;
  /**
   * Records the delivery of a week (unique subscription + week) as created at `now` (the scheduler's clock, which
   * the expiry compares with): false when it exists, so each week goes out once.
   */
  planDelivery(subscriptionId: string, weekKey: IsoDay, now: Date): Promise<boolean>;
  /** Which of these (subscription, week) deliveries exist already, as "subscriptionId|weekKey" (one query per tick). */
  existingDeliveries(pairs: readonly { subscriptionId: string; weekKey: IsoDay }[]): Promise<Set<string>>;
  /** Deliveries to (re)try now: planned, or posting with a lease that ran out. */
  pendingDeliveries(now: Date): Promise<DigestDeliveryRecord[]>;
  deliveries(subscriptionId: string): Promise<DigestDeliveryRecord[]>;
  /** Planned deliveries created before `before` are given up (a digest that old is news no more). */
  expireDeliveries(before: Date): Promise<number>;
  outbox: OutboxStore;
}

/** Posts a digest on one platform (src/bots/<platform>); the presenter and renderers live there. */
export interface DigestGateway {
  readonly platform: Platform;
  send(target: DigestTarget, digest: RegionDigest, locale: Locale): Promise<{ messageId: string }>;
}
