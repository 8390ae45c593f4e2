/** Texts for the rhythm commands: the schedule in words, the next slots, and why a change was refused. */
import { focusPointByCode } from '../../domain/catalogue';
import { describeCommandUsage, type CommandUsageKey } from '../../domain/commands';
import { formatDate, formatIsoDay, formatList, formatWeekday, Locale, MessageKey, t } from '../../domain/i18n';
import { occurrenceInMonth } from '../../domain/rhythm/calendar-day';
import type { RhythmOverview, RhythmRefusal } from '../../domain/rhythm/rhythm.service';
import type { ScheduleRecord } from '../../domain/rhythm/schedule.types';
import type { Slot } from '../../domain/rhythm/slot-calculator';

const ORDINALS = { 1: 'ordinal.1', 2: 'ordinal.2', 3: 'ordinal.3', 4: 'ordinal.4', last: 'ordinal.last' } as const;

const focusLabel = (code: string, locale: Locale): string => focusPointByCode(code)?.label[locale] ?? code;

/** "wekelijks op dinsdag om 09:00" / "maandelijks op de laatste dinsdag om 09:00". */
export function describeRhythm(schedule: ScheduleRecord, locale: Locale): string {
  const params = { cadence: t(locale, `cadence.${schedule.cadence}`), weekday: formatWeekday(locale, schedule.weekday), time: schedule.time };
  if (schedule.cadence !== 'monthly') return t(locale, 'rhythm.describe', params);
  const nth = schedule.anchorDate ? occurrenceInMonth(schedule.anchorDate) : 1;
  return t(locale, 'rhythm.describe.monthly', { ...params, nth: t(locale, ORDINALS[nth as keyof typeof ORDINALS]) });
}

export function slotDate(slot: Slot, schedule: ScheduleRecord, locale: Locale): string {
  return formatDate(locale, slot.at, schedule.timeZone);
}

function slotLine(slot: Slot, focusCode: string, schedule: ScheduleRecord, locale: Locale): string {
  const params = { date: slotDate(slot, schedule, locale), focus: focusLabel(focusCode, locale) };
  if (!slot.moved) return `• ${t(locale, 'rhythm.next.item', params)}`;
  const reason = slot.moved.holiday ? t(locale, `holiday.${slot.moved.holiday}`) : t(locale, 'rhythm.reason.blackout');
  return `• ${t(locale, 'rhythm.next.moved', { ...params, reason })}`;
}

/** "ritme": the schedule, its settings and the next slots with their focus points. */
export function overviewLines(overview: RhythmOverview, locale: Locale): string[] {
  const { schedule } = overview;
  const lines = [t(locale, 'rhythm.show', { rhythm: describeRhythm(schedule, locale) })];
  lines.push(schedule.focusCodes.length
    ? t(locale, 'status.focus', { focus: formatList(locale, schedule.focusCodes.map((code) => focusLabel(code, locale))) })
    : t(locale, 'status.focus.all'));
  lines.push(t(locale, 'status.window', { days: schedule.windowDays }), t(locale, 'rhythm.reminder', { hours: schedule.reminderHours }));
  lines.push(t(locale, schedule.holidayPolicy === 'skip' ? 'rhythm.holidays.skip' : 'rhythm.holidays.move', { region: overview.holidayRegion }));
  if (overview.blackouts.length) lines.push(t(locale, 'rhythm.blackouts', { dates: formatList(locale, overview.blackouts.map((day) => formatIsoDay(locale, day))) }));
  if (overview.paused && schedule.pausedUntil) lines.push(t(locale, 'status.paused', { date: formatDate(locale, schedule.pausedUntil, schedule.timeZone, { withYear: true }) }));
  if (!overview.next.length) return [...lines, t(locale, 'rhythm.next.none')];
  lines.push(t(locale, 'rhythm.next.header'), ...overview.next.map(({ slot, focusCode }) => slotLine(slot, focusCode, schedule, locale)));
  return lines;
}

/** The first upcoming slot as a date, or the "nothing planned" text. */
export function firstSlotText(overview: RhythmOverview, locale: Locale): string {
  const first = overview.next[0];
  return first ? slotDate(first.slot, overview.schedule, locale) : t(locale, 'rhythm.next.none');
}

/** Why a change was refused, and the right form of the command. Nothing was stored. */
export function refusalLines(refusal: RhythmRefusal, locale: Locale): string[] {
  const usage = (key: CommandUsageKey) => t(locale, 'command.invalid.usage', { usage: describeCommandUsage(key, locale) });
  switch (refusal.reason) {
    case 'windowTooLong': {
      const key: MessageKey = refusal.via === 'window' ? 'window.tooLong' : 'rhythm.windowTooLong';
      return [t(locale, key, { days: refusal.days, max: refusal.max, cadence: t(locale, `cadence.${refusal.cadence}`) })];
    }
    case 'pastDate':
      return refusal.via === 'pause' ? [t(locale, 'pause.pastDate'), usage('pause')] : [t(locale, 'blackout.pastDate'), usage('blackout')];
    case 'notPaused':
      return [t(locale, 'resume.notPaused')];
  }
}
