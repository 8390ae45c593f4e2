/** Storage and platform ports of the dialogue tables; implemented in src/storage and src/bots/<platform>. */
import type { BindingRecord, PersonRecord, Platform } from '../model/records';
import type { OutboxStore } from '../rhythm/rhythm.ports';
import type { DialogueDraft, DialogueNoticeRecord, DialogueRecord, FollowUpInput, NoticeKind } from './dialogue.types';

export interface NewDialogue extends DialogueDraft {
  partnershipId: string;
  exerciseId: string | null;
  bindingId: string | null;
  createdById: string;
}

export interface DialogueRepository {
  /** Creates it with the next free number of the partnership (the unique key decides under a race). */
  create(dialogue: NewDialogue): Promise<DialogueRecord>;
  /** Replaces the planned details and participants and bumps the sequence, only while planned. */
  update(id: string, draft: DialogueDraft): Promise<DialogueRecord | null>;
  /** New start time, sequence + 1, only while planned. */
  move(id: string, startsAt: Date): Promise<DialogueRecord | null>;
  /** planned -> cancelled, sequence + 1; null when it was not planned (cancelled twice). */
  cancel(id: string): Promise<DialogueRecord | null>;
  saveFollowUp(id: string, input: FollowUpInput, at: Date): Promise<DialogueRecord | null>;
  findById(id: string): Promise<DialogueRecord | null>;
  findByNumber(partnershipId: string, number: number): Promise<DialogueRecord | null>;
  /** Every dialogue of the partnership, by start time. */
  list(partnershipId: string): Promise<DialogueRecord[]>;
  /** People with a role in the partnership: who can own or be invited. */
  members(partnershipId: string): Promise<PersonRecord[]>;
  /** Planned dialogues starting in (from, until]: reminder candidates. */
  startingBetween(from: Date, until: Date): Promise<DialogueRecord[]>;
  /** Planned dialogues that started by `now` and have no follow-up yet. */
  startedWithoutFollowUp(now: Date): Promise<DialogueRecord[]>;
  /** Records a notice to send; false when that (dialogue, kind, round) exists (claimed by its unique key). */
  planNotice(dialogueId: string, kind: NoticeKind, round: number, bindingId: string): Promise<boolean>;
  notices(dialogueId: string): Promise<DialogueNoticeRecord[]>;
  /** Notices to (re)try now: planned, or posting with a lease that ran out. */
  pendingNotices(now: Date): Promise<DialogueNoticeRecord[]>;
  noticeOutbox: OutboxStore;
}

export interface DialogueNotice { kind: NoticeKind; round: number; dialogue: DialogueRecord }

/** Posts a reminder or follow-up question in a channel; one per platform (src/bots/<platform>). */
export interface DialogueNotifier {
  readonly platform: Platform;
  send(binding: BindingRecord, notice: DialogueNotice): Promise<{ messageId: string }>;
}
