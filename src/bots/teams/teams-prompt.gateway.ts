/**
 * PromptGateway for Teams: posts the shared prompt card to a linked channel and updates it later (response
 * count, closed state), proactively, with the conversation reference stored when the channel was linked.
 *
 * Posts use the turn's ConnectorClient directly (POST /v3/conversations/{channel}/activities) instead of
 * turn.sendActivity: in a proactive turn botbuilder sets replyToId to the continuation activity's made-up id,
 * which turns the post into a reply call (POST .../activities/{id}); a prompt must be a new post in the channel.
 */
import { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { promptChannelAdaptiveCard } from '../../cards';
import { GatewayError } from '../../domain/errors';
import { BindingRecord, PromptRecord } from '../../domain/model/records';
import { PromptGateway } from '../../domain/ports';
import { PlatformDeps } from '../shared/platform-deps';
import { promptViewModel } from '../shared/prompt.presenter';
import { parseStoredReference } from './conversation-reference';
import { KeyedQueue } from './outbound/keyed-queue';
import { ConnectorCallError, OutboundPolicy } from './outbound/outbound-policy';
import { cardMessage, ConnectorConversations, connectorOf } from './teams-replies';

type ConnectorCall<T> = (connector: ConnectorConversations, conversationId: string) => Promise<T>;

export class TeamsPromptGateway implements PromptGateway {
  readonly platform = 'teams' as const;

  private readonly updates = new KeyedQueue();

  constructor(private readonly adapter: CloudAdapter, private readonly deps: PlatformDeps, private readonly outbound: OutboundPolicy) {}

  async post(binding: BindingRecord, prompt: PromptRecord, responseCount: number): Promise<{ messageId: string }> {
    const message = cardMessage(await this.channelCard(prompt, responseCount));
    const sent = await this.call(binding, 'postPrompt', (connector, conversationId) => connector.sendToConversation(conversationId, message));
    if (!sent.id) throw new GatewayError('retryable', 'Bot Connector returned no activity id');
    this.deps.log.info({ promptId: prompt.id, bindingId: binding.id }, 'teams: prompt posted');
    return { messageId: sent.id };
  }

  /**
   * Updates run one at a time per message, and each renders the prompt as stored at the moment it is sent (after
   * any wait for a rate-limit token or a retry), not as passed in: refreshes are fired without waiting after each
   * answer, so an older one can be sent after a newer one (e.g. a late count refresh after close()); its stale
   * state would reopen a closed card.
   */
  async update(binding: BindingRecord, messageId: string, prompt: PromptRecord, responseCount: number): Promise<void> {
    await this.updates.run(`${binding.id}|${messageId}`, () =>
      this.call(binding, 'updatePrompt', async (connector, conversationId) => {
        const stored = await this.deps.repos.prompts.findById(prompt.id);
        const [current, count] = stored ? [stored, await this.deps.repos.answers.countForPrompt(prompt.id)] : [prompt, responseCount];
        const message = { ...cardMessage(await this.channelCard(current, count)), id: messageId };
        return connector.updateActivity(conversationId, messageId, message);
      }),
    );
  }

  /** Waits for card updates already queued (at shutdown, before the database closes). */
  drain(): Promise<void> {
    return this.updates.idle();
  }

  /** The shared channel card, in the default language (a channel has no single locale). */
  private async channelCard(prompt: PromptRecord, responseCount: number) {
    const partnership = await this.deps.repos.partnerships.findById(prompt.partnershipId);
    const locale = this.deps.config.OOGST_DEFAULT_LOCALE;
    return promptChannelAdaptiveCard(promptViewModel({ prompt, partnershipName: partnership?.name ?? '', responseCount, locale, now: this.deps.clock.now() }));
  }

  /**
   * Runs a connector call in a proactive turn. Errors are carried out of the turn by hand: botbuilder routes
   * a throwing turn to onTurnError, which would swallow it, and publish() must see `gone`/`retryable`.
   */
  private async call<T>(binding: BindingRecord, operation: string, run: ConnectorCall<T>): Promise<T> {
    const reference = parseStoredReference(binding.conversationRef);
    if (!reference) throw new GatewayError('gone', 'stored conversation reference is not usable; link the channel again');
    const target = { conversationId: reference.conversation.id, tenantId: binding.workspaceId };
    type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
    let outcome = { ok: false, error: new Error('proactive turn did not run') } as Outcome;
    await this.continueConversation(reference, async (turn) => {
      try {
        const connector = connectorOf(turn);
        outcome = { ok: true, value: await this.outbound.run(target, operation, () => run(connector, reference.conversation.id)) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (outcome.ok) return outcome.value;
    throw outcome.error instanceof ConnectorCallError ? outcome.error.toGatewayError() : outcome.error;
  }

  private continueConversation(reference: ConversationReference, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    return this.adapter.continueConversationAsync(this.deps.config.MicrosoftAppId ?? '', reference, logic);
  }
}
