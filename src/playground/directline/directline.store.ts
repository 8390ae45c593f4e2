/**
 * Direct Line 3.0 conversations as the playground serves them to Web Chat: each is an append-only list of
 * activities read with a watermark (the number of activities the client has seen). An updated message is
 * appended again with the same id and its original timestamp: Web Chat 4.18 replaces an activity with the same
 * id in place (it orders by timestamp), which is how a card update or a per-person card shows up in the page.
 * Bounded and in memory; idle conversations are forgotten (their polls then get 404: "conversation ended").
 */
import { randomBytes } from 'node:crypto';

export interface DirectLineActivity {
  id: string;
  type: string;
  timestamp: string;
  from: { id: string; name?: string; role?: 'user' | 'bot' | 'channel' };
  [field: string]: unknown;
}

const MAX_ACTIVITIES = 1000;
const MAX_CONVERSATIONS = 100;
export const IDLE_MS = 2 * 60 * 60 * 1000;
export const TOKEN_TTL_SECONDS = 3600;

let lastTimestamp = 0;
/** Strictly increasing: Web Chat orders by timestamp, and two activities in one millisecond must keep their order. */
export function nextTimestamp(): string {
  lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
  return new Date(lastTimestamp).toISOString();
}

export class DirectLineConversation {
  started = false;
  lastSeen = Date.now();
  private readonly activities: DirectLineActivity[] = [];
  /** How many activities were dropped from the front (watermarks stay absolute). */
  private dropped = 0;
  private sequence = 0;

  constructor(readonly id: string, readonly token: string) {}

  /** A fresh activity id in this conversation, in Direct Line's "<conversation>|<sequence>" form. */
  newActivityId(): string {
    this.sequence += 1;
    return `${this.id}|${String(this.sequence).padStart(7, '0')}`;
  }

  append(activity: DirectLineActivity): void {
    this.activities.push(activity);
    if (this.activities.length > MAX_ACTIVITIES) {
      const excess = this.activities.length - MAX_ACTIVITIES;
      this.activities.splice(0, excess);
      this.dropped += excess;
    }
  }

  /** Activities after `watermark` and the new watermark. A watermark from the future or garbage reads from 0. */
  since(watermark: string | undefined): { activities: DirectLineActivity[]; watermark: string } {
    this.lastSeen = Date.now();
    const end = this.dropped + this.activities.length;
    const parsed = watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    const from = parsed > end ? 0 : Math.max(parsed, this.dropped);
    return { activities: this.activities.slice(from - this.dropped), watermark: String(end) };
  }
}

export class DirectLineStore {
  private readonly conversations = new Map<string, DirectLineConversation>();

  create(): DirectLineConversation {
    this.prune();
    const conversation = new DirectLineConversation(`pg-${randomBytes(9).toString('base64url')}`, randomBytes(24).toString('base64url'));
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  get(id: string): DirectLineConversation | undefined {
    return this.conversations.get(id);
  }

  byToken(token: string): DirectLineConversation | undefined {
    for (const conversation of this.conversations.values()) if (conversation.token === token) return conversation;
    return undefined;
  }

  all(): DirectLineConversation[] {
    return [...this.conversations.values()];
  }

  delete(id: string): void {
    this.conversations.delete(id);
  }

  /** Forgets idle conversations, and the least recently used ones beyond the cap. Returns the forgotten ids. */
  prune(now = Date.now()): string[] {
    const gone: string[] = [];
    for (const [id, conversation] of this.conversations) if (now - conversation.lastSeen > IDLE_MS) gone.push(id);
    const rest = [...this.conversations.values()].filter((c) => !gone.includes(c.id)).sort((a, b) => a.lastSeen - b.lastSeen);
    while (rest.length >= MAX_CONVERSATIONS) gone.push(rest.shift()!.id);
    for (const id of gone) this.conversations.delete(id);
    return gone;
  }
}
