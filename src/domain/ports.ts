/**
 * Ports: what the domain needs from storage and platforms. src/storage and src/bots implement them;
 * the domain never imports Prisma or a platform SDK (test/architecture/boundary.test.ts).
 */
import {
  AnswerFields, AnswerRecord, BindingRecord, ChannelRef, PartnershipRecord, PartnershipRoleName, PersonRecord,
  Platform, PlatformUser, Positioning, PromptPostRecord, PromptRecord, RegionRecord,
} from './model/records';
import type { ClosingSummary } from './rhythm/closing-summary';
import type { OutboxStore, PlatformIdentityRecord, RhythmRepository, ScheduleRepository } from './rhythm/rhythm.ports';
import type { Locale } from './i18n/locale';
import { SetupTransactions } from './setup/setup-plan';
import type { PrivacyStore } from './privacy/privacy.ports';
import type { AuditLog } from './privacy/audit.types';
import type { CircleRepository } from './circles/circle.ports';
import type { DialogueRepository } from './dialogues/dialogue.ports';
import type { DigestRepository } from './digest/digest.ports';

export interface PeopleRepository {
  /** Finds the person behind a platform identity, creating both on first contact. */
  upsertByIdentity(user: PlatformUser): Promise<PersonRecord>;
  findByIdentity(platform: Platform, workspaceId: string, userId: string): Promise<PersonRecord | null>;
  findById(id: string): Promise<PersonRecord | null>;
  /** Where a person can be reached directly (reminders): one entry per platform account. */
  identities(personId: string): Promise<PlatformIdentityRecord[]>;
  setRemindersEnabled(personId: string, enabled: boolean): Promise<void>;
}

export interface PartnershipRepository {
  findById(id: string): Promise<PartnershipRecord | null>;
  findByNameKey(nameKey: string): Promise<PartnershipRecord | null>;
  list(): Promise<PartnershipRecord[]>;
  roleOf(personId: string, partnershipId: string): Promise<PartnershipRoleName | null>;
  /** Sets a role; never demotes a coordinator to member. */
  grantRole(personId: string, partnershipId: string, role: PartnershipRoleName): Promise<void>;
  /** Makes the person coordinator only if the partnership has none yet; true when it did. */
  claimFirstCoordinator(personId: string, partnershipId: string): Promise<boolean>;
  coordinators(partnershipId: string): Promise<PersonRecord[]>;
  memberCount(partnershipId: string): Promise<number>;
}

/** How a partnership sits in a region (is the region, within it, or spanning several). */
export interface RegionLink { partnershipId: string; region: RegionRecord; positioning: Positioning }

export interface RegionRepository {
  findById(id: string): Promise<RegionRecord | null>;
  findByNameKey(nameKey: string): Promise<RegionRecord | null>;
  list(): Promise<RegionRecord[]>;
  leadsOf(regionId: string): Promise<PersonRecord[]>;
  isLead(personId: string, regionId: string): Promise<boolean>;
  /** The regions this person leads (access checks, the weekly digest). */
  ledBy(personId: string): Promise<RegionRecord[]>;
  /** Idempotent: granting twice leaves one lead role. */
  grantLead(personId: string, regionId: string): Promise<void>;
  linksOf(partnershipId: string): Promise<RegionLink[]>;
  allLinks(): Promise<RegionLink[]>;
}

export interface BindingRepository {
  findByChannel(platform: Platform, workspaceId: string, channelId: string): Promise<BindingRecord | null>;
  /** Links (or re-links, re-activating) a channel to a partnership. */
  link(partnershipId: string, channel: ChannelRef): Promise<BindingRecord>;
  /** Keeps the stored conversation reference fresh (Teams service URLs change). */
  refreshReference(channel: ChannelRef): Promise<void>;
  listActive(partnershipId: string): Promise<BindingRecord[]>;
  findById(id: string): Promise<BindingRecord | null>;
  deactivate(id: string): Promise<void>;
}

export interface NewPrompt { partnershipId: string; slotKey: string; focusCode: string; opensAt: Date; closesAt: Date }

export interface PromptRepository {
  /** Creates the prompt for a slot, or returns the existing one (unique partnership + slot). */
  createOnce(prompt: NewPrompt): Promise<{ prompt: PromptRecord; created: boolean }>;
  findById(id: string): Promise<PromptRecord | null>;
  latestOpen(partnershipId: string, now: Date): Promise<PromptRecord | null>;
  recentForPartnership(partnershipId: string, limit: number): Promise<PromptRecord[]>;
  close(id: string, at: Date): Promise<void>;
  /** Outbox: one planned row per binding (existing rows are kept). */
  planPosts(promptId: string, bindingIds: string[]): Promise<PromptPostRecord[]>;
  markPosted(postId: string, messageId: string): Promise<void>;
  markFailed(postId: string, error: string): Promise<void>;
  posts(promptId: string): Promise<PromptPostRecord[]>;
  /** The PromptPost outbox: claim with a lease before calling a platform (exactly-once posting). */
  outbox: OutboxStore;
}

export interface AnswerRepository {
  upsert(promptId: string, personId: string, fields: AnswerFields): Promise<{ answer: AnswerRecord; created: boolean }>;
  /**
   * Stores the answer in one statement, only if at `now` the prompt is open and the person has a role in its
   * partnership; null when either does not hold (nothing stored: the caller finds out which, and says so).
   * `responseCount`: the prompt's answers, this one included, as the statement saw them.
   */
  saveIfAllowed(promptId: string, personId: string, fields: AnswerFields, now: Date): Promise<{ answer: AnswerRecord; created: boolean; responseCount: number } | null>;
  find(promptId: string, personId: string): Promise<AnswerRecord | null>;
  countForPrompt(promptId: string): Promise<number>;
  recentForPerson(personId: string, limit: number): Promise<(AnswerRecord & { focusCode: string; partnershipName: string })[]>;
}

export interface DeliveryLog {
  /** Records a platform delivery key; false when it was seen before (a retry or a double click). */
  firstTime(key: string): Promise<boolean>;
  /** Removes a key again: the work it claimed changed nothing (refused input), so the same delivery may come back. */
  forget(key: string): Promise<void>;
}

export interface Repositories {
  people: PeopleRepository;
  partnerships: PartnershipRepository;
  bindings: BindingRepository;
  prompts: PromptRepository;
  answers: AnswerRepository;
  deliveries: DeliveryLog;
  schedules: ScheduleRepository;
  rhythm: RhythmRepository;
  regions: RegionRepository;
  /** Setup (file, demo data, admin commands) writes through one transaction at a time. */
  setup: SetupTransactions;
  /** Privacy notice, answer policy, erasure, retention and the personal-data areas (src/domain/privacy). */
  privacy: PrivacyStore;
  /** Who did what (coordinators, regional leads, admins, privacy requests). */
  audit: AuditLog;
  /** Partners in beeld (the three circles) and the dialogue tables (issue 6). */
  circles: CircleRepository;
  dialogues: DialogueRepository;
  /** The regional lead's weekly digest: grouped figures, subscriptions and their delivery outbox (issue 7). */
  digest: DigestRepository;
}

export interface PostOptions {
  /** The outbox row being posted: a gateway may keep it with the message (metadata) so findPosted can look it up. */
  outboxId: string;
}

export interface ReminderContext {
  locale: Locale;
  /** Where the prompt was posted; the reminder's answer button opens this prompt. */
  binding: BindingRecord;
  messageId: string;
  /** The reminder text, already translated ("Nog even: de vraag over ... staat open tot ..."). */
  text: string;
}

/** Posts and updates prompt messages on one platform; implemented in src/bots/<platform>. */
export interface PromptGateway {
  readonly platform: Platform;
  post(binding: BindingRecord, prompt: PromptRecord, responseCount: number, options?: PostOptions): Promise<{ messageId: string }>;
  update(binding: BindingRecord, messageId: string, prompt: PromptRecord, responseCount: number): Promise<void>;
  /**
   * Optional. For an outbox row whose earlier attempt may have reached the platform (a crash before the
   * message id was stored): the message that attempt posted, or null. Narrows the one duplicate window.
   */
  findPosted?(binding: BindingRecord, prompt: PromptRecord, outboxId: string): Promise<{ messageId: string } | null>;
  /** Optional. A direct message (Teams personal chat, Slack DM) reminding one person, with a button to answer. */
  remind?(recipient: PlatformIdentityRecord, prompt: PromptRecord, context: ReminderContext): Promise<void>;
  /** Optional. The closing summary as a reply in the prompt's thread; summaryLines() gives the text. */
  postSummary?(binding: BindingRecord, parentMessageId: string, summary: ClosingSummary): Promise<{ messageId: string }>;
}

export interface Clock { now(): Date }
export const systemClock: Clock = { now: () => new Date() };

/** The logging the domain needs; structured fields only, never personal data. */
export interface DomainLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
