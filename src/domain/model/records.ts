/** Plain records the domain works with; storage maps database rows to these. */
export type Platform = 'teams' | 'slack';
export type Sector = 'po' | 'vo' | 'mbo';
export type PartnershipRoleName = 'member' | 'coordinator';
export type Positioning = 'is_region' | 'within' | 'spans';
export type RegionKind = 'tekort' | 'krimp' | 'anders';
export type HolidayRegion = 'noord' | 'midden' | 'zuid';
export type PromptStatus = 'open' | 'closed';
import type { Locale } from '../i18n/locale';

export type { Locale };

/** Who is acting, as the platform tells us. */
export interface PlatformUser {
  platform: Platform;
  /** Teams tenant id or Slack team id. */
  workspaceId: string;
  /** Teams AAD object id (or the channel account id when AAD is unknown) or Slack user id. */
  userId: string;
  displayName: string;
  /**
   * The platform could not say in time (a slow profile look-up): displayName is a stand-in (a handle, an id),
   * good for a newcomer's first record but never a reason to rename someone already known.
   */
  provisionalName?: boolean;
  email?: string;
  locale?: Locale;
}

/** Where a message came from. conversationRef is the JSON a platform needs to post there later. */
export interface ChannelRef {
  platform: Platform;
  workspaceId: string;
  channelId: string;
  channelName?: string;
  conversationRef: string;
}

export interface PersonRecord { id: string; displayName: string; email: string | null; locale: Locale; remindersEnabled: boolean }
export interface RegionRecord { id: string; name: string; kind: RegionKind; holidayRegion: HolidayRegion }
export interface PartnershipRecord { id: string; name: string; sectors: Sector[] }

export interface BindingRecord {
  id: string;
  partnershipId: string;
  platform: Platform;
  workspaceId: string;
  channelId: string;
  channelName: string | null;
  conversationRef: string;
  active: boolean;
}

export interface PromptRecord {
  id: string;
  partnershipId: string;
  slotKey: string;
  focusCode: string;
  opensAt: Date;
  closesAt: Date;
  status: PromptStatus;
}

/** state posting: claimed by one instance while it calls the platform (see OutboxStore). */
export interface PromptPostRecord {
  id: string; promptId: string; bindingId: string; state: 'planned' | 'posting' | 'posted' | 'failed'; messageId: string | null;
  /** Earlier claims of this row; more than zero means a previous attempt may have reached the platform. */
  attempts?: number;
}

export interface AnswerFields {
  score: number;
  scenario?: string;
  keyword?: string;
  discussable?: string;
  needed?: string;
  shareAnonymously: boolean;
}

export interface AnswerRecord extends AnswerFields {
  id: string;
  promptId: string;
  personId: string;
  createdAt: Date;
  updatedAt: Date;
}
