/**
 * Teams-shaped activities for what a person does in the playground, as the Teams service would deliver them to
 * the bot (compare test/bots/teams/fixtures/teams-activities.ts, taken from Microsoft's documentation): a channel
 * message with the bot's <at>mention</at>, a personal-chat message, an Action.Submit message with `value`, and
 * an `adaptiveCard/action` invoke for Action.Execute (manual, or automatic for a card's `refresh`).
 */
import { randomBytes } from 'node:crypto';
import { PLAYGROUND_BOT, PLAYGROUND_CHANNEL_NAME, PLAYGROUND_TENANT, PlaygroundChannel, PlaygroundPersona } from '../personas';

/** Where an activity happens: a channel (with the thread root it belongs to) or the person's personal chat. */
export type TeamsPlace =
  | { kind: 'channel'; channel: PlaygroundChannel; threadRoot?: string }
  | { kind: 'personal'; conversationId: string };

export interface TeamsActivity {
  type: string;
  id: string;
  [field: string]: unknown;
}

let lastMessageId = 0;
/** Teams message ids in channels are millisecond timestamps; unique and increasing within this process. */
export function nextMessageId(): string {
  lastMessageId = Math.max(Date.now(), lastMessageId + 1);
  return String(lastMessageId);
}

const invokeId = () => `f:${randomBytes(8).toString('hex')}`;
const teamsLocale = (persona: PlaygroundPersona) => (persona.locale === 'en' ? 'en-US' : 'nl-NL');

function envelope(persona: PlaygroundPersona, place: TeamsPlace, serviceUrl: string, messageId: string) {
  const now = new Date().toISOString();
  const locale = teamsLocale(persona);
  const common = {
    channelId: 'msteams',
    serviceUrl,
    timestamp: now,
    localTimestamp: now,
    from: { id: persona.teamsUserId, name: persona.displayName, aadObjectId: persona.aadObjectId },
    recipient: { ...PLAYGROUND_BOT },
    locale,
    entities: [{ type: 'clientInfo', locale, country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' }],
  };
  if (place.kind === 'personal') {
    return { ...common, conversation: { conversationType: 'personal', tenantId: PLAYGROUND_TENANT, id: place.conversationId }, channelData: { tenant: { id: PLAYGROUND_TENANT } } };
  }
  const { channel } = place;
  return {
    ...common,
    // In a channel every message is a thread: its conversation id names the channel and the thread's root.
    conversation: { isGroup: true, conversationType: 'channel', tenantId: PLAYGROUND_TENANT, id: `${channel.channelId};messageid=${place.threadRoot ?? messageId}` },
    channelData: {
      teamsChannelId: channel.channelId,
      teamsTeamId: channel.channelId,
      channel: { id: channel.channelId, name: PLAYGROUND_CHANNEL_NAME },
      team: { id: channel.channelId, name: channel.teamName },
      tenant: { id: PLAYGROUND_TENANT },
    },
  };
}

/**
 * "@Naam" of a known person becomes a Teams mention (<at>Naam</at> plus a mention entity), as the Teams compose
 * box does when you pick someone; longest names first, so "@Noor Peters" is not read as "@Noor".
 */
export function withMentions(text: string, people: PlaygroundPersona[]): { text: string; mentions: Record<string, unknown>[] } {
  const mentions: Record<string, unknown>[] = [];
  let result = text;
  for (const person of [...people].sort((a, b) => b.displayName.length - a.displayName.length)) {
    const typed = `@${person.displayName}`;
    const at = result.toLowerCase().indexOf(typed.toLowerCase());
    if (at < 0) continue;
    const markup = `<at>${person.displayName}</at>`;
    result = result.slice(0, at) + markup + result.slice(at + typed.length);
    mentions.push({ type: 'mention', mentioned: { id: person.teamsUserId, name: person.displayName }, text: markup });
  }
  return { text: result, mentions };
}

/** What a person typed. In a channel Teams only delivers messages that @mention the bot, so the mention is added. */
export function textMessage(persona: PlaygroundPersona, place: TeamsPlace, serviceUrl: string, text: string, people: PlaygroundPersona[]): TeamsActivity {
  const id = nextMessageId();
  const base = envelope(persona, place, serviceUrl, id);
  const typed = withMentions(text, people);
  const botMention = { type: 'mention', mentioned: { ...PLAYGROUND_BOT }, text: `<at>${PLAYGROUND_BOT.name}</at>` };
  const inChannel = place.kind === 'channel';
  return {
    ...base,
    type: 'message',
    id,
    textFormat: 'plain',
    text: inChannel ? `<at>${PLAYGROUND_BOT.name}</at> ${typed.text}` : typed.text,
    entities: [...(inChannel ? [botMention] : []), ...typed.mentions, ...base.entities],
  };
}

/** Action.Submit: a message whose `value` holds the action's data merged with the card's inputs. */
export function submitMessage(persona: PlaygroundPersona, place: TeamsPlace, serviceUrl: string, value: Record<string, unknown>, replyToId?: string): TeamsActivity {
  const id = nextMessageId();
  const base = envelope(persona, place, serviceUrl, id);
  const legacy = replyToId ? { source: { name: 'message' }, legacy: { replyToId } } : {};
  return { ...base, type: 'message', id, value, ...(replyToId ? { replyToId } : {}), channelData: { ...base.channelData, ...legacy } };
}

/** Action.Execute: an invoke; Teams merges the inputs into `action.data`. */
export function executeInvoke(
  persona: PlaygroundPersona, place: TeamsPlace, serviceUrl: string, cardMessageId: string,
  action: { verb: string; data: Record<string, unknown> }, trigger: 'manual' | 'automatic',
): TeamsActivity {
  const base = envelope(persona, place, serviceUrl, cardMessageId);
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: invokeId(),
    replyToId: cardMessageId,
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger },
    channelData: { ...base.channelData, source: { name: 'message' }, legacy: { replyToId: cardMessageId } },
  };
}

/** The app was added to the person's personal scope: Teams sends this once, the bot answers with its welcome. */
export function personalInstall(persona: PlaygroundPersona, conversationId: string, serviceUrl: string): TeamsActivity {
  const base = envelope(persona, { kind: 'personal', conversationId }, serviceUrl, nextMessageId());
  return { ...base, type: 'installationUpdate', action: 'add', id: invokeId() };
}
