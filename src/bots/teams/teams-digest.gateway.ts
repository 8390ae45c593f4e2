/**
 * DigestGateway for Teams: the weekly digest card posted proactively in the conversation the lead subscribed in (the
 * lead's personal chat, or a channel), with the conversation reference stored with the subscription. Like the
 * prompts, a new post through the turn's ConnectorClient (see teams-prompt.gateway.ts for why not sendActivity).
 * Connector failures come back as GatewayError (gone: the subscription ends; retryable: the next tick tries again).
 */
import { CloudAdapter } from 'botbuilder';
import { digestAdaptiveCard } from '../../cards';
import type { DigestGateway, DigestTarget } from '../../domain/digest/digest.ports';
import type { RegionDigest } from '../../domain/digest/digest.types';
import { GatewayError } from '../../domain/errors';
import type { Locale } from '../../domain/i18n';
import { digestViewModel } from '../shared/digest.presenter';
import { PlatformDeps } from '../shared/platform-deps';
import { parseStoredReference } from './conversation-reference';
import { ConnectorCallError, OutboundPolicy } from './outbound/outbound-policy';
import { cardMessage, connectorOf } from './teams-replies';

export class TeamsDigestGateway implements DigestGateway {
  readonly platform = 'teams' as const;

  constructor(private readonly adapter: CloudAdapter, private readonly deps: PlatformDeps, private readonly outbound: OutboundPolicy) {}

  async send(target: DigestTarget, digest: RegionDigest, locale: Locale): Promise<{ messageId: string }> {
    const reference = parseStoredReference(target.conversationRef);
    if (!reference) throw new GatewayError('gone', 'stored conversation reference is not usable; subscribe again');
    const message = cardMessage(digestAdaptiveCard(digestViewModel(this.deps, digest, locale)));
    const conversationId = reference.conversation.id;
    let outcome: { ok: true; id?: string } | { ok: false; error: unknown } = { ok: false, error: new Error('proactive turn did not run') };
    // Errors are carried out of the turn by hand: a throwing turn would end in onTurnError and be swallowed.
    await this.adapter.continueConversationAsync(this.deps.config.MicrosoftAppId ?? '', reference, async (turn) => {
      try {
        const connector = connectorOf(turn);
        const sent = await this.outbound.run({ conversationId, tenantId: target.workspaceId }, 'digest', () => connector.sendToConversation(conversationId, message));
        outcome = { ok: true, id: sent.id };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    const result = outcome as { ok: true; id?: string } | { ok: false; error: unknown };
    if (!result.ok) throw result.error instanceof ConnectorCallError ? result.error.toGatewayError() : result.error;
    if (!result.id) throw new GatewayError('retryable', 'Bot Connector returned no activity id');
    return { messageId: result.id };
  }
}
