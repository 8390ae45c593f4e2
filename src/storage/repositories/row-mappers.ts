/**
 * Rows -> domain records. String columns that hold enumerations are validated with zod here, so a row
 * written by hand or by an older version cannot smuggle an unknown value into the domain.
 */
import { z } from 'zod';
import { AnswerRecord, BindingRecord, PartnershipRecord, PersonRecord, PromptPostRecord, PromptRecord, Sector } from '../../domain/model/records';
import type { Answer, ChannelBinding, Partnership, Person, PlatformIdentity, Prompt, PromptPost } from '../generated/sqlite/client';
import type { PlatformIdentityRecord } from '../../domain/rhythm/rhythm.ports';

const platform = z.enum(['teams', 'slack']);
const locale = z.enum(['nl', 'en']).catch('nl');
const SECTORS: readonly Sector[] = ['po', 'vo', 'mbo'];

export const toPerson = (row: Person): PersonRecord => ({
  id: row.id, displayName: row.displayName, email: row.email, locale: locale.parse(row.locale), remindersEnabled: row.remindersEnabled,
});

export const toPartnership = (row: Partnership): PartnershipRecord => ({
  id: row.id, name: row.name, sectors: row.sectors.split(',').filter((s): s is Sector => SECTORS.includes(s as Sector)),
});

export const toIdentity = (row: PlatformIdentity): PlatformIdentityRecord => ({
  platform: platform.parse(row.platform), workspaceId: row.workspaceId, userId: row.userId,
});

export const toBinding = (row: ChannelBinding): BindingRecord => ({
  id: row.id, partnershipId: row.partnershipId, platform: platform.parse(row.platform), workspaceId: row.workspaceId,
  channelId: row.channelId, channelName: row.channelName, conversationRef: row.conversationRef, active: row.active,
});

export const toPrompt = (row: Prompt): PromptRecord => ({
  id: row.id, partnershipId: row.partnershipId, slotKey: row.slotKey, focusCode: row.focusCode,
  opensAt: row.opensAt, closesAt: row.closesAt, status: z.enum(['open', 'closed']).parse(row.status),
});

export const toPost = (row: PromptPost): PromptPostRecord => ({
  id: row.id, promptId: row.promptId, bindingId: row.bindingId, state: z.enum(['planned', 'posting', 'posted', 'failed']).parse(row.state), messageId: row.messageId,
  attempts: row.attempts,
});

export const toAnswer = (row: Answer): AnswerRecord => ({
  id: row.id, promptId: row.promptId, personId: row.personId, score: row.score,
  scenario: row.scenario ?? undefined, keyword: row.keyword ?? undefined, discussable: row.discussable ?? undefined,
  needed: row.needed ?? undefined, shareAnonymously: row.shareAnonymously, createdAt: row.createdAt, updatedAt: row.updatedAt,
});

/** Prisma's error code for a unique-constraint violation, the same on both providers. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
