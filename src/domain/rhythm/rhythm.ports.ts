/**
 * Storage ports of the rhythm: schedules, blackout days, and the due-work queries and claims the scheduler tick
 * runs on. Every claim is a conditional write in the database, so several instances (and restarts) never do
 * the same piece of work twice. Implemented in src/storage/repositories.
 */
import type { AnswerRecord, HolidayRegion, Platform, PersonRecord, PromptRecord } from '../model/records';
import type { IsoDay } from './calendar-day';
import type { SchedulePatch, ScheduleRecord } from './schedule.types';

export interface PlatformIdentityRecord { platform: Platform; workspaceId: string; userId: string }

export type OutboxState = 'planned' | 'posting' | 'posted' | 'failed';

export interface SummaryPostRecord { id: string; promptId: string; bindingId: string; state: OutboxState; messageId: string | null; attempts: number }

/**
 * One outbox table (prompt posts, closing summaries). A row is sent by whoever claims it: planned (and not
 * waiting for a retry) or posting with an expired lease -> posting, held by `token` until `until`.
 */
export interface OutboxStore {
  claim(id: string, token: string, now: Date, until: Date): Promise<boolean>;
  /** Extends a held lease while a slow platform call runs; false when the lease was lost. */
  renew(id: string, token: string, until: Date): Promise<boolean>;
  /** posting -> posted with the platform's message id, only while we hold the lease. */
  complete(id: string, token: string, messageId: string): Promise<boolean>;
  /** posting -> planned again, not tried before retryAt. */
  release(id: string, token: string, retryAt: Date, error: string): Promise<void>;
  /** -> failed for good (channel gone, prompt expired). */
  fail(id: string, error: string): Promise<void>;
}

export interface ScheduleRepository {
  /** The partnership's schedule, created with the defaults on first use; a new one counts slots from `now`. */
  ensure(partnershipId: string, now: Date): Promise<ScheduleRecord>;
  update(partnershipId: string, patch: SchedulePatch): Promise<ScheduleRecord>;
  /** Moves slotsCheckedUntil from `from` to `to` only if nobody else moved it; true when this caller did. */
  advanceCheckedUntil(partnershipId: string, from: Date | null, to: Date): Promise<boolean>;
  /** The holiday region of the partnership's region: is_region first, then within, then spans (then by name). */
  holidayRegion(partnershipId: string): Promise<HolidayRegion | null>;
  addBlackout(partnershipId: string, day: IsoDay): Promise<void>;
  blackouts(partnershipId: string, fromDay: IsoDay): Promise<IsoDay[]>;
  /**
   * Every partnership with an active channel (the ones the scheduler serves), with its schedule (created with
   * the defaults if missing), holiday region and blackout days from `blackoutsFrom`: one batch per tick.
   */
  listScheduled(now: Date, blackoutsFrom: IsoDay): Promise<ScheduledPartnership[]>;
}

export interface ScheduledPartnership { schedule: ScheduleRecord; holidayRegion: HolidayRegion | null; blackouts: IsoDay[] }

export interface ReminderCandidate { person: PersonRecord; identities: PlatformIdentityRecord[] }

export interface RhythmRepository {
  /** Prompts (open, window not over) with outbox rows to (re)try. */
  promptsWithPendingPosts(now: Date): Promise<string[]>;
  /** Outbox rows of prompts whose window is over are not posted any more: planned -> failed ("expired"). */
  expireStalePosts(now: Date): Promise<number>;
  /** Open prompts whose window has ended. */
  promptsToClose(now: Date): Promise<PromptRecord[]>;
  /** open -> closed, only once: true for the caller that closed it. */
  closeIfOpen(promptId: string, at: Date): Promise<boolean>;
  /** Open prompts whose reminders are not done yet, with their partnership's reminder offset. */
  promptsAwaitingReminders(now: Date): Promise<{ prompt: PromptRecord; reminderHours: number }[]>;
  /** Members of the partnership with reminders on, no answer and no reminder yet for this prompt. */
  reminderCandidates(promptId: string, partnershipId: string): Promise<ReminderCandidate[]>;
  /** Records a reminder before it is sent; false when one was recorded already (so it is never sent twice). */
  claimReminder(promptId: string, personId: string): Promise<boolean>;
  finishReminder(promptId: string, personId: string, outcome: { sentAt: Date } | { error: string }): Promise<void>;
  markRemindersDone(promptId: string, at: Date): Promise<void>;
  answers(promptId: string): Promise<AnswerRecord[]>;
  /** One planned summary row per channel the prompt was posted in (existing rows kept). */
  planSummaries(promptId: string, bindingIds: string[]): Promise<void>;
  /** Summary rows of closed prompts that still have to be posted. */
  pendingSummaries(now: Date): Promise<SummaryPostRecord[]>;
  summaryOutbox: OutboxStore;
}
