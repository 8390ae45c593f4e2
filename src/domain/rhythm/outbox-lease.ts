/**
 * Sends one outbox row exactly once across instances: claim it (conditional update to "posting" with a token
 * and a lease), keep the lease alive while the platform call runs, then store the message id. A crash
 * leaves the row "posting"; when the lease runs out another instance (or the restarted one) claims it again.
 *
 * The one window left for a duplicate: the platform accepted the message and the process died (or froze for
 * longer than the lease) before the message id was stored. Gateways that implement findPosted close even that
 * for prompt posts (see PromptService.publish).
 */
import { randomUUID } from 'node:crypto';
import type { Clock, DomainLogger } from '../ports';
import type { OutboxStore } from './rhythm.ports';

export interface LeaseOptions {
  clock: Clock;
  log: DomainLogger;
  /** How long a claim holds without renewal; renewed every third of it while the call runs. */
  leaseMs: number;
}

export type DeliveryOutcome =
  | { kind: 'notClaimed' }
  | { kind: 'sent'; messageId: string }
  | { kind: 'failed'; error: unknown; token: string };

export const DEFAULT_LEASE_MS = 2 * 60_000;

export async function deliverOnce(store: OutboxStore, id: string, options: LeaseOptions, send: () => Promise<{ messageId: string }>): Promise<DeliveryOutcome> {
  const { clock, log, leaseMs } = options;
  const token = randomUUID();
  const now = clock.now();
  if (!(await store.claim(id, token, now, new Date(now.getTime() + leaseMs)))) return { kind: 'notClaimed' };
  // A slow platform call (rate limits, Retry-After) must not let the lease lapse: another instance would post again.
  const renewal = setInterval(() => {
    store.renew(id, token, new Date(clock.now().getTime() + leaseMs)).catch((error: unknown) => log.warn({ outboxId: id, err: String(error) }, 'outbox lease renewal failed'));
  }, Math.max(1_000, Math.floor(leaseMs / 3)));
  renewal.unref?.();
  try {
    const { messageId } = await send();
    clearInterval(renewal);
    if (!(await store.complete(id, token, messageId))) log.warn({ outboxId: id }, 'outbox lease was lost before the message id was stored');
    return { kind: 'sent', messageId };
  } catch (error) {
    return { kind: 'failed', error, token };
  } finally {
    clearInterval(renewal);
  }
}
