/** Records of the dialogue tables as the domain sees them. */
import type { HowCode, WhatCode } from '../circles/circle-options.data';
import type { PersonRecord } from '../model/records';

export type DialogueStatus = 'planned' | 'cancelled';

export interface DialogueParticipantRecord {
  /** A member of the chat (a person), or an external guest (email only). */
  person: Pick<PersonRecord, 'id' | 'displayName' | 'email'> | null;
  email: string | null;
}

/** What a coordinator decides when planning or editing; validated by dialogue-input.rules.ts. */
export interface DialogueDraft {
  title: string;
  actors: string[];
  goalCodes: WhatCode[];
  goalText: string | null;
  format: HowCode;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  ownerId: string;
  participantIds: string[];
  guestEmails: string[];
}

export interface FollowUpInput { held: boolean; outcome: string | null; agreements: string | null; nextStep: string | null }

export interface DialogueRecord extends Omit<DialogueDraft, 'ownerId' | 'participantIds' | 'guestEmails'> {
  id: string;
  partnershipId: string;
  number: number;
  exerciseId: string | null;
  bindingId: string | null;
  owner: Pick<PersonRecord, 'id' | 'displayName' | 'email'> | null;
  createdById: string | null;
  status: DialogueStatus;
  /** iCalendar SEQUENCE: 0 when planned, one more on every change (RFC 5545, 3.8.7.4). */
  sequence: number;
  participants: DialogueParticipantRecord[];
  /** The follow-up, once the owner answered it (followUpAt set). */
  followUp: (FollowUpInput & { at: Date }) | null;
  createdAt: Date;
  updatedAt: Date;
}

export const endOf = (d: Pick<DialogueRecord, 'startsAt' | 'durationMinutes'>): Date => new Date(d.startsAt.getTime() + d.durationMinutes * 60_000);

export type NoticeKind = 'reminder' | 'followUp';

export interface DialogueNoticeRecord {
  id: string;
  dialogueId: string;
  kind: NoticeKind;
  round: number;
  bindingId: string;
  state: 'planned' | 'posting' | 'posted' | 'failed';
  messageId: string | null;
  attempts: number;
  updatedAt: Date;
}
