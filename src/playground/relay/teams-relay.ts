/**
 * The relay: for the page it is a Direct Line bot, for Oogst it is Microsoft Teams (the client and the Bot
 * Connector service). What you type in Web Chat becomes a Teams activity from the demo person you play, POSTed to
 * the real /api/messages; what the bot sends to the relay's Bot Connector endpoints comes back into every Web Chat
 * conversation that can see that Teams conversation.
 *
 * Card updates (PUT) are shown by re-emitting the message with the same id (Web Chat replaces it in place).
 * Like a Teams client, the relay runs a card's `refresh` Execute for each viewer and shows the card the bot
 * returns (each person sees their own answer on the shared channel card), and shows the card an Action.Execute
 * returns in place of the clicked card, for the person who clicked only. A refresh that comes back after
 * something newer was drawn for that message is dropped (generation counter per message and viewer).
 */
import { Logger } from '../../shared/logger';
import { DirectLineBot } from '../directline/directline.routes';
import { DirectLineActivity, DirectLineConversation, DirectLineStore, nextTimestamp } from '../directline/directline.store';
import { PlaygroundChannel, PlaygroundPersona, personalConversationIdOf } from '../personas';
import { BotClient, BotResponse, refusalText } from './bot-client';
import { ADAPTIVE_CARD, refreshActionFor, takeMarker } from './card-rewrite';
import { CardRef, RelaySession, sessionChoiceSchema } from './relay-session';
import { executeInvoke, nextMessageId, personalInstall, submitMessage, TeamsActivity, TeamsPlace, textMessage } from './teams-activity.factory';
import { targetKey, LogEntry, TeamsConversationLog } from './teams-conversation.log';

export interface OutgoingActivity { type?: string; text?: string; textFormat?: string; attachments?: unknown[] }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class TeamsRelay implements DirectLineBot {
  private readonly sessions = new Map<string, RelaySession>();
  private readonly history = new TeamsConversationLog();
  private readonly welcomed = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private bot?: BotClient;
  private serviceUrl = '';

  constructor(
    private readonly store: DirectLineStore,
    private readonly people: PlaygroundPersona[],
    private readonly channels: PlaygroundChannel[],
    private readonly log: Logger,
  ) {}

  /** Called once the server listens: the URLs of this run. */
  attach(appUrl: string): void {
    this.serviceUrl = `${appUrl}/playground/connector/`;
    this.bot = new BotClient(`${appUrl}/api/messages`);
  }

  get connectorUrl(): string {
    return this.serviceUrl;
  }

  // --- Direct Line side (the page) ---

  open(conversation: DirectLineConversation, options: unknown): string | undefined {
    const parsed = sessionChoiceSchema.safeParse(options);
    if (!parsed.success) return 'choose a person, a partnership channel and a place (channel or personal)';
    const persona = this.people.find((p) => p.slug === parsed.data.persona);
    const channel = this.channels.find((c) => c.slug === parsed.data.channel);
    if (!persona || !channel) return 'unknown person or partnership';
    if (!persona.seats.some((seat) => seat.channel === channel.slug)) return `${persona.displayName} has no seat in ${channel.partnershipName}`;
    this.sessions.set(conversation.id, new RelaySession(conversation, persona, channel, parsed.data.place, parsed.data.cardActions));
    return undefined;
  }

  async start(conversation: DirectLineConversation): Promise<void> {
    const session = this.sessions.get(conversation.id);
    if (!session) return;
    for (const entry of this.history.entries(session.placeKey)) this.showEntry(session, session.placeKey, entry);
    if (session.place === 'personal' && !this.welcomed.has(session.persona.slug)) {
      // Teams announces a personal install once; the bot answers with its welcome card.
      this.welcomed.add(session.persona.slug);
      this.track(this.deliver(session, personalInstall(session.persona, session.personalKey, this.serviceUrl)).then(() => undefined));
    }
  }

  async receive(conversation: DirectLineConversation, activity: DirectLineActivity): Promise<void> {
    const session = this.sessions.get(conversation.id);
    if (!session || activity.type !== 'message') return; // typing and other client events mean nothing to Teams
    const { ref: refId, value } = takeMarker(activity.value);
    if (refId) {
      const ref = session.ref(refId);
      if (!ref) return session.showNotice('Deze kaart hoort bij een eerdere weergave. Gebruik de nieuwste kaart.');
      const entry = this.history.find(ref.key, ref.messageId);
      const place = session.placeOf(ref.key, entry);
      if (ref.verb !== undefined) return this.execute(session, ref, place, value ?? {});
      await this.deliver(session, submitMessage(session.persona, place, this.serviceUrl, value ?? {}, ref.messageId));
      return;
    }
    const place = session.placeOf(session.placeKey);
    if (value) {
      await this.deliver(session, submitMessage(session.persona, place, this.serviceUrl, value));
      return;
    }
    const text = typeof activity.text === 'string' ? activity.text.trim() : '';
    if (!text) return;
    const teams = textMessage(session.persona, place, this.serviceUrl, text, this.people);
    const entry = this.history.add(session.placeKey, {
      id: teams.id, threadRoot: teams.id, author: { kind: 'person', slug: session.persona.slug }, type: 'message', text, timestamp: activity.timestamp,
    });
    for (const other of this.viewers(session.placeKey)) if (other !== session) other.showPerson(entry, session.persona);
    await this.deliver(session, teams);
  }

  // --- Bot Connector side (the bot) ---

  /** A new message (post or reply) in a Teams conversation; returns its id as the Bot Connector does. */
  posted(conversationId: string, activity: OutgoingActivity, replyToId?: string): { id: string } {
    const { key, threadRoot } = targetKey(conversationId);
    const id = nextMessageId();
    if (activity.type === 'typing') {
      for (const session of this.viewers(key)) session.showTyping();
      return { id };
    }
    const entry = this.history.add(key, { id, threadRoot: threadRoot ?? replyToId ?? id, author: { kind: 'bot' }, type: 'message', ...this.contentOf(activity), timestamp: nextTimestamp() });
    for (const session of this.viewers(key)) this.showEntry(session, key, entry);
    return { id };
  }

  /** The bot replaced one of its messages (a card with a new count, a closed prompt, a personal confirmation). */
  updated(conversationId: string, messageId: string, activity: OutgoingActivity): { id: string } {
    const { key, threadRoot } = targetKey(conversationId);
    const entry = this.history.update(key, messageId, this.contentOf(activity), () => ({
      id: messageId, threadRoot: threadRoot ?? messageId, author: { kind: 'bot' }, type: 'message', timestamp: nextTimestamp(),
    }));
    for (const session of this.viewers(key)) this.showEntry(session, key, entry);
    return { id: messageId };
  }

  deleted(conversationId: string, messageId: string): void {
    this.updated(conversationId, messageId, { text: '_Dit bericht is verwijderd._', attachments: [] });
  }

  /** POST /v3/conversations with one member: the personal chat with that demo person. */
  personalConversationFor(memberId: string): string | undefined {
    const persona = this.people.find((p) => p.teamsUserId === memberId || p.aadObjectId === memberId);
    return persona ? personalConversationIdOf(persona.slug) : undefined;
  }

  /** Who is in a Teams conversation (the members API): a channel's partnership people, or the chat's person. */
  membersOf(conversationId: string): PlaygroundPersona[] {
    const { key } = targetKey(conversationId);
    const channel = this.channels.find((c) => c.channelId === key);
    if (channel) return this.people.filter((p) => p.seats.some((seat) => seat.channel === channel.slug));
    return this.people.filter((p) => personalConversationIdOf(p.slug) === key);
  }

  /** Waits for automatic refreshes still on their way (at shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  // --- internals ---

  private contentOf(activity: OutgoingActivity): Pick<LogEntry, 'text' | 'textFormat' | 'attachments'> {
    return {
      ...(typeof activity.text === 'string' && activity.text ? { text: activity.text } : {}),
      ...(typeof activity.textFormat === 'string' ? { textFormat: activity.textFormat } : {}),
      attachments: Array.isArray(activity.attachments) ? activity.attachments : [],
    };
  }

  /** Sessions that can see a Teams conversation; sessions whose Web Chat conversation ended are dropped. */
  private viewers(key: string): RelaySession[] {
    const found: RelaySession[] = [];
    for (const [id, session] of this.sessions) {
      if (!this.store.get(id)) this.sessions.delete(id);
      else if (session.sees(key)) found.push(session);
    }
    return found;
  }

  private showEntry(session: RelaySession, key: string, entry: LogEntry): void {
    if (entry.author.kind === 'person') {
      const slug = entry.author.slug;
      const author = this.people.find((p) => p.slug === slug);
      if (author) session.showPerson(entry, author);
      return;
    }
    const refresh = refreshActionFor(entry.attachments, session.persona.teamsUserId);
    if (!refresh) {
      session.bump(entry.id);
      session.showBot(key, entry);
      return;
    }
    // Shown once the viewer's own card is there: showing the shared one first would flicker (and lose input).
    this.track(this.refresh(session, key, entry, refresh));
  }

  private async refresh(session: RelaySession, key: string, entry: LogEntry, action: { verb: string; data: Record<string, unknown> }): Promise<void> {
    const generation = session.bump(entry.id);
    let card: unknown;
    try {
      const invoke = executeInvoke(session.persona, session.placeOf(key, entry), this.serviceUrl, entry.id, action, 'automatic');
      card = cardOf((await this.client().send(invoke)).body);
    } catch (error) {
      this.log.warn({ err: String(error), messageId: entry.id }, 'playground: automatic card refresh failed');
    }
    if (session.generation(entry.id) !== generation) return; // something newer was drawn meanwhile
    session.showBot(key, entry, card ? [{ contentType: ADAPTIVE_CARD, content: card }] : entry.attachments);
  }

  private async execute(session: RelaySession, ref: CardRef, place: TeamsPlace, data: Record<string, unknown>): Promise<void> {
    const invoke = executeInvoke(session.persona, place, this.serviceUrl, ref.messageId, { verb: ref.verb ?? '', data }, 'manual');
    const response = await this.deliver(session, invoke);
    if (!response || response.status >= 300) return;
    const body = isObject(response.body) ? response.body : {};
    const card = cardOf(body);
    const entry = this.history.find(ref.key, ref.messageId);
    if (card && entry) {
      session.bump(entry.id);
      session.showBot(ref.key, entry, [{ contentType: ADAPTIVE_CARD, content: card }]);
    } else if (body.type === 'application/vnd.microsoft.activity.message' && typeof body.value === 'string') {
      session.showNotice(body.value);
    } else if (!card) {
      session.showNotice(`Oogst gaf op de kaartactie geen kaart terug (statusCode ${String(body.statusCode ?? response.status)}).`);
    }
  }

  /** Sends to the bot; a refusal or no answer is told to the person in the page (and logged). */
  private async deliver(session: RelaySession, activity: TeamsActivity): Promise<BotResponse | undefined> {
    try {
      const response = await this.client().send(activity);
      if (response.status >= 300) {
        this.log.warn({ status: response.status, activityType: activity.type }, 'playground: the bot refused an activity');
        session.showNotice(refusalText(response.status));
      }
      return response;
    } catch (error) {
      this.log.warn({ err: String(error), activityType: activity.type }, 'playground: the bot did not answer');
      session.showNotice('Oogst antwoordde niet binnen 15 seconden (Teams zou het bericht nu opnieuw sturen).');
      return undefined;
    }
  }

  private client(): BotClient {
    if (!this.bot) throw new Error('playground relay used before the server listens');
    return this.bot;
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.log.warn({ err: String(error) }, 'playground: background work failed'));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}

/** The card in an `adaptiveCard/action` invoke response body ({ statusCode, type, value }). */
function cardOf(body: unknown): Record<string, unknown> | undefined {
  if (!isObject(body) || body.type !== ADAPTIVE_CARD || !isObject(body.value)) return undefined;
  return body.value;
}
