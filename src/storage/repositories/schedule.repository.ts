/** Schedules and blackout days. Enumerated columns are validated with zod; an odd row falls back to the defaults. */
import { z } from 'zod';
import { FOCUS_POINT_CODES, type FocusPointCode } from '../../domain/catalogue/focus-points.data';
import type { Weekday } from '../../domain/commands/command.types';
import type { HolidayRegion } from '../../domain/model/records';
import { isIsoDay } from '../../domain/rhythm/calendar-day';
import type { ScheduleRepository } from '../../domain/rhythm/rhythm.ports';
import { DEFAULT_SCHEDULE, type SchedulePatch, type ScheduleRecord } from '../../domain/rhythm/schedule.types';
import type { Schedule } from '../generated/sqlite/client';
import { Db } from '../database';
import { isUniqueViolation } from './row-mappers';

const cadence = z.enum(['weekly', 'biweekly', 'monthly']).catch(DEFAULT_SCHEDULE.cadence);
const holidayPolicy = z.enum(['move', 'skip']).catch(DEFAULT_SCHEDULE.holidayPolicy);
const weekday = z.number().int().min(0).max(6).catch(DEFAULT_SCHEDULE.weekday);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).catch(DEFAULT_SCHEDULE.time);
const holidayRegion = z.enum(['noord', 'midden', 'zuid']);
/** Which link decides the holiday region when a partnership lies in several regions. */
const POSITIONING_RANK: Record<string, number> = { is_region: 0, within: 1, spans: 2 };

export const toSchedule = (row: Schedule): ScheduleRecord => ({
  partnershipId: row.partnershipId,
  cadence: cadence.parse(row.cadence),
  weekday: weekday.parse(row.weekday) as Weekday,
  time: time.parse(row.time),
  timeZone: row.timeZone,
  windowDays: row.windowDays,
  reminderHours: row.reminderHours,
  focusCodes: row.focusCodes.split(',').filter((code): code is FocusPointCode => (FOCUS_POINT_CODES as readonly string[]).includes(code)),
  holidayPolicy: holidayPolicy.parse(row.holidayPolicy),
  pausedUntil: row.pausedUntil,
  anchorDate: row.anchorDate && isIsoDay(row.anchorDate) ? row.anchorDate : null,
  slotsCheckedUntil: row.slotsCheckedUntil,
});

function toColumns(patch: SchedulePatch) {
  const { focusCodes, ...rest } = patch;
  return { ...rest, ...(focusCodes ? { focusCodes: focusCodes.join(',') } : {}) };
}

function pickHolidayRegion(links: { positioning: string; region: { name: string; holidayRegion: string } }[]): HolidayRegion | null {
  const sorted = [...links].sort((a, b) => (POSITIONING_RANK[a.positioning] ?? 9) - (POSITIONING_RANK[b.positioning] ?? 9) || a.region.name.localeCompare(b.region.name));
  for (const link of sorted) {
    const parsed = holidayRegion.safeParse(link.region.holidayRegion);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function scheduleRepository(db: Db): ScheduleRepository {
  const repo: ScheduleRepository = {
    async ensure(partnershipId, now) {
      const existing = await db.schedule.findUnique({ where: { partnershipId } });
      if (existing?.slotsCheckedUntil) return toSchedule(existing);
      if (existing) {
        // A schedule from before slot tracking: count from now, never fire the past.
        await db.schedule.updateMany({ where: { partnershipId, slotsCheckedUntil: null }, data: { slotsCheckedUntil: now } });
        return toSchedule(await db.schedule.findUniqueOrThrow({ where: { partnershipId } }));
      }
      try {
        return toSchedule(await db.schedule.create({ data: { partnershipId, slotsCheckedUntil: now } }));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // two first uses at once: the other one created it
        return toSchedule(await db.schedule.findUniqueOrThrow({ where: { partnershipId } }));
      }
    },
    async update(partnershipId, patch) {
      return toSchedule(await db.schedule.update({ where: { partnershipId }, data: toColumns(patch) }));
    },
    async advanceCheckedUntil(partnershipId, from, to) {
      const { count } = await db.schedule.updateMany({ where: { partnershipId, slotsCheckedUntil: from }, data: { slotsCheckedUntil: to } });
      return count === 1;
    },
    async holidayRegion(partnershipId) {
      return pickHolidayRegion(await db.partnershipRegion.findMany({ where: { partnershipId }, include: { region: true } }));
    },
    async addBlackout(partnershipId, day) {
      await db.blackoutDate.upsert({ where: { partnershipId_date: { partnershipId, date: day } }, create: { partnershipId, date: day }, update: {} }).catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
      });
    },
    async blackouts(partnershipId, fromDay) {
      const rows = await db.blackoutDate.findMany({ where: { partnershipId, date: { gte: fromDay } }, orderBy: { date: 'asc' } });
      return rows.map((r) => r.date);
    },
    async listScheduled(now, blackoutsFrom) {
      const load = () =>
        db.partnership.findMany({
          where: { bindings: { some: { active: true } } },
          orderBy: { id: 'asc' },
          select: {
            id: true,
            schedule: true,
            regions: { select: { positioning: true, region: { select: { name: true, holidayRegion: true } } } },
            blackouts: { where: { date: { gte: blackoutsFrom } }, select: { date: true } },
          },
        });
      let rows = await load();
      const missing = rows.filter((r) => !r.schedule?.slotsCheckedUntil);
      if (missing.length) {
        for (const row of missing) await repo.ensure(row.id, now);
        rows = await load();
      }
      return rows.filter((r) => r.schedule).map((r) => ({
        schedule: toSchedule(r.schedule as Schedule),
        holidayRegion: pickHolidayRegion(r.regions),
        blackouts: r.blackouts.map((b) => b.date),
      }));
    },
  };
  return repo;
}
