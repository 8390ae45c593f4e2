/**
 * Sending what the shared layer decided, as Adaptive Card attachments, through the outbound policy
 * (rate limits + retries). No card JSON is built here: src/cards renders every view model.
 */
import { Activity, CardFactory, ConversationParameters, TurnContext } from 'botbuilder';
import { AdaptiveCard, answerListAdaptiveCard, digestAdaptiveCard, messageAdaptiveCard, MessageViewModel, panelAdaptiveCard, privacyAdaptiveCard } from '../../cards';
import { Reply } from '../shared/conversation';
import { IncomingActivity } from './activity.schema';
import { isPersonalChat, tenantOf } from './conversation-reference';
import { OutboundPolicy } from './outbound/outbound-policy';
import { openPersonalChat } from './outbound/personal-chat';

/** The part of botbuilder's ConnectorClient we use (the SDK does not export its type from `botbuilder`). */
export interface ConnectorConversations {
  sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  createConversation(parameters: ConversationParameters): Promise<{ id?: string }>;
}

/** The turn's ConnectorClient (set by CloudAdapter for incoming and proactive turns alike). */
export function connectorOf(turn: TurnContext): ConnectorConversations {
  const client = turn.turnState.get(turn.adapter.ConnectorClientKey) as { conversations?: ConnectorConversations } | undefined;
  if (!client?.conversations) throw new Error('teams: no ConnectorClient on the turn');
  return client.conversations;
}

export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}

export function replyCard(reply: Reply): AdaptiveCard {
  if (reply.kind === 'privacy') return privacyAdaptiveCard(reply.view);
  if (reply.kind === 'panel') return panelAdaptiveCard(reply.view);
  if (reply.kind === 'digest') return digestAdaptiveCard(reply.view);
  return reply.kind === 'answerList' ? answerListAdaptiveCard(reply.view) : messageAdaptiveCard(reply.view);
}

export class TeamsReplies {
  constructor(private readonly outbound: OutboundPolicy) {}

  /**
   * Teams has no ephemeral messages in channels, so "private" help, status and error replies go to the thread
   * like "public" ones (a personal chat for every typo would be worse). Only content that is personal data
   * (a member's own answers, download links, the erase confirmation) is sent to the personal chat instead.
   */
  async send(turn: TurnContext, activity: IncomingActivity, reply: Reply): Promise<void> {
    if ((reply.kind === 'answerList' || reply.visibility === 'personal') && !isPersonalChat(activity)) {
      await this.sendPersonal(turn, activity, replyCard(reply));
      return;
    }
    await this.card(turn, activity, replyCard(reply));
  }

  async message(turn: TurnContext, activity: IncomingActivity, view: MessageViewModel): Promise<void> {
    await this.card(turn, activity, messageAdaptiveCard(view));
  }

  /** A reply in the conversation (in a channel: in the thread of the message it answers). */
  async card(turn: TurnContext, activity: IncomingActivity, card: AdaptiveCard): Promise<void> {
    await this.outbound.run(this.target(activity), 'reply', () => turn.sendActivity(cardMessage(card)));
  }

  /** Replaces a card the bot sent earlier (the Action.Submit fallback in a personal chat). */
  async replace(turn: TurnContext, activity: IncomingActivity, messageId: string, card: AdaptiveCard): Promise<void> {
    const connector = connectorOf(turn);
    await this.outbound.run(this.target(activity), 'update', () =>
      connector.updateActivity(activity.conversation.id, messageId, { ...cardMessage(card), id: messageId }),
    );
  }

  /** Opens (or reuses: Teams returns the existing one) the personal chat with the sender and posts there. */
  async sendPersonal(turn: TurnContext, activity: IncomingActivity, card: AdaptiveCard): Promise<void> {
    await this.sendPersonalWith(connectorOf(turn), activity, card);
  }

  /**
   * The same with a connector taken from a turn earlier: usable after the turn ended (the turn itself is revoked
   * once its response is sent, its connector client is not).
   */
  async sendPersonalWith(connector: ConnectorConversations, activity: IncomingActivity, card: AdaptiveCard): Promise<void> {
    const tenantId = tenantOf(activity);
    const bot = { id: activity.recipient.id, name: activity.recipient.name ?? '' };
    const conversationId = await openPersonalChat(connector, this.outbound, { bot, userId: activity.from.id, tenantId });
    await this.outbound.run({ conversationId, tenantId }, 'sendPersonal', () => connector.sendToConversation(conversationId, cardMessage(card)));
  }

  /** A new message in the activity's own conversation (a personal chat), with a connector taken earlier. */
  async postWith(connector: ConnectorConversations, activity: IncomingActivity, card: AdaptiveCard): Promise<void> {
    await this.outbound.run(this.target(activity), 'reply', () => connector.sendToConversation(activity.conversation.id, cardMessage(card)));
  }

  private target(activity: IncomingActivity) {
    return { conversationId: activity.conversation.id, tenantId: tenantOf(activity) };
  }
}
