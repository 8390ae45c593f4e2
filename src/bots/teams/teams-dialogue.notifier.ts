/**
 * DialogueNotifier for Teams: the reminder and the follow-up question as a dialogue card posted proactively in the
 * channel the dialogue was planned in (a new post, like the prompts: see outbound/proactive-session.ts).
 * Connector failures come back as GatewayError (gone / retryable).
 */
import { CloudAdapter } from 'botbuilder';
import { panelAdaptiveCard } from '../../cards';
import type { DialogueNotice, DialogueNotifier } from '../../domain/dialogues/dialogue.ports';
import { BindingRecord } from '../../domain/model/records';
import { noticePanel } from '../shared/dialogue.presenter';
import { PlatformDeps } from '../shared/platform-deps';
import { OutboundPolicy } from './outbound/outbound-policy';
import { postNew, ProactiveConnector } from './outbound/proactive-session';
import { cardMessage } from './teams-replies';

export class TeamsDialogueNotifier implements DialogueNotifier {
  readonly platform = 'teams' as const;
  private readonly proactive: ProactiveConnector;

  constructor(adapter: CloudAdapter, private readonly deps: PlatformDeps, outbound: OutboundPolicy) {
    this.proactive = new ProactiveConnector(adapter, deps.config.MicrosoftAppId ?? '', outbound);
  }

  async send(binding: BindingRecord, notice: DialogueNotice): Promise<{ messageId: string }> {
    const message = cardMessage(panelAdaptiveCard(noticePanel(this.deps, notice, this.deps.config.OOGST_DEFAULT_LOCALE)));
    const sent = await postNew(this.proactive, binding, 'dialogueNotice', message);
    this.deps.log.info({ dialogueId: notice.dialogue.id, kind: notice.kind, bindingId: binding.id }, 'teams: dialogue notice posted');
    return sent;
  }
}
