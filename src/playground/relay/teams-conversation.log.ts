/**
 * What each playground Teams conversation (a channel, a personal chat) contains, as the Teams service would keep
 * it: the bot's messages in their latest version, and what people typed. A Web Chat conversation that opens on
 * a channel is shown this history first, so the member you switch to sees the card the coordinator just posted.
 * In memory and bounded: it is the playground's chat history, not Oogst's data (that is in the database).
 */

export interface LogEntry {
  /** The Teams message id (what the bot replies to and updates). */
  id: string;
  /** The channel thread it belongs to (its own id for a new post); unused in personal chats. */
  threadRoot: string;
  /** Who wrote it: the bot, or a playground person (by slug). */
  author: { kind: 'bot' } | { kind: 'person'; slug: string };
  type: 'message';
  text?: string;
  textFormat?: string;
  attachments?: unknown[];
  /** When Teams first showed it (updates keep their place). */
  timestamp: string;
}

const MAX_ENTRIES = 300;

/** Channel messages arrive as "<channel id>;messageid=<thread root>"; the conversation is the channel. */
export function targetKey(conversationId: string): { key: string; threadRoot?: string } {
  const match = /^(.*);messageid=(\d+)$/.exec(conversationId);
  return match ? { key: match[1], threadRoot: match[2] } : { key: conversationId };
}

export class TeamsConversationLog {
  private readonly conversations = new Map<string, LogEntry[]>();

  entries(key: string): readonly LogEntry[] {
    return this.conversations.get(key) ?? [];
  }

  find(key: string, id: string): LogEntry | undefined {
    return this.entries(key).find((entry) => entry.id === id);
  }

  add(key: string, entry: LogEntry): LogEntry {
    const list = this.conversations.get(key) ?? [];
    list.push(entry);
    if (list.length > MAX_ENTRIES) list.splice(0, list.length - MAX_ENTRIES);
    this.conversations.set(key, list);
    return entry;
  }

  /** Replaces an entry's content, keeping its id, thread and place; adds it when unknown (e.g. after a restart). */
  update(key: string, id: string, content: Pick<LogEntry, 'text' | 'textFormat' | 'attachments'>, fallback: () => LogEntry): LogEntry {
    const entry = this.find(key, id);
    if (!entry) return this.add(key, { ...fallback(), ...content });
    entry.text = content.text;
    entry.textFormat = content.textFormat;
    entry.attachments = content.attachments;
    return entry;
  }
}
