/**
 * One Web Chat conversation of the playground: who you are (a demo person), where (a partnership's channel, or
 * your personal chat with the bot) and how your "Teams client" handles card actions. It turns what happens in
 * the Teams conversations it can see into Direct Line activities for the page.
 *
 * A channel view also shows the person's personal chat, marked as such: Teams sends some answers there (e.g.
 * "mijn antwoorden" typed in a channel), and in the playground you would otherwise never see them.
 */
import { z } from 'zod';
import { DirectLineConversation, nextTimestamp } from '../directline/directline.store';
import { PLAYGROUND_BOT, PlaygroundChannel, PlaygroundPersona, personalConversationIdOf } from '../personas';
import { CardActionMode, rewriteAttachments } from './card-rewrite';
import { TeamsPlace } from './teams-activity.factory';
import { LogEntry } from './teams-conversation.log';

export const sessionChoiceSchema = z.object({
  persona: z.string().min(1).max(100),
  channel: z.string().min(1).max(200),
  place: z.enum(['channel', 'personal']).default('channel'),
  cardActions: z.enum(['execute', 'submit']).default('execute'),
});
export type SessionChoice = z.infer<typeof sessionChoiceSchema>;

/** What a card action reference in the page stands for. */
export interface CardRef { key: string; messageId: string; verb?: string }

interface Shown { dlId: string; timestamp: string }

const MAX_REFS = 2000;
const BOT_FROM = { id: PLAYGROUND_BOT.id, name: PLAYGROUND_BOT.name, role: 'bot' as const };
const PERSONAL_LABEL = '_Persoonlijke chat met Oogst (alleen voor jou)_';

export class RelaySession {
  readonly placeKey: string;
  readonly personalKey: string;
  private readonly refs = new Map<string, CardRef>();
  private readonly shown = new Map<string, Shown>();
  private readonly generations = new Map<string, number>();
  private refCount = 0;

  constructor(
    readonly conversation: DirectLineConversation,
    readonly persona: PlaygroundPersona,
    readonly channel: PlaygroundChannel,
    readonly place: 'channel' | 'personal',
    readonly cardActions: CardActionMode,
  ) {
    this.personalKey = personalConversationIdOf(persona.slug);
    this.placeKey = place === 'channel' ? channel.channelId : this.personalKey;
  }

  sees(key: string): boolean {
    return key === this.placeKey || key === this.personalKey;
  }

  /** Where an action on a message in conversation `key` happens, as the Teams activity builders need it. */
  placeOf(key: string, entry?: Pick<LogEntry, 'threadRoot'>): TeamsPlace {
    if (key === this.channel.channelId) return { kind: 'channel', channel: this.channel, ...(entry ? { threadRoot: entry.threadRoot } : {}) };
    return { kind: 'personal', conversationId: key };
  }

  ref(id: string): CardRef | undefined {
    return this.refs.get(id);
  }

  /**
   * A counter per message, raised before each drawing or automatic refresh of it here: a refresh whose answer
   * comes back when the counter has moved on must not overwrite the newer card.
   */
  bump(messageId: string): number {
    const next = (this.generations.get(messageId) ?? 0) + 1;
    this.generations.set(messageId, next);
    return next;
  }

  generation(messageId: string): number {
    return this.generations.get(messageId) ?? 0;
  }

  /** A bot message, or a new version of it (same Direct Line id and timestamp, so Web Chat replaces it in place). */
  showBot(key: string, entry: LogEntry, attachments: unknown[] | undefined = entry.attachments): void {
    const shown: Shown = this.shown.get(entry.id) ?? { dlId: `${this.conversation.id}|m${entry.id}`, timestamp: entry.timestamp };
    this.shown.set(entry.id, shown);
    const reference = (target: { verb?: string }) => this.addRef({ key, messageId: entry.id, ...target });
    const mirrored = key !== this.placeKey;
    const text = [mirrored ? PERSONAL_LABEL : undefined, entry.text].filter(Boolean).join('\n\n');
    this.conversation.append({
      type: 'message',
      id: shown.dlId,
      timestamp: shown.timestamp,
      from: BOT_FROM,
      ...(text ? { text, textFormat: entry.textFormat === 'xml' ? 'xml' : 'markdown' } : {}),
      attachments: rewriteAttachments(attachments, this.cardActions, reference),
    });
  }

  /** Someone else's message in the channel (yours are already in the stream as Web Chat's echo). */
  showPerson(entry: LogEntry, author: PlaygroundPersona): void {
    this.conversation.append({
      type: 'message',
      id: `${this.conversation.id}|m${entry.id}`,
      timestamp: entry.timestamp,
      // Not role "user": Web Chat would draw it as if you had written it.
      from: { id: author.teamsUserId, name: author.displayName, role: author.slug === this.persona.slug ? 'user' : 'channel' },
      text: author.slug === this.persona.slug ? entry.text ?? '' : `**${author.displayName}:** ${entry.text ?? ''}`,
      textFormat: 'markdown',
    });
  }

  /** A note from the playground itself (not from Oogst): something went wrong on the way. */
  showNotice(text: string): void {
    this.conversation.append({
      type: 'message',
      id: this.conversation.newActivityId(),
      timestamp: nextTimestamp(),
      from: { id: 'playground', name: 'Playground', role: 'bot' },
      text: `**Playground:** ${text}`,
      textFormat: 'markdown',
    });
  }

  showTyping(): void {
    this.conversation.append({ type: 'typing', id: this.conversation.newActivityId(), timestamp: nextTimestamp(), from: BOT_FROM });
  }

  private addRef(ref: CardRef): string {
    this.refCount += 1;
    const id = `r${this.refCount}`;
    this.refs.set(id, ref);
    if (this.refs.size > MAX_REFS) this.refs.delete(this.refs.keys().next().value as string);
    return id;
  }
}
