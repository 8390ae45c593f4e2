/**
 * Answer invokes seen in the last ten minutes, by activity id, in memory. An answer is an upsert, so a re-sent
 * invoke stores nothing new either way; remembering it here only keeps the reply honest ("already stored"
 * rather than "updated") without a database write on every answer. Message activities, whose handling posts
 * to the channel, are still deduplicated in the database (DeliveryLog), across instances.
 */
import { TtlCache } from '../../../domain/services/ttl-cache';

const TEN_MINUTES = 10 * 60_000;

export class RecentInvokes {
  private readonly seen = new TtlCache<true>(TEN_MINUTES, 50_000, () => Date.now());

  /** True the first time a key is offered (within ten minutes). */
  firstTime(key: string): boolean {
    if (this.seen.get(key)) return false;
    this.seen.set(key, true);
    return true;
  }
}
