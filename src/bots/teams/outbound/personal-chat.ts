/**
 * Opens the 1:1 chat between the bot and one person (POST /v3/conversations with that person as the only member,
 * the tenant, and the bot as sender). Teams answers with the existing chat when there is one, so calling it again
 * is harmless. Used for "mijn antwoorden" (from an incoming turn) and for reminders (proactively).
 */
import type { ConversationParameters } from 'botbuilder';
import type { ConnectorConversations } from '../teams-replies';
import type { OutboundPolicy } from './outbound-policy';

export interface PersonalChatTarget {
  bot: { id: string; name?: string };
  /** The person's Teams id ("29:...") or Microsoft Entra object id: the Bot Connector accepts either here. */
  userId: string;
  tenantId: string;
}

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function personalChatParameters(target: PersonalChatTarget): ConversationParameters {
  // Oogst stores the Entra object id when Teams sends one (stable across bots); say so, so it is not read as a Teams id.
  const member = ENTRA_OBJECT_ID.test(target.userId) ? { id: target.userId, aadObjectId: target.userId, name: '' } : { id: target.userId, name: '' };
  return {
    isGroup: false,
    bot: { id: target.bot.id, name: target.bot.name ?? '' },
    members: [member],
    tenantId: target.tenantId,
    channelData: { tenant: { id: target.tenantId } },
  } as ConversationParameters;
}

/** The personal chat's conversation id; throws (ConnectorCallError) when Teams refuses, e.g. the app is not installed for the person. */
export async function openPersonalChat(connector: ConnectorConversations, outbound: OutboundPolicy, target: PersonalChatTarget): Promise<string> {
  const created = await outbound.run({ conversationId: `personal:${target.userId}`, tenantId: target.tenantId }, 'createConversation', () =>
    connector.createConversation(personalChatParameters(target)),
  );
  if (!created.id) throw new Error('teams: createConversation returned no id');
  return created.id;
}
