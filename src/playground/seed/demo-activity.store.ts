/**
 * Writes the playground's channels and demo history with Prisma, in one transaction: a channel binding per
 * partnership (pointing at the in-app relay), the closed prompts with their outbox rows marked posted, and the
 * answers back-dated to when they were "given". Every row is created only when absent (unique keys: channel,
 * partnership + slot, prompt + binding, prompt + person), so applying it twice adds nothing.
 *
 * Prisma here rather than the repositories: the ports have no way to back-date an answer, and a history where
 * every answer was given today would mislead the digest's week-by-week view.
 */
import { normalizeKey } from '../../domain/text/normalize';
import { Db } from '../../storage/database';
import { PlaygroundChannel } from '../personas';
import { DemoPrompt } from './demo-activity.plan';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface ChannelSeed extends PlaygroundChannel {
  workspaceId: string;
  channelName: string;
  conversationRef: string;
}

export interface DemoActivityCounts { bindings: number; prompts: number; answers: number }

/** True when every playground channel is stored (active or not): the seed ran to the end before. */
export async function playgroundChannelsExist(db: Db, workspaceId: string, channels: PlaygroundChannel[]): Promise<boolean> {
  const found = await db.channelBinding.count({ where: { platform: 'teams', workspaceId, channelId: { in: channels.map((c) => c.channelId) } } });
  return found === channels.length;
}

async function ensureBinding(tx: Tx, partnershipId: string, channel: ChannelSeed): Promise<{ id: string; created: boolean }> {
  const key = { platform: 'teams', workspaceId: channel.workspaceId, channelId: channel.channelId };
  const row = await tx.channelBinding.findUnique({ where: { platform_workspaceId_channelId: key } });
  if (row) return { id: row.id, created: false };
  const created = await tx.channelBinding.create({ data: { ...key, partnershipId, channelName: channel.channelName, conversationRef: channel.conversationRef } });
  return { id: created.id, created: true };
}

async function ensurePrompt(tx: Tx, partnershipId: string, prompt: DemoPrompt): Promise<{ id: string; created: boolean }> {
  const row = await tx.prompt.findUnique({ where: { partnershipId_slotKey: { partnershipId, slotKey: prompt.slotKey } } });
  if (row) return { id: row.id, created: false };
  const created = await tx.prompt.create({
    data: {
      partnershipId, slotKey: prompt.slotKey, focusCode: prompt.focusCode, opensAt: prompt.opensAt, closesAt: prompt.closesAt,
      status: 'closed', closedAt: prompt.closesAt, createdAt: prompt.opensAt,
    },
  });
  return { id: created.id, created: true };
}

/** Applies the channels and the history; people and partnerships must exist already (the setup plan ran). */
export async function applyDemoActivity(db: Db, channels: ChannelSeed[], prompts: DemoPrompt[]): Promise<DemoActivityCounts> {
  return db.$transaction(
    async (tx) => {
      const counts: DemoActivityCounts = { bindings: 0, prompts: 0, answers: 0 };
      const partnershipIds = new Map<string, string>();
      const bindingIds = new Map<string, string>();
      for (const channel of channels) {
        const partnership = await tx.partnership.findUnique({ where: { nameKey: normalizeKey(channel.partnershipName) } });
        if (!partnership) continue; // renamed or removed since the plan was written: nothing to attach to
        partnershipIds.set(channel.partnershipName, partnership.id);
        const binding = await ensureBinding(tx, partnership.id, channel);
        bindingIds.set(channel.partnershipName, binding.id);
        if (binding.created) counts.bindings += 1;
      }
      const personIds = new Map<string, string | undefined>();
      for (const prompt of prompts) {
        const partnershipId = partnershipIds.get(prompt.partnershipName);
        const bindingId = bindingIds.get(prompt.partnershipName);
        if (!partnershipId || !bindingId) continue;
        const stored = await ensurePrompt(tx, partnershipId, prompt);
        if (stored.created) counts.prompts += 1;
        const post = { promptId: stored.id, bindingId };
        if (!(await tx.promptPost.findUnique({ where: { promptId_bindingId: post } }))) {
          // The relay forgets its messages on restart; an update to this id is shown as a new message then.
          await tx.promptPost.create({ data: { ...post, state: 'posted', messageId: `playground-seed-${prompt.slotKey}`, createdAt: prompt.opensAt } });
        }
        for (const answer of prompt.answers) {
          if (!personIds.has(answer.personEmail)) personIds.set(answer.personEmail, (await tx.person.findUnique({ where: { email: answer.personEmail } }))?.id);
          const personId = personIds.get(answer.personEmail);
          if (!personId) continue;
          if (await tx.answer.findUnique({ where: { promptId_personId: { promptId: stored.id, personId } } })) continue;
          const { personEmail: _email, answeredAt, ...fields } = answer;
          await tx.answer.create({ data: { ...fields, promptId: stored.id, personId, createdAt: answeredAt, updatedAt: answeredAt } });
          counts.answers += 1;
        }
      }
      return counts;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * Points the stored channel references at the relay of this run: the port can differ between starts. Only the
 * service URL is replaced; the rest is what the Teams adapter last stored from an incoming activity.
 */
export async function pointChannelsAt(db: Db, workspaceId: string, channels: PlaygroundChannel[], serviceUrl: string): Promise<number> {
  const rows = await db.channelBinding.findMany({ where: { platform: 'teams', workspaceId, channelId: { in: channels.map((c) => c.channelId) } } });
  let changed = 0;
  for (const row of rows) {
    let reference: Record<string, unknown>;
    try {
      reference = JSON.parse(row.conversationRef) as Record<string, unknown>;
    } catch {
      continue; // not ours to repair; linking the channel again fixes it
    }
    if (reference.serviceUrl === serviceUrl) continue;
    await db.channelBinding.update({ where: { id: row.id }, data: { conversationRef: JSON.stringify({ ...reference, serviceUrl }) } });
    changed += 1;
  }
  return changed;
}
