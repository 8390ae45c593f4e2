/**
 * Database set-up for the answer benchmark, written with the app's own Prisma client before and while the
 * server runs: one partnership per platform with its linked channel, people who already know Oogst (member,
 * privacy notice seen: the steady state, where an answer is one insert), and a fresh open prompt per burst,
 * already posted in the channel, so every burst's answers are new rows and refresh a real card.
 */
import { randomUUID } from 'node:crypto';
import { referenceForChannel, serializeReference } from '../../src/bots/teams/conversation-reference';
import { slackChannelRef } from '../../src/bots/slack/slack-identity';
import type { Db } from '../../src/storage/database';
import { channelMessage, GENERAL, TENANT_ID } from '../../test/bots/teams/fixtures/teams-activities';
import type { IncomingActivity } from '../../src/bots/teams/activity.schema';

export type BenchPlatform = 'slack' | 'teams';

export interface BenchPerson { userId: string; name: string; aadObjectId: string; teamsId: string }

export interface SeededWorld {
  partnershipId: Record<BenchPlatform, string>;
  bindingId: Record<BenchPlatform, string>;
  slack: { teamId: string; channelId: string };
  teams: { tenantId: string; channelId: string };
  people: BenchPerson[];
}

const DAY_MS = 86_400_000;

export function benchPerson(i: number): BenchPerson {
  const hex = i.toString(16).padStart(12, '0');
  return { userId: `U0P${String(i).padStart(6, '0')}`, name: `Persoon ${i}`, aadObjectId: `0b0e0000-0000-4000-8000-${hex}`, teamsId: `29:bench-${hex}` };
}

export async function seedAnswerWorld(db: Db, options: { people: number; slackTeamId: string; connectorUrl: string }): Promise<SeededWorld> {
  const slack = { teamId: options.slackTeamId, channelId: 'C0BENCH01' };
  const teams = { tenantId: TENANT_ID, channelId: GENERAL.id };
  const partnershipId = {} as Record<BenchPlatform, string>;
  for (const platform of ['slack', 'teams'] as const) {
    const name = `Bench ${platform}`;
    partnershipId[platform] = (await db.partnership.create({ data: { name, nameKey: name.toLowerCase(), sectors: 'po,vo' } })).id;
  }
  const slackRef = slackChannelRef(slack, 'bench');
  const teamsActivity = channelMessage({ serviceUrl: options.connectorUrl }, 'koppel') as unknown as IncomingActivity;
  const bindingId = {
    slack: (await db.channelBinding.create({ data: { partnershipId: partnershipId.slack, platform: 'slack', workspaceId: slack.teamId, channelId: slack.channelId, channelName: 'bench', conversationRef: slackRef.conversationRef } })).id,
    teams: (await db.channelBinding.create({ data: { partnershipId: partnershipId.teams, platform: 'teams', workspaceId: teams.tenantId, channelId: teams.channelId, channelName: 'General', conversationRef: serializeReference(referenceForChannel(teamsActivity)) } })).id,
  };
  const people = Array.from({ length: options.people }, (_, i) => benchPerson(i));
  const now = new Date();
  for (const platform of ['slack', 'teams'] as const) {
    const persons = people.map((p) => ({ id: randomUUID(), displayName: platform === 'slack' ? `Persoon ${p.userId}` : p.name, locale: 'nl', privacyNoticeAt: now }));
    await db.person.createMany({ data: persons });
    await db.platformIdentity.createMany({
      data: people.map((p, i) => ({ personId: persons[i].id, platform, workspaceId: platform === 'slack' ? slack.teamId : teams.tenantId, userId: platform === 'slack' ? p.userId : p.aadObjectId })),
    });
    await db.partnershipRole.createMany({ data: persons.map((p) => ({ personId: p.id, partnershipId: partnershipId[platform], role: 'member' })) });
  }
  return { partnershipId, bindingId, slack, teams, people };
}

/** A prompt open for five days, already posted in the platform's channel (so answers refresh a real card). */
export async function openPostedPrompt(db: Db, world: SeededWorld, platform: BenchPlatform): Promise<{ promptId: string; messageId: string }> {
  const now = Date.now();
  const prompt = await db.prompt.create({
    data: { partnershipId: world.partnershipId[platform], slotKey: `manual:bench-${randomUUID()}`, focusCode: 'kwaliteit', opensAt: new Date(now - 60_000), closesAt: new Date(now + 5 * DAY_MS) },
  });
  const messageId = platform === 'slack' ? `${Math.floor(now / 1000)}.${String(now % 1_000_000).padStart(6, '0')}` : String(now);
  await db.promptPost.create({ data: { promptId: prompt.id, bindingId: world.bindingId[platform], state: 'posted', messageId } });
  return { promptId: prompt.id, messageId };
}
