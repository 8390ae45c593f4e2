/**
 * Ports: what the domain needs from storage and platforms. src/storage and src/bots implement them;
 * the domain never imports Prisma or a platform SDK (test/architecture/boundary.test.ts).
 */
import {
  AnswerFields, AnswerRecord, BindingRecord, ChannelRef, PartnershipRecord, PartnershipRoleName, PersonRecord,
  Platform, PlatformUser, PromptPostRecord, PromptRecord,
} from './model/records';

export interface PeopleRepository {
  /** Finds the person behind a platform identity, creating both on first contact. */
  upsertByIdentity(user: PlatformUser): Promise<PersonRecord>;
  findByIdentity(platform: Platform, workspaceId: string, userId: string): Promise<PersonRecord | null>;
  findById(id: string): Promise<PersonRecord | null>;
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
}

export interface AnswerRepository {
  upsert(promptId: string, personId: string, fields: AnswerFields): Promise<{ answer: AnswerRecord; created: boolean }>;
  find(promptId: string, personId: string): Promise<AnswerRecord | null>;
  countForPrompt(promptId: string): Promise<number>;
  recentForPerson(personId: string, limit: number): Promise<(AnswerRecord & { focusCode: string; partnershipName: string })[]>;
}

export interface DeliveryLog {
  /** Records a platform delivery key; false when it was seen before (a retry or a double click). */
  firstTime(key: string): Promise<boolean>;
}

export interface Repositories {
  people: PeopleRepository;
  partnerships: PartnershipRepository;
  bindings: BindingRepository;
  prompts: PromptRepository;
  answers: AnswerRepository;
  deliveries: DeliveryLog;
}

/** Posts and updates prompt messages on one platform; implemented in src/bots/<platform>. */
export interface PromptGateway {
  readonly platform: Platform;
  post(binding: BindingRecord, prompt: PromptRecord, responseCount: number): Promise<{ messageId: string }>;
  update(binding: BindingRecord, messageId: string, prompt: PromptRecord, responseCount: number): Promise<void>;
}

export interface Clock { now(): Date }
export const systemClock: Clock = { now: () => new Date() };

/** The logging the domain needs; structured fields only, never personal data. */
export interface DomainLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
