/**
 * The claim protocol of an outbox table (PromptPost, SummaryPost: same columns), as conditional updates.
 * Prisma runs updateMany as one `UPDATE ... WHERE <condition>`: PostgreSQL re-checks the condition after
 * taking the row lock and SQLite serialises writers, so of two instances claiming one row exactly one sees
 * count 1.
 */
import type { OutboxStore } from '../../domain/rhythm/rhythm.ports';

interface OutboxDelegate {
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}

/** Claimable: planned and not waiting for a retry, or posting with a lease that ran out (its holder crashed). */
const claimable = (id: string, now: Date) => ({
  id,
  OR: [
    { state: 'planned', OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    { state: 'posting', claimedUntil: { lte: now } },
  ],
});

export function outboxStore(table: OutboxDelegate): OutboxStore {
  return {
    async claim(id, token, now, until) {
      const { count } = await table.updateMany({ where: claimable(id, now), data: { state: 'posting', claimToken: token, claimedUntil: until, attempts: { increment: 1 } } });
      return count === 1;
    },
    async renew(id, token, until) {
      const { count } = await table.updateMany({ where: { id, state: 'posting', claimToken: token }, data: { claimedUntil: until } });
      return count === 1;
    },
    async complete(id, token, messageId) {
      const { count } = await table.updateMany({
        where: { id, state: 'posting', claimToken: token },
        data: { state: 'posted', messageId, error: null, claimToken: null, claimedUntil: null },
      });
      return count === 1;
    },
    async release(id, token, retryAt, error) {
      await table.updateMany({ where: { id, state: 'posting', claimToken: token }, data: { state: 'planned', claimToken: null, claimedUntil: retryAt, error } });
    },
    async fail(id, error) {
      await table.updateMany({ where: { id, state: { in: ['planned', 'posting'] } }, data: { state: 'failed', error, claimToken: null, claimedUntil: null } });
    },
  };
}
