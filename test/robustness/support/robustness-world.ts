/**
 * The world the robustness tests attack: the real server in its own process (compiled, see compiled-app.ts),
 * Slack over HTTP against the fake Web API and Teams in local mode against the fake Bot Connector (the fakes
 * live in the test process, so they outlive a killed server and count every post). Two partnerships, each
 * with a linked Slack channel and a linked Teams channel, a coordinator, a member and prompts; names that
 * no fuzzer guesses, so a fuzzed "koppel <name>" can never link a channel for real.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingActivity } from '../../../src/bots/teams/activity.schema';
import { referenceForChannel, serializeReference } from '../../../src/bots/teams/conversation-reference';
import { Database, openDatabase } from '../../../src/storage/database';
import { BRAM, CARLA, channelMessage, GENERAL, MEGAN, REFLECTIE, TENANT_ID, TeamsUser } from '../../bots/teams/fixtures/teams-activities';
import { SIGNING_SECRET, Who } from '../../bots/slack/slack-requests';
import { ServerProcess, startServerProcess } from '../../support/compiled-app';
import { FakeBotConnector } from '../../support/fake-bot-connector';
import { FakeSlackApi } from '../../support/fake-slack-api';
import { createTestDatabase, DatabaseKind, TestDatabase } from '../../support/test-databases';

const DAY_MS = 86_400_000;

export interface Side {
  partnershipId: string;
  name: string;
  slackChannel: { channelId: string; channelName: string };
  teamsChannel: { id: string; name: string };
  slackCoordinator: Who;
  slackMember: Who;
  teamsCoordinator: TeamsUser;
  teamsMember: TeamsUser;
  /** Open prompt, posted in both channels: promptId and the message ids per platform. */
  open: { promptId: string; slackTs: string; teamsMessageId: string };
  closed: { promptId: string };
}

export interface World {
  kind: DatabaseKind;
  testDb: TestDatabase;
  db: Database;
  slack: FakeSlackApi;
  connector: FakeBotConnector;
  a: Side;
  b: Side;
  server?: ServerProcess;
  env: Record<string, string>;
  start(extraEnv?: Record<string, string>): Promise<ServerProcess>;
  stop(): Promise<void>;
}

async function seedSide(db: Database, world: { slack: FakeSlackApi; connector: FakeBotConnector }, side: Omit<Side, 'partnershipId' | 'open' | 'closed'>): Promise<Side> {
  const prisma = db.prisma;
  const partnership = await prisma.partnership.create({ data: { name: side.name, nameKey: side.name.toLowerCase(), sectors: 'po,vo' } });
  const teamsActivity = channelMessage({ serviceUrl: world.connector.url, channel: side.teamsChannel }, 'koppel') as unknown as IncomingActivity;
  const slackBinding = await prisma.channelBinding.create({
    data: { partnershipId: partnership.id, platform: 'slack', workspaceId: world.slack.teamId, channelId: side.slackChannel.channelId, channelName: side.slackChannel.channelName, conversationRef: JSON.stringify({ teamId: world.slack.teamId, channelId: side.slackChannel.channelId }) },
  });
  const teamsBinding = await prisma.channelBinding.create({
    data: { partnershipId: partnership.id, platform: 'teams', workspaceId: TENANT_ID, channelId: side.teamsChannel.id, channelName: side.teamsChannel.name, conversationRef: serializeReference(referenceForChannel(teamsActivity)) },
  });
  const people: [string, string, string, 'coordinator' | 'member'][] = [
    ['slack', world.slack.teamId, side.slackCoordinator.userId, 'coordinator'],
    ['slack', world.slack.teamId, side.slackMember.userId, 'member'],
    ['teams', TENANT_ID, side.teamsCoordinator.aadObjectId, 'coordinator'],
    ['teams', TENANT_ID, side.teamsMember.aadObjectId, 'member'],
  ];
  for (const [platform, workspaceId, userId, role] of people) {
    const displayName = platform === 'teams' ? [side.teamsCoordinator, side.teamsMember].find((u) => u.aadObjectId === userId)!.name : `user-${userId}`;
    const person = await prisma.person.create({ data: { displayName, locale: 'nl', privacyNoticeAt: new Date() } });
    await prisma.platformIdentity.create({ data: { personId: person.id, platform, workspaceId, userId } });
    await prisma.partnershipRole.create({ data: { personId: person.id, partnershipId: partnership.id, role } });
  }
  const now = Date.now();
  const prompt = (slotKey: string, opensAt: number, closesAt: number, status: string) =>
    prisma.prompt.create({ data: { partnershipId: partnership.id, slotKey, focusCode: 'kwaliteit', opensAt: new Date(opensAt), closesAt: new Date(closesAt), status, ...(status === 'closed' ? { closedAt: new Date(closesAt) } : {}) } });
  const open = await prompt(`manual:${randomUUID()}`, now - 60_000, now + 5 * DAY_MS, 'open');
  const closed = await prompt(`manual:${randomUUID()}`, now - 9 * DAY_MS, now - 4 * DAY_MS, 'closed');
  const slackTs = `${Math.floor(now / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const teamsMessageId = String(now + Math.floor(Math.random() * 1000));
  await prisma.promptPost.create({ data: { promptId: open.id, bindingId: slackBinding.id, state: 'posted', messageId: slackTs } });
  await prisma.promptPost.create({ data: { promptId: open.id, bindingId: teamsBinding.id, state: 'posted', messageId: teamsMessageId } });
  return { ...side, partnershipId: partnership.id, open: { promptId: open.id, slackTs, teamsMessageId }, closed: { promptId: closed.id } };
}

const slackWho = (fake: FakeSlackApi, userId: string): Who => ({ teamId: fake.teamId, userId, userName: `user-${userId}` });

/**
 * Creates the database (or takes the given one) and the fakes and seeds both partnerships; `start()` then runs
 * the server on it.
 */
export async function createWorld(kind: DatabaseKind, baseEnv: Record<string, string> = {}, database?: TestDatabase): Promise<World> {
  const testDb = database ?? (await createTestDatabase(kind));
  const slack = new FakeSlackApi();
  await slack.start();
  const connector = await FakeBotConnector.start();
  const db = await openDatabase(testDb.url); // applies the migrations, as the server would
  const dave: TeamsUser = { id: '29:dave-b', name: 'Dave de Boer', aadObjectId: 'd0d0d0d0-0000-4000-8000-0000000000b2' };
  const a = await seedSide(db, { slack, connector }, {
    name: 'Zeeland Qx7 Opleidt', slackChannel: { channelId: 'C0ROBUSTA', channelName: 'zeeland' }, teamsChannel: GENERAL,
    slackCoordinator: slackWho(slack, 'U0COORDA1'), slackMember: slackWho(slack, 'U0MEMBA01'), teamsCoordinator: MEGAN, teamsMember: BRAM,
  });
  const b = await seedSide(db, { slack, connector }, {
    name: 'Utrecht Zb4 Samen', slackChannel: { channelId: 'C0ROBUSTB', channelName: 'utrecht' }, teamsChannel: REFLECTIE,
    slackCoordinator: slackWho(slack, 'U0COORDB1'), slackMember: slackWho(slack, 'U0MEMBB01'), teamsCoordinator: CARLA, teamsMember: dave,
  });
  for (const who of [a.slackCoordinator, a.slackMember, b.slackCoordinator, b.slackMember]) slack.addUser({ id: who.userId, name: who.userName, realName: `user-${who.userId}`, locale: 'nl-NL' });
  const env = {
    DATABASE_URL: testDb.url,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-robustness',
    SLACK_API_URL: slack.apiUrl,
    // Only what a request does may change the database: no scheduler ticks in between.
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'info', // the "Oogst is listening" line (with the port) is logged at info
    ...baseEnv,
  };
  const world: World = {
    kind, testDb, db, slack, connector, a, b, env,
    async start(extraEnv = {}) {
      world.server = await startServerProcess({ ...env, ...extraEnv }, { timeoutMs: 60_000 });
      return world.server;
    },
    async stop() {
      await world.server?.kill();
      await db.close();
      await slack.stop();
      await connector.stop();
      await testDb.drop();
    },
  };
  return world;
}

/** Members of partnership A on both platforms, known to Oogst already (so each answer is one insert). */
export async function seedMembers(world: World, count: number) {
  const ids = Array.from({ length: count }, (_, i) => {
    const hex = i.toString(16).padStart(12, '0');
    return { slackUser: `U0CR${hex.toUpperCase()}`, teams: { id: `29:crash-${hex}`, name: `Crash ${i}`, aadObjectId: `c0a50000-0000-4000-8000-${hex}` } };
  });
  const prisma = world.db.prisma;
  for (const [platform, workspaceId] of [['slack', world.slack.teamId], ['teams', TENANT_ID]] as const) {
    const people = ids.map((id) => ({ id: randomUUID(), displayName: platform === 'slack' ? `user-${id.slackUser}` : id.teams.name, locale: 'nl', privacyNoticeAt: new Date() }));
    await prisma.person.createMany({ data: people });
    await prisma.platformIdentity.createMany({ data: ids.map((id, i) => ({ personId: people[i].id, platform, workspaceId, userId: platform === 'slack' ? id.slackUser : id.teams.aadObjectId })) });
    await prisma.partnershipRole.createMany({ data: people.map((p) => ({ personId: p.id, partnershipId: world.a.partnershipId, role: 'member' })) });
  }
  for (const id of ids) world.slack.addUser({ id: id.slackUser, name: id.slackUser, realName: `user-${id.slackUser}`, locale: 'nl-NL' });
  return ids;
}
