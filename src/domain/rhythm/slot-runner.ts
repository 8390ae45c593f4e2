/**
 * Tick step (a): slots that are due become prompts, claimed by the unique (partnership, slotKey) key, and go
 * out through the outbox. Slots found late (downtime) are posted when missed by less than the grace period,
 * otherwise skipped and logged. Each partnership keeps a watermark (slotsCheckedUntil) so a slot is looked at
 * in one range only; it is moved after the prompts exist, so a crash in between just repeats idempotent work.
 */
import { addDays } from './calendar-day';
import { forEachConcurrently } from './concurrently';
import { nextFocus } from './focus-rotation';
import { emptyReport, PublishedThisTick, RhythmDeps, TickReport } from './rhythm-deps';
import type { ScheduledPartnership } from './rhythm.ports';
import { slotsBetween, type Slot } from './slot-calculator';
import { DEFAULT_HOLIDAY_REGION, type ScheduleRecord } from './schedule.types';
import { zonedInstant } from './zoned-time';

const DAY_MS = 86_400_000;
/** After a long time without channels (or downtime) only this far back is looked at; older slots are long gone. */
const MAX_LOOKBACK_MS = 62 * DAY_MS;
/**
 * Partnerships handled side by side in one tick (see concurrently.ts). Posts still respect every channel's and
 * tenant's rate limit in the gateways; this only stops one slow channel from holding up all the others.
 */
const PARTNERSHIPS_AT_ONCE = 16;
/** A prompt created this long after its slot counts as posted late. */
const LATE_AFTER_MS = 2 * 60_000;

export class SlotRunner {
  constructor(private readonly deps: RhythmDeps) {}

  async run(now: Date, report: TickReport = emptyReport(), published: PublishedThisTick = new Set()): Promise<TickReport> {
    // Blackouts from before the look-back: a slot may move forward out of a holiday onto the range.
    const blackoutsFrom = addDays(new Date(now.getTime() - MAX_LOOKBACK_MS).toISOString().slice(0, 10), -90);
    const scheduled = await this.deps.repos.schedules.listScheduled(now, blackoutsFrom);
    await forEachConcurrently(scheduled, PARTNERSHIPS_AT_ONCE, async (partnership) => {
      try {
        await this.runPartnership(partnership, now, report, published);
      } catch (error) {
        // One partnership's trouble (a bad row, a timeout) must not stop the others' prompts.
        this.deps.log.error({ partnershipId: partnership.schedule.partnershipId, err: String(error) }, 'rhythm slots failed for a partnership');
      }
    }, () => this.deps.stop.requested);
    return report;
  }

  private async runPartnership({ schedule, holidayRegion, blackouts }: ScheduledPartnership, now: Date, report: TickReport, published: PublishedThisTick): Promise<void> {
    const { repos, log, options } = this.deps;
    const partnershipId = schedule.partnershipId;
    const checked = schedule.slotsCheckedUntil ?? now;
    if (checked.getTime() >= now.getTime()) return;
    const from = new Date(Math.max(checked.getTime(), now.getTime() - MAX_LOOKBACK_MS));
    const ctx = { holidayRegion: holidayRegion ?? DEFAULT_HOLIDAY_REGION, blackouts: new Set(blackouts) };
    const slots = slotsBetween(schedule, ctx, from, now);
    if (slots.length === 0) return; // nothing in range: leave the watermark, the range just grows until a slot
    const graceStart = now.getTime() - options.graceMs;
    const missed = slots.filter((s) => s.at.getTime() <= graceStart);
    for (const slot of slots.filter((s) => s.at.getTime() > graceStart)) await this.post(schedule, slot, now, report, published);
    // Only the instance that moves the watermark logs the skipped slots, so each is logged once.
    if (await repos.schedules.advanceCheckedUntil(partnershipId, schedule.slotsCheckedUntil, now)) {
      for (const slot of missed) {
        log.warn({ partnershipId, slotKey: slot.key, minutesLate: Math.round((now.getTime() - slot.at.getTime()) / 60_000) }, 'slot missed by more than the grace period: skipped');
      }
      report.skipped += missed.length;
    }
  }

  private async post(schedule: ScheduleRecord, slot: Slot, now: Date, report: TickReport, published: PublishedThisTick): Promise<void> {
    const { repos, prompts, log } = this.deps;
    const [last] = await repos.prompts.recentForPartnership(schedule.partnershipId, 1);
    const { prompt, created } = await repos.prompts.createOnce({
      partnershipId: schedule.partnershipId,
      slotKey: slot.key,
      focusCode: nextFocus(schedule.focusCodes, last?.focusCode),
      opensAt: slot.at,
      // Same local time windowDays later, also when a DST change falls inside the window.
      closesAt: zonedInstant(addDays(slot.day, schedule.windowDays), schedule.time, schedule.timeZone),
    });
    if (created) {
      const late = now.getTime() - slot.at.getTime() > LATE_AFTER_MS;
      report.created += 1;
      if (late) report.late += 1;
      log.info({ partnershipId: schedule.partnershipId, promptId: prompt.id, slotKey: slot.key, focusCode: prompt.focusCode, late, moved: slot.moved?.reason }, 'scheduled prompt created');
    }
    // Also when another instance (or a crashed run) created it: publish only posts rows nobody has claimed.
    const result = await prompts.publish(prompt.id);
    published.add(prompt.id);
    report.posted += result.posted;
  }
}
