/**
 * Database set-up for the fan-out benchmark: partnerships that each link one Teams and one Slack channel, all
 * on the same weekly rhythm whose slot fell a minute ago and has not been handled yet. The server's start-up
 * tick then finds one due slot per partnership: the scheduled fan-out, through the real scheduler.
 */
import { randomUUID } from 'node:crypto';
import { referenceForChannel, serializeReference } from '../../src/bots/teams/conversation-reference';
import type { IncomingActivity } from '../../src/bots/teams/activity.schema';
import { slotsBetween } from '../../src/domain/rhythm/slot-calculator';
import { DEFAULT_HOLIDAY_REGION, DEFAULT_SCHEDULE, ScheduleRecord } from '../../src/domain/rhythm/schedule.types';
import { wallTimeOf } from '../../src/domain/rhythm/zoned-time';
import type { Db } from '../../src/storage/database';
import { channelMessage } from '../bots/teams/fixtures/teams-activities';

export interface FanoutWorld {
  teamsChannels: string[];
  slackChannels: string[];
  /** Teams conversation id -> tenant id. */
  tenantOf: Map<string, string>;
}

export interface FanoutOptions { partnerships: number; tenants: number; slackTeamId: string; connectorUrl: string }

const pad = (n: number) => String(n).padStart(5, '0');

/** A weekly schedule whose slot is today, 90 s ago (local Amsterdam time), not yet checked. */
function dueSchedule(now: Date): Omit<ScheduleRecord, 'partnershipId'> {
  const wall = wallTimeOf(new Date(now.getTime() - 90_000), DEFAULT_SCHEDULE.timeZone);
  const weekday = new Date(`${wall.day}T12:00:00Z`).getUTCDay() as ScheduleRecord['weekday'];
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  // "skip": on a school holiday there is no slot at all, which the check below reports instead of hanging.
  return { ...DEFAULT_SCHEDULE, weekday, time, holidayPolicy: 'skip', slotsCheckedUntil: new Date(now.getTime() - 10 * 60_000) };
}

export async function seedFanoutWorld(db: Db, options: FanoutOptions): Promise<FanoutWorld> {
  const now = new Date();
  const schedule = dueSchedule(now);
  const slots = slotsBetween({ partnershipId: 'check', ...schedule }, { holidayRegion: DEFAULT_HOLIDAY_REGION, blackouts: new Set() }, schedule.slotsCheckedUntil!, new Date(now.getTime() + 60_000));
  if (slots.length !== 1) throw new Error(`fan-out set-up: expected one due slot today, found ${slots.length} (a school holiday?)`);
  const world: FanoutWorld = { teamsChannels: [], slackChannels: [], tenantOf: new Map() };
  const partnerships = [];
  const bindings = [];
  for (let i = 0; i < options.partnerships; i += 1) {
    const id = randomUUID();
    partnerships.push({ id, name: `Fan-out ${pad(i)}`, nameKey: `fan-out ${pad(i)}`, sectors: 'po,vo' });
    const tenantId = `tenant-${i % options.tenants}`;
    const teamsChannel = `19:fanout${pad(i)}@thread.tacv2`;
    const activity = channelMessage({ serviceUrl: options.connectorUrl, channel: { id: teamsChannel, name: `kanaal ${i}` } }, 'koppel') as unknown as IncomingActivity & { channelData: { tenant: { id: string } }; conversation: { tenantId: string } };
    activity.channelData.tenant.id = tenantId;
    activity.conversation.tenantId = tenantId;
    const slackChannel = `C0FAN${pad(i)}`;
    world.teamsChannels.push(teamsChannel);
    world.slackChannels.push(slackChannel);
    world.tenantOf.set(teamsChannel, tenantId);
    bindings.push(
      { partnershipId: id, platform: 'teams', workspaceId: tenantId, channelId: teamsChannel, channelName: `kanaal ${i}`, conversationRef: serializeReference(referenceForChannel(activity)) },
      { partnershipId: id, platform: 'slack', workspaceId: options.slackTeamId, channelId: slackChannel, channelName: `kanaal-${i}`, conversationRef: JSON.stringify({ teamId: options.slackTeamId, channelId: slackChannel }) },
    );
  }
  await db.partnership.createMany({ data: partnerships });
  await db.channelBinding.createMany({ data: bindings });
  await db.schedule.createMany({
    data: partnerships.map((p) => ({
      partnershipId: p.id, cadence: schedule.cadence, weekday: schedule.weekday, time: schedule.time, timeZone: schedule.timeZone, windowDays: schedule.windowDays,
      reminderHours: schedule.reminderHours, focusCodes: '', holidayPolicy: schedule.holidayPolicy, slotsCheckedUntil: schedule.slotsCheckedUntil,
    })),
  });
  return world;
}
