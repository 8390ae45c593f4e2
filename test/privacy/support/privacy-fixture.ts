/**
 * A real database (SQLite or PostgreSQL) with two partnerships, the shared conversation and people on Slack and
 * Teams, for the privacy tests: "Stad & Streek" deletes answers of people who are forgotten, "Binnenmeren" keeps
 * their scores. Mees (Slack and Teams, one person via his e-mail) is the data subject; Carla coordinates.
 */
import pino from 'pino';
import { Conversation, ConversationContext } from '../../../src/bots/shared/conversation';
import { PlatformDeps } from '../../../src/bots/shared/platform-deps';
import { loadConfig } from '../../../src/config';
import { parsePlatformIdList } from '../../../src/domain/access/platform-id';
import { PlatformUser, PromptRecord } from '../../../src/domain/model/records';
import { createServices } from '../../../src/domain/services';
import { Database, openDatabase } from '../../../src/storage/database';
import { createRepositories } from '../../../src/storage/repositories';
import { FixedClock, RecordingGateway } from '../../support/app-deps';

export const LINK_SECRET = 'privacy-test-secret-0123456789abcdef0123456789';
export const MEES: PlatformUser = { platform: 'slack', workspaceId: 'T0PRIV001', userId: 'U0MEES001', displayName: 'Mees Meijer', email: 'mees.meijer@example.org' };
export const MEES_TEAMS: PlatformUser = { platform: 'teams', workspaceId: '72f988bf-86f1-41af-91ab-2d7cd011db47', userId: '5c1d7e29-8a61-4c1f-9e0d-3b2a4f6c8d10', displayName: 'Mees Meijer', email: 'mees.meijer@example.org' };
export const CARLA: PlatformUser = { platform: 'slack', workspaceId: 'T0PRIV001', userId: 'U0CARLA01', displayName: 'Carla Coördinator', email: 'carla@example.org' };
export const BRAM: PlatformUser = { platform: 'slack', workspaceId: 'T0PRIV001', userId: 'U0BRAM001', displayName: 'Bram Jansen' };
export const ADMIN: PlatformUser = { platform: 'slack', workspaceId: 'T0PRIV001', userId: 'U0ADMIN01', displayName: 'Ada Admin' };
export const STAD = { name: 'Stad & Streek', channel: 'C0STAD0001' };
export const BINNEN = { name: 'Binnenmeren', channel: 'C0BINNEN01' };

export interface PrivacyFixture {
  db: Database;
  deps: PlatformDeps;
  clock: FixedClock;
  conversation: Conversation;
  ctx(user: PlatformUser, channelId?: string): ConversationContext;
  say(user: PlatformUser, text: string, channelId?: string): ReturnType<Conversation['handleText']>;
  prompt(channelId: string, focus: string): Promise<PromptRecord>;
  answer(user: PlatformUser, prompt: PromptRecord, fields: Record<string, string>): Promise<void>;
}

export async function startPrivacyFixture(url: string, now = new Date('2027-02-02T08:00:00Z')): Promise<PrivacyFixture> {
  const db = await openDatabase(url);
  const clock = new FixedClock(now);
  const log = pino({ level: 'silent' });
  const repos = createRepositories(db.prisma);
  const services = createServices(repos, clock, log, { admins: parsePlatformIdList(`slack:${ADMIN.workspaceId}:${ADMIN.userId}`).ids, retentionMonths: 24 });
  services.prompts.registerGateway(new RecordingGateway('slack'));
  services.prompts.registerGateway(new RecordingGateway('teams'));
  const deps: PlatformDeps = { config: loadConfig({ DATABASE_URL: url, OOGST_LINK_SECRET: LINK_SECRET }), log, repos, services, clock };
  const conversation = new Conversation(deps);
  let n = 0;
  const ctx = (user: PlatformUser, channelId?: string): ConversationContext => ({
    user,
    channel: channelId ? { platform: user.platform, workspaceId: user.workspaceId, channelId, conversationRef: JSON.stringify({ channelId }) } : undefined,
    locale: 'nl',
    deliveryKey: `d-${(n += 1)}`,
    resolveMention: async () => undefined,
  });
  const fixture: PrivacyFixture = {
    db, deps, clock, conversation, ctx,
    say: (user, text, channelId) => conversation.handleText(ctx(user, channelId), text),
    async prompt(channelId, focus) {
      await fixture.say(CARLA, `vraag nu ${focus}`, channelId);
      const binding = await repos.bindings.findByChannel('slack', CARLA.workspaceId, channelId);
      const prompt = await repos.prompts.latestOpen(binding!.partnershipId, clock.now());
      return prompt!;
    },
    async answer(user, prompt, fields) {
      const outcome = await services.answers.submit({ user }, prompt.id, fields, 'nl');
      if (outcome.kind !== 'saved') throw new Error(`answer not saved: ${JSON.stringify(outcome)}`);
    },
  };
  for (const { name } of [STAD, BINNEN]) await db.prisma.partnership.create({ data: { name, nameKey: name === STAD.name ? 'stad streek' : 'binnenmeren', sectors: 'po' } });
  await fixture.say(CARLA, `koppel ${STAD.name}`, STAD.channel);
  await fixture.say(CARLA, `koppel ${BINNEN.name}`, BINNEN.channel);
  await fixture.say(CARLA, 'privacy bewaren', BINNEN.channel);
  return fixture;
}
