/**
 * The rhythm of a partnership: its schedule (what coordinators set with "ritme", "focus", "venster", "pauze",
 * "hervat", "vrij"), the next slots, and tick(): the scheduler's one entry point, which finds due work in the
 * database (slots, unposted outbox rows, reminders, closing) and does each piece exactly once.
 *
 * A schedule is created with the defaults the first time it is needed (lazily: on the first read or on the
 * first tick after a channel is linked), so linking stays a platform-light operation and partnerships linked
 * before this feature get one too. Invalid changes are refused with a reason and change nothing.
 */
import { forEachConcurrently } from './concurrently';
import type { FocusPointCode } from '../catalogue/focus-points.data';
import type { Cadence, Weekday } from '../commands/command.types';
import type { HolidayRegion } from '../model/records';
import type { AuditDetails } from '../privacy/audit.types';
import type { Clock, DomainLogger, Repositories } from '../ports';
import type { PromptService } from '../services/prompt.service';
import { addDays, IsoDay, onOrAfter } from './calendar-day';
import { ClosingRunner } from './closing-runner';
import { focusSequence } from './focus-rotation';
import { DEFAULT_LEASE_MS } from './outbox-lease';
import { ReminderRunner } from './reminder-runner';
import { emptyReport, loadSlotContext, RhythmDeps, RhythmOptions, TickReport } from './rhythm-deps';
import { MAX_WINDOW_DAYS, type ScheduleRecord } from './schedule.types';
import { nextSlots, type Slot } from './slot-calculator';
import { SlotRunner } from './slot-runner';
import { localDayOf, zonedInstant } from './zoned-time';

export interface RhythmOverview {
  schedule: ScheduleRecord;
  holidayRegion: HolidayRegion;
  /** Blackout days from today on. */
  blackouts: IsoDay[];
  paused: boolean;
  next: { slot: Slot; focusCode: FocusPointCode }[];
}

export type RhythmRefusal =
  | { reason: 'windowTooLong'; days: number; max: number; cadence: Cadence; via: 'window' | 'rhythm' }
  | { reason: 'pastDate'; day: IsoDay; via: 'pause' | 'blackout' }
  | { reason: 'notPaused' };

export type RhythmResult = { ok: true; overview: RhythmOverview; moved?: Slot } | { ok: false; refusal: RhythmRefusal };

export const DEFAULT_GRACE_MS = 6 * 3_600_000;
const NEXT_COUNT = 3;

/** Prompts whose pending posts are retried side by side (see concurrently.ts). */
const PROMPTS_AT_ONCE = 16;

export class RhythmService {
  private readonly deps: RhythmDeps;
  private readonly runners: { slots: SlotRunner; reminders: ReminderRunner; closing: ClosingRunner };

  constructor(private readonly repos: Repositories, prompts: PromptService, private readonly clock: Clock, private readonly log: DomainLogger, options: Partial<RhythmOptions> = {}) {
    this.deps = { repos, prompts, clock, log, options: { graceMs: options.graceMs ?? DEFAULT_GRACE_MS, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS }, stop: { requested: false } };
    this.runners = { slots: new SlotRunner(this.deps), reminders: new ReminderRunner(this.deps), closing: new ClosingRunner(this.deps) };
  }

  async overview(partnershipId: string, count = NEXT_COUNT): Promise<RhythmOverview> {
    const now = this.clock.now();
    const schedule = await this.repos.schedules.ensure(partnershipId, now);
    const ctx = await loadSlotContext(this.repos, partnershipId, now, schedule.timeZone);
    const slots = nextSlots(schedule, ctx, now, count);
    const [last] = await this.repos.prompts.recentForPartnership(partnershipId, 1);
    const focus = focusSequence(schedule.focusCodes, last?.focusCode, slots.length);
    const today = localDayOf(now, schedule.timeZone);
    return {
      schedule,
      holidayRegion: ctx.holidayRegion,
      blackouts: [...ctx.blackouts].filter((day) => day >= today).sort(),
      paused: schedule.pausedUntil !== null && schedule.pausedUntil > now,
      next: slots.map((slot, i) => ({ slot, focusCode: focus[i] })),
    };
  }

  /** "ritme maandelijks dinsdag 09:00". The first slot after now anchors fortnights and "the n-th weekday". */
  async setRhythm(partnershipId: string, rhythm: { cadence: Cadence; weekday: Weekday; time: string }, actorId?: string): Promise<RhythmResult> {
    const now = this.clock.now();
    const schedule = await this.repos.schedules.ensure(partnershipId, now);
    const max = MAX_WINDOW_DAYS[rhythm.cadence];
    if (schedule.windowDays > max) return { ok: false, refusal: { reason: 'windowTooLong', days: schedule.windowDays, max, cadence: rhythm.cadence, via: 'rhythm' } };
    let anchor = onOrAfter(localDayOf(now, schedule.timeZone), rhythm.weekday);
    if (zonedInstant(anchor, rhythm.time, schedule.timeZone) <= now) anchor = addDays(anchor, 7);
    // Slots before this change never fire, not even "late".
    await this.repos.schedules.update(partnershipId, { ...rhythm, anchorDate: anchor, slotsCheckedUntil: this.later(schedule.slotsCheckedUntil, now) });
    await this.audit(partnershipId, actorId, 'rhythm', { cadence: rhythm.cadence, weekday: rhythm.weekday, time: rhythm.time });
    return { ok: true, overview: await this.overview(partnershipId) };
  }

  /** "focus kwaliteit, financien"; an empty list is "focus alle". */
  async setFocus(partnershipId: string, codes: readonly FocusPointCode[], actorId?: string): Promise<RhythmResult> {
    await this.repos.schedules.ensure(partnershipId, this.clock.now());
    await this.repos.schedules.update(partnershipId, { focusCodes: [...codes] });
    await this.audit(partnershipId, actorId, 'focus', { focus: codes.join(',') || 'all' });
    return { ok: true, overview: await this.overview(partnershipId) };
  }

  /** "venster 5 dagen": at most the cadence, so two regular prompts never overlap. */
  async setWindow(partnershipId: string, days: number, actorId?: string): Promise<RhythmResult> {
    const schedule = await this.repos.schedules.ensure(partnershipId, this.clock.now());
    const max = MAX_WINDOW_DAYS[schedule.cadence];
    if (days > max) return { ok: false, refusal: { reason: 'windowTooLong', days, max, cadence: schedule.cadence, via: 'window' } };
    await this.repos.schedules.update(partnershipId, { windowDays: days });
    await this.audit(partnershipId, actorId, 'window', { days });
    return { ok: true, overview: await this.overview(partnershipId) };
  }

  /** "pauze tot 2027-01-05": no slots before the start of that day (local time); prompts resume on it. */
  async pause(partnershipId: string, until: IsoDay, actorId?: string): Promise<RhythmResult> {
    const now = this.clock.now();
    const schedule = await this.repos.schedules.ensure(partnershipId, now);
    if (until <= localDayOf(now, schedule.timeZone)) return { ok: false, refusal: { reason: 'pastDate', day: until, via: 'pause' } };
    await this.repos.schedules.update(partnershipId, { pausedUntil: zonedInstant(until, '00:00', schedule.timeZone) });
    await this.audit(partnershipId, actorId, 'pause', { until });
    return { ok: true, overview: await this.overview(partnershipId) };
  }

  async resume(partnershipId: string, actorId?: string): Promise<RhythmResult> {
    const now = this.clock.now();
    const schedule = await this.repos.schedules.ensure(partnershipId, now);
    if (!schedule.pausedUntil || schedule.pausedUntil <= now) return { ok: false, refusal: { reason: 'notPaused' } };
    // Slots skipped during the pause stay skipped: they must not come back as "missed, post late".
    await this.repos.schedules.update(partnershipId, { pausedUntil: null, slotsCheckedUntil: this.later(schedule.slotsCheckedUntil, now) });
    await this.audit(partnershipId, actorId, 'resume');
    return { ok: true, overview: await this.overview(partnershipId) };
  }

  /** "vrij 2027-02-14": a day without prompts; a slot on it moves or is skipped like in a holiday. */
  async addBlackout(partnershipId: string, day: IsoDay, actorId?: string): Promise<RhythmResult> {
    const now = this.clock.now();
    const schedule = await this.repos.schedules.ensure(partnershipId, now);
    if (day < localDayOf(now, schedule.timeZone)) return { ok: false, refusal: { reason: 'pastDate', day, via: 'blackout' } };
    await this.repos.schedules.addBlackout(partnershipId, day);
    await this.audit(partnershipId, actorId, 'blackout', { day });
    const overview = await this.overview(partnershipId);
    const ctx = await loadSlotContext(this.repos, partnershipId, now, schedule.timeZone);
    const moved = nextSlots(overview.schedule, ctx, now, 24).find((slot) => slot.nominalDay === day && slot.moved);
    return { ok: true, overview, ...(moved ? { moved } : {}) };
  }

  /** Schedule changes go into the audit trail (who changed what, src/domain/privacy), for coordinators and leads. */
  private async audit(partnershipId: string, actorId: string | undefined, change: string, details: AuditDetails = {}): Promise<void> {
    await this.repos.audit.record({ actorId: actorId ?? null, action: 'schedule.change', partnershipId, details: { change, ...details } }, this.clock.now());
  }

  /** "herinneringen uit/aan": a personal setting, anyone may change their own. */
  async setReminders(personId: string, enabled: boolean): Promise<void> {
    await this.repos.people.setRemindersEnabled(personId, enabled);
  }

  /** One scheduler tick. Every step finds its work in the database and claims it there, so ticks may overlap across instances. */
  async tick(now: Date = this.clock.now()): Promise<TickReport> {
    const report = emptyReport();
    const published = new Set<string>();
    await this.step('slots', () => this.runners.slots.run(now, report, published));
    await this.step('outbox', () => this.retryOutbox(now, report, published));
    await this.step('reminders', () => this.runners.reminders.run(now, report));
    await this.step('closing', () => this.runners.closing.run(now, report));
    return report;
  }

  get stopRequested(): boolean {
    return this.deps.stop.requested;
  }

  /** The process is stopping: a tick in progress wraps up after the posts it has started (see RhythmDeps.stop). */
  requestStop(): void {
    this.deps.stop.requested = true;
  }

  /** Tick step (b): outbox rows left planned (a crash, a rate limit) or held by a crashed instance. */
  private async retryOutbox(now: Date, report: TickReport, published: Set<string>): Promise<void> {
    const expired = await this.repos.rhythm.expireStalePosts(now);
    if (expired) this.log.warn({ count: expired }, 'prompt posts given up: the prompt closed before they could be posted');
    const pending = (await this.repos.rhythm.promptsWithPendingPosts(now)).filter((promptId) => !published.has(promptId));
    await forEachConcurrently(pending, PROMPTS_AT_ONCE, async (promptId) => {
      try {
        const { posted } = await this.deps.prompts.publish(promptId);
        report.posted += posted;
      } catch (error) {
        this.log.error({ promptId, err: String(error) }, 'outbox retry failed for a prompt'); // tried again next tick
      }
    }, () => this.deps.stop.requested);
  }

  private async step(name: string, run: () => Promise<unknown>): Promise<void> {
    if (this.deps.stop.requested) return;
    try {
      await run();
    } catch (error) {
      this.log.error({ step: name, err: String(error) }, 'rhythm tick step failed');
    }
  }

  private later(a: Date | null, b: Date): Date {
    return a && a > b ? a : b;
  }
}
