/**
 * DialogueNotifier for Teams: the reminder and the follow-up question as a dialogue card posted proactively in the
 * channel the dialogue was planned in (a new post, like the prompts: see teams-prompt.gateway.ts for why the
 * ConnectorClient is called directly). Connector failures come back as GatewayError (gone / retryable).
 */
import { CloudAdapter } from 'botbuilder';
import { panelAdaptiveCard } from '../../cards';
import type { DialogueNotice, DialogueNotifier } from '../../domain/dialogues/dialogue.ports';
import { GatewayError } from '../../domain/errors';
import { BindingRecord } from '../../domain/model/records';
import { noticePanel } from '../shared/dialogue.presenter';
import { PlatformDeps } from '../shared/platform-deps';
import { parseStoredReference } from './conversation-reference';
import { ConnectorCallError, OutboundPolicy } from './outbound/outbound-policy';
import { cardMessage, connectorOf } from './teams-replies';

export class TeamsDialogueNotifier implements DialogueNotifier {
  readonly platform = 'teams' as const;

  constructor(private readonly adapter: CloudAdapter, private readonly deps: PlatformDeps, private readonly outbound: OutboundPolicy) {}

  async send(binding: BindingRecord, notice: DialogueNotice): Promise<{ messageId: string }> {
    const reference = parseStoredReference(binding.conversationRef);
    if (!reference) throw new GatewayError('gone', 'stored conversation reference is not usable; link the channel again');
    const message = cardMessage(panelAdaptiveCard(noticePanel(this.deps, notice, this.deps.config.OOGST_DEFAULT_LOCALE)));
    const target = { conversationId: reference.conversation.id, tenantId: binding.workspaceId };
    let outcome: { ok: true; id?: string } | { ok: false; error: unknown } = { ok: false, error: new Error('proactive turn did not run') };
    // Errors are carried out of the turn by hand: a throwing turn would end in onTurnError and be swallowed.
    await this.adapter.continueConversationAsync(this.deps.config.MicrosoftAppId ?? '', reference, async (turn) => {
      try {
        const connector = connectorOf(turn);
        const sent = await this.outbound.run(target, 'dialogueNotice', () => connector.sendToConversation(reference.conversation.id, message));
        outcome = { ok: true, id: sent.id };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    const result = outcome as { ok: true; id?: string } | { ok: false; error: unknown };
    if (!result.ok) throw result.error instanceof ConnectorCallError ? result.error.toGatewayError() : result.error;
    if (!result.id) throw new GatewayError('retryable', 'Bot Connector returned no activity id');
    this.deps.log.info({ dialogueId: notice.dialogue.id, kind: notice.kind, bindingId: binding.id }, 'teams: dialogue notice posted');
    return { messageId: result.id };
  }
}
