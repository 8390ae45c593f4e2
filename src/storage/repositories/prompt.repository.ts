import { PromptRepository } from '../../domain/ports';
import { Db } from '../database';
import { outboxStore } from './outbox-store';
import { isUniqueViolation, toPost, toPrompt } from './row-mappers';

export function promptRepository(db: Db): PromptRepository {
  return {
    outbox: outboxStore(db.promptPost),
    async createOnce(prompt) {
      const key = { partnershipId_slotKey: { partnershipId: prompt.partnershipId, slotKey: prompt.slotKey } };
      const existing = await db.prompt.findUnique({ where: key });
      if (existing) return { prompt: toPrompt(existing), created: false };
      try {
        return { prompt: toPrompt(await db.prompt.create({ data: prompt })), created: true };
      } catch (error) {
        // The unique (partnership, slot) key is the claim: whoever lost the race uses the winner's prompt.
        if (!isUniqueViolation(error)) throw error;
        return { prompt: toPrompt(await db.prompt.findUniqueOrThrow({ where: key })), created: false };
      }
    },
    async findById(id) {
      // Ids come back from card data a client can alter; one with NUL matches no row, and PostgreSQL would
      // refuse the query (a generic error instead of "not found").
      if (id.includes('\u0000')) return null;
      const row = await db.prompt.findUnique({ where: { id } });
      return row ? toPrompt(row) : null;
    },
    async latestOpen(partnershipId, now) {
      const row = await db.prompt.findFirst({ where: { partnershipId, status: 'open', closesAt: { gt: now } }, orderBy: { opensAt: 'desc' } });
      return row ? toPrompt(row) : null;
    },
    async recentForPartnership(partnershipId, limit) {
      return (await db.prompt.findMany({ where: { partnershipId }, orderBy: [{ opensAt: 'desc' }, { createdAt: 'desc' }], take: limit })).map(toPrompt);
    },
    async close(id, at) {
      await db.prompt.update({ where: { id }, data: { status: 'closed', closedAt: at } });
    },
    async planPosts(promptId, bindingIds) {
      for (const bindingId of bindingIds) {
        await db.promptPost.upsert({ where: { promptId_bindingId: { promptId, bindingId } }, create: { promptId, bindingId }, update: {} }).catch((error: unknown) => {
          if (!isUniqueViolation(error)) throw error;
        });
      }
      return (await db.promptPost.findMany({ where: { promptId }, orderBy: { createdAt: 'asc' } })).map(toPost);
    },
    async markPosted(postId, messageId) {
      await db.promptPost.update({ where: { id: postId }, data: { state: 'posted', messageId, error: null } });
    },
    async markFailed(postId, error) {
      await db.promptPost.update({ where: { id: postId }, data: { state: 'failed', error } });
    },
    async posts(promptId) {
      return (await db.promptPost.findMany({ where: { promptId }, orderBy: { createdAt: 'asc' } })).map(toPost);
    },
  };
}
