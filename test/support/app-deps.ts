/** Builds the same dependencies startApp builds, without HTTP, for tests of the shared conversation layer. */
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Clock, PromptGateway } from '../../src/domain/ports';
import { BindingRecord, PromptRecord } from '../../src/domain/model/records';
import { createServices } from '../../src/domain/services';
import { PlatformDeps } from '../../src/bots/shared/platform-deps';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';

export class FixedClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A gateway at the far side of the platform boundary: records what would be posted. */
export class RecordingGateway implements PromptGateway {
  readonly posts: { binding: BindingRecord; prompt: PromptRecord; count: number }[] = [];
  readonly updates: { messageId: string; prompt: PromptRecord; count: number }[] = [];
  constructor(readonly platform: 'teams' | 'slack' = 'slack') {}
  async post(binding: BindingRecord, prompt: PromptRecord, count: number) {
    this.posts.push({ binding, prompt, count });
    return { messageId: `msg-${this.posts.length}` };
  }
  async update(_binding: BindingRecord, messageId: string, prompt: PromptRecord, count: number) {
    this.updates.push({ messageId, prompt, count });
  }
}

export async function buildDeps(url: string, clock: Clock = new FixedClock(new Date('2027-02-02T08:00:00Z'))): Promise<{ deps: PlatformDeps; db: Database }> {
  const db = await openDatabase(url);
  const log = pino({ level: 'silent' });
  const repos = createRepositories(db.prisma);
  const services = createServices(repos, clock, log);
  return { db, deps: { config: loadConfig({ DATABASE_URL: url }), log, repos, services, clock } };
}
