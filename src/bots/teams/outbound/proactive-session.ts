/**
 * Bot Connector calls outside any incoming turn (prompts, card updates, reminders, summaries), on the conversation
 * reference stored with a channel binding. Every call goes through the outbound policy (rate limits per
 * conversation and tenant, retries).
 *
 * The turn's ConnectorClient is called directly instead of turn.sendActivity: in a proactive turn botbuilder sets
 * replyToId to the continuation activity's made-up id, which would turn a new post into a reply call.
 *
 * Errors are carried out of the turn by hand: botbuilder routes a throwing turn to onTurnError, which would
 * swallow it, and the domain must see GatewayError `gone` / `retryable`.
 */
import { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { GatewayError } from '../../../domain/errors';
import { BindingRecord } from '../../../domain/model/records';
import { parseStoredReference } from '../conversation-reference';
import { ConnectorConversations, connectorOf } from '../teams-replies';
import { ConnectorCallError, OutboundPolicy } from './outbound-policy';
import { openPersonalChat } from './personal-chat';

export interface ProactiveSession {
  reference: ConversationReference;
  /** The channel's own conversation id (no ";messageid=" suffix). */
  channelId: string;
  tenantId: string;
  /**
   * One connector call, counted against `limitKey`'s rate limits (the channel for posts and thread replies:
   * Teams counts a channel's replies with it).
   */
  call<T>(limitKey: string, operation: string, run: (connector: ConnectorConversations) => Promise<T>): Promise<T>;
  /** The 1:1 chat with a person of this tenant (created or, when it exists, returned by Teams). */
  personalChat(userId: string): Promise<string>;
}

/** Teams' id for a channel thread: replies go to "<channel id>;messageid=<id of the thread's first message>". */
export function threadConversationId(channelId: string, rootMessageId: string): string {
  return `${channelId};messageid=${rootMessageId}`;
}

/** A stored conversation reference and the tenant it belongs to (a BindingRecord, a digest target). */
export type ProactivePlace = Pick<BindingRecord, 'conversationRef' | 'workspaceId'>;

/** Sends a new post where a reference points: a new message, its id required (it is what later updates use). */
export async function postNew(connector: ProactiveConnector, place: ProactivePlace, operation: string, message: Partial<Activity>, remedy?: string): Promise<{ messageId: string }> {
  const sent = await connector.run(place, (s) => s.call(s.channelId, operation, (c) => c.sendToConversation(s.channelId, message)), remedy);
  if (!sent.id) throw new GatewayError('retryable', 'Bot Connector returned no activity id');
  return { messageId: sent.id };
}

export class ProactiveConnector {
  constructor(private readonly adapter: CloudAdapter, private readonly appId: string, private readonly outbound: OutboundPolicy) {}

  /**
   * `place`: where the reference was stored (a channel binding, a digest subscription) and its tenant.
   * `remedy`: what the person should do when that reference is unusable.
   */
  async run<T>(place: ProactivePlace, work: (session: ProactiveSession) => Promise<T>, remedy = 'link the channel again'): Promise<T> {
    const reference = parseStoredReference(place.conversationRef);
    if (!reference) throw new GatewayError('gone', `stored conversation reference is not usable; ${remedy}`);
    type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
    let outcome = { ok: false, error: new Error('proactive turn did not run') } as Outcome;
    await this.adapter.continueConversationAsync(this.appId, reference, async (turn) => {
      try {
        const connector = connectorOf(turn);
        const tenantId = place.workspaceId;
        const session: ProactiveSession = {
          reference,
          channelId: reference.conversation.id,
          tenantId,
          call: (limitKey, operation, run) => this.outbound.run({ conversationId: limitKey, tenantId }, operation, () => run(connector)),
          personalChat: (userId) => openPersonalChat(connector, this.outbound, { bot: reference.bot, userId, tenantId }),
        };
        outcome = { ok: true, value: await work(session) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (outcome.ok) return outcome.value;
    throw outcome.error instanceof ConnectorCallError ? outcome.error.toGatewayError() : outcome.error;
  }
}
