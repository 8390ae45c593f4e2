/** What the rhythm's use cases and tick runners share. */
import type { Clock, DomainLogger, Repositories } from '../ports';
import type { PromptService } from '../services/prompt.service';
import { addDays } from './calendar-day';
import { DEFAULT_HOLIDAY_REGION, SlotContext } from './schedule.types';
import { localDayOf } from './zoned-time';

export interface RhythmOptions {
  /** Slots missed by less than this (downtime) are posted late; older ones are skipped and logged. */
  graceMs: number;
  /** Outbox claim lease (see outbox-lease.ts). */
  leaseMs: number;
}

export interface RhythmDeps {
  repos: Repositories;
  prompts: PromptService;
  clock: Clock;
  log: DomainLogger;
  options: RhythmOptions;
  /**
   * Set when the process is stopping: a tick in progress starts no further partnership or prompt (those in
   * progress finish and store their message ids), so a stop during a big fan-out is quick and never closes the
   * database under a post. What is left is found by the next tick, here or on another instance.
   */
  stop: { requested: boolean };
}

export interface TickReport { created: number; late: number; skipped: number; posted: number; reminders: number; closed: number; summaries: number }

export const emptyReport = (): TickReport => ({ created: 0, late: 0, skipped: 0, posted: 0, reminders: 0, closed: 0, summaries: 0 });

/** Prompts already published in this tick: the outbox step leaves their failures for the next tick. */
export type PublishedThisTick = Set<string>;

/** Holiday region and blackout days of a partnership, as the slot calculator needs them. */
export async function loadSlotContext(repos: Repositories, partnershipId: string, from: Date, timeZone: string): Promise<SlotContext> {
  const [region, blackouts] = await Promise.all([
    repos.schedules.holidayRegion(partnershipId),
    // Slots are looked at from a while back (a slot may move forward out of a holiday), so blackouts too.
    repos.schedules.blackouts(partnershipId, addDays(localDayOf(from, timeZone), -90)),
  ]);
  return { holidayRegion: region ?? DEFAULT_HOLIDAY_REGION, blackouts: new Set(blackouts) };
}
