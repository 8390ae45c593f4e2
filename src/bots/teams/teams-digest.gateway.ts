/**
 * DigestGateway for Teams: the weekly digest card posted proactively in the conversation the lead subscribed in (the
 * lead's personal chat, or a channel), with the conversation reference stored with the subscription. Like the
 * prompts, a new post (see outbound/proactive-session.ts). Connector failures come back as GatewayError (gone: the
 * subscription ends; retryable: the next tick tries again).
 */
import { CloudAdapter } from 'botbuilder';
import { digestAdaptiveCard } from '../../cards';
import type { DigestGateway, DigestTarget } from '../../domain/digest/digest.ports';
import type { RegionDigest } from '../../domain/digest/digest.types';
import type { Locale } from '../../domain/i18n';
import { digestViewModel } from '../shared/digest.presenter';
import { PlatformDeps } from '../shared/platform-deps';
import { OutboundPolicy } from './outbound/outbound-policy';
import { postNew, ProactiveConnector } from './outbound/proactive-session';
import { cardMessage } from './teams-replies';

export class TeamsDigestGateway implements DigestGateway {
  readonly platform = 'teams' as const;
  private readonly proactive: ProactiveConnector;

  constructor(adapter: CloudAdapter, private readonly deps: PlatformDeps, outbound: OutboundPolicy) {
    this.proactive = new ProactiveConnector(adapter, deps.config.MicrosoftAppId ?? '', outbound);
  }

  send(target: DigestTarget, digest: RegionDigest, locale: Locale): Promise<{ messageId: string }> {
    const message = cardMessage(digestAdaptiveCard(digestViewModel(this.deps, digest, locale)));
    return postNew(this.proactive, target, 'digest', message, 'subscribe again');
  }
}
