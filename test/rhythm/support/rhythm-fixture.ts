/** A database with a region, partnerships, people and a linked channel, and services on a fake clock. */
import { randomUUID } from 'node:crypto';
import type { HolidayRegion, Positioning } from '../../../src/domain/model/records';
import type { DomainLogger, Repositories } from '../../../src/domain/ports';
import { PromptService } from '../../../src/domain/services/prompt.service';
import { RhythmService } from '../../../src/domain/rhythm/rhythm.service';
import type { RhythmOptions } from '../../../src/domain/rhythm/rhythm-deps';
import { Database, openDatabase } from '../../../src/storage/database';
import { createRepositories } from '../../../src/storage/repositories';
import { FakeClock } from './fake-clock';
import { FakeGateway } from './fake-gateway';

export interface LogEntry { level: 'info' | 'warn' | 'error'; fields: Record<string, unknown>; message: string }

export class MemoryLog implements DomainLogger {
  readonly entries: LogEntry[] = [];
  info(fields: Record<string, unknown>, message: string) { this.entries.push({ level: 'info', fields, message }); }
  warn(fields: Record<string, unknown>, message: string) { this.entries.push({ level: 'warn', fields, message }); }
  error(fields: Record<string, unknown>, message: string) { this.entries.push({ level: 'error', fields, message }); }
  messages(level?: LogEntry['level']): string[] {
    return this.entries.filter((e) => !level || e.level === level).map((e) => e.message);
  }
}

/** One "process": its own database connection, repositories and services, sharing the test's clock and platform. */
export interface Instance { db: Database; repos: Repositories; prompts: PromptService; rhythm: RhythmService; log: MemoryLog }

export async function startInstance(url: string, clock: FakeClock, gateway: FakeGateway, options: Partial<RhythmOptions> = {}): Promise<Instance> {
  const db = await openDatabase(url);
  const repos = createRepositories(db.prisma);
  const log = new MemoryLog();
  const prompts = new PromptService(repos, clock, log, { leaseMs: options.leaseMs });
  prompts.registerGateway(gateway);
  return { db, repos, prompts, rhythm: new RhythmService(repos, prompts, clock, log, options), log };
}

export async function addRegion(db: Database, holidayRegion: HolidayRegion, name = `Regio ${randomUUID().slice(0, 6)}`) {
  return db.prisma.region.create({ data: { name, nameKey: name.toLowerCase(), holidayRegion } });
}

export async function addPartnership(db: Database, options: { holidayRegion?: HolidayRegion; positioning?: Positioning; name?: string } = {}) {
  const name = options.name ?? `Partnerschap ${randomUUID().slice(0, 8)}`;
  const partnership = await db.prisma.partnership.create({ data: { name, nameKey: name.toLowerCase(), sectors: 'po,vo' } });
  if (options.holidayRegion) {
    const region = await addRegion(db, options.holidayRegion);
    await db.prisma.partnershipRegion.create({ data: { partnershipId: partnership.id, regionId: region.id, positioning: options.positioning ?? 'within' } });
  }
  return partnership;
}

export async function linkChannel(db: Database, partnershipId: string, channelId = `C${randomUUID().slice(0, 8)}`, platform: 'slack' | 'teams' = 'slack') {
  return db.prisma.channelBinding.create({ data: { partnershipId, platform, workspaceId: 'T1', channelId, conversationRef: JSON.stringify({ channelId }) } });
}

export async function addMember(db: Database, partnershipId: string, options: { role?: 'member' | 'coordinator'; remindersEnabled?: boolean; userId?: string; platform?: 'slack' | 'teams' } = {}) {
  const userId = options.userId ?? `U${randomUUID().slice(0, 8)}`;
  const person = await db.prisma.person.create({ data: { displayName: `Persoon ${userId}`, remindersEnabled: options.remindersEnabled ?? true } });
  await db.prisma.platformIdentity.create({ data: { personId: person.id, platform: options.platform ?? 'slack', workspaceId: 'T1', userId } });
  await db.prisma.partnershipRole.create({ data: { personId: person.id, partnershipId, role: options.role ?? 'member' } });
  return { ...person, userId };
}
