/**
 * Slack allows about one message per second per channel (chat.postMessage, chat.update). The pacer hands out
 * time slots per channel: callers wait for their slot, concurrent callers queue behind each other, and a
 * Retry-After from Slack pushes the channel's next slot back. Time comes from a clock so tests need no waiting.
 */
export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realPacerClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const PRUNE_ABOVE = 1_000;

export class ChannelPacer {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly intervalMs = 1_000, private readonly clock: PacerClock = realPacerClock) {}

  /** Resolves when `channel` may get its next message; reserves that slot before waiting. */
  async wait(channel: string): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot.get(channel) ?? now);
    this.nextSlot.set(channel, slot + this.intervalMs);
    this.prune(now);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  /** Slack answered `ratelimited`: nothing goes to this channel for `ms`. */
  defer(channel: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.nextSlot.set(channel, Math.max(until, this.nextSlot.get(channel) ?? 0));
  }

  /** Channels idle for a while need no memory; keeps the map small in big installations. */
  private prune(now: number): void {
    if (this.nextSlot.size <= PRUNE_ABOVE) return;
    for (const [channel, slot] of this.nextSlot) if (slot < now) this.nextSlot.delete(channel);
  }
}
