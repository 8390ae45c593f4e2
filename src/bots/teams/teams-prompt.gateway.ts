/**
 * PromptGateway for Teams: posts the shared prompt card to a linked channel and updates it later (response count,
 * closed state), sends reminders to a person's 1:1 chat, and posts the closing summary as a reply in the prompt's
 * channel thread; all proactively, on the conversation reference stored when the channel was linked (see
 * outbound/proactive-session.ts).
 */
import { CloudAdapter } from 'botbuilder';
import { promptChannelAdaptiveCard, reminderAdaptiveCard, summaryAdaptiveCard } from '../../cards';
import { GatewayError } from '../../domain/errors';
import { BindingRecord, PromptRecord } from '../../domain/model/records';
import { PromptGateway, ReminderContext } from '../../domain/ports';
import type { ClosingSummary } from '../../domain/rhythm/closing-summary';
import type { PlatformIdentityRecord } from '../../domain/rhythm/rhythm.ports';
import { PlatformDeps } from '../shared/platform-deps';
import { promptViewModel } from '../shared/prompt.presenter';
import { reminderView, summaryView } from '../shared/rhythm-notices.presenter';
import { KeyedQueue } from './outbound/keyed-queue';
import { OutboundPolicy } from './outbound/outbound-policy';
import { postNew, ProactiveConnector, threadConversationId } from './outbound/proactive-session';
import { cardMessage } from './teams-replies';

export class TeamsPromptGateway implements PromptGateway {
  readonly platform = 'teams' as const;

  private readonly updates = new KeyedQueue();
  private readonly proactive: ProactiveConnector;

  constructor(adapter: CloudAdapter, private readonly deps: PlatformDeps, outbound: OutboundPolicy) {
    this.proactive = new ProactiveConnector(adapter, deps.config.MicrosoftAppId ?? '', outbound);
  }

  async post(binding: BindingRecord, prompt: PromptRecord, responseCount: number): Promise<{ messageId: string }> {
    const sent = await postNew(this.proactive, binding, 'postPrompt', cardMessage(await this.channelCard(prompt, responseCount)));
    this.deps.log.info({ promptId: prompt.id, bindingId: binding.id }, 'teams: prompt posted');
    return sent;
  }

  /**
   * Updates run one at a time per message, and each renders the prompt as stored when its turn in that queue
   * comes (not as passed in): refreshes are fired without waiting after each answer, so an older one could
   * otherwise be sent after a newer one (e.g. a late count refresh after close()) and reopen a closed card.
   * The rendering happens before the rate-limit token is taken, so the token's moment is the request's moment
   * (the limiter's window is what Teams counts); a newer state meanwhile gets its own refresh (PromptService).
   */
  async update(binding: BindingRecord, messageId: string, prompt: PromptRecord, responseCount: number): Promise<void> {
    await this.updates.run(`${binding.id}|${messageId}`, async () => {
      const stored = await this.deps.repos.prompts.findById(prompt.id);
      const [current, count] = stored ? [stored, await this.deps.repos.answers.countForPrompt(prompt.id)] : [prompt, responseCount];
      const message = { ...cardMessage(await this.channelCard(current, count)), id: messageId };
      await this.proactive.run(binding, (s) => s.call(s.channelId, 'updatePrompt', (connector) => connector.updateActivity(s.channelId, messageId, message)));
    });
  }

  /**
   * A bot cannot read channel messages back through the Bot Connector; only Microsoft Graph can, with
   * ChannelMessage.Read.All (admin consent) or a resource-specific ChannelMessage.Read.Group permission this app
   * does not ask for. So a post whose id was lost in a crash cannot be found, and the outbox posts it again: the
   * one duplicate window outbox-lease.ts describes stays open on Teams.
   */
  async findPosted(): Promise<{ messageId: string } | null> {
    return null;
  }

  /**
   * The reminder goes to the person's 1:1 chat with the bot, opened through the binding's service URL (the
   * person is in that channel's tenant). The card carries the answer form, so they answer right there.
   */
  async remind(recipient: PlatformIdentityRecord, prompt: PromptRecord, context: ReminderContext): Promise<void> {
    const card = reminderAdaptiveCard(await reminderView(this.deps, prompt, context));
    await this.proactive.run(context.binding, async (s) => {
      const chatId = await s.personalChat(recipient.userId);
      await s.call(chatId, 'remind', (connector) => connector.sendToConversation(chatId, cardMessage(card)));
    });
    this.deps.log.info({ promptId: prompt.id, bindingId: context.binding.id }, 'teams: reminder sent');
  }

  /** A reply in the thread of the prompt's channel message, in the default language like the channel card. */
  async postSummary(binding: BindingRecord, parentMessageId: string, summary: ClosingSummary): Promise<{ messageId: string }> {
    const card = summaryAdaptiveCard(summaryView(summary, this.deps.config.OOGST_DEFAULT_LOCALE));
    const sent = await this.proactive.run(binding, (s) => {
      const thread = threadConversationId(s.channelId, parentMessageId);
      return s.call(s.channelId, 'postSummary', (connector) => connector.sendToConversation(thread, cardMessage(card)));
    });
    if (!sent.id) throw new GatewayError('retryable', 'Bot Connector returned no activity id');
    this.deps.log.info({ promptId: summary.promptId, bindingId: binding.id }, 'teams: closing summary posted');
    return { messageId: sent.id };
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
}
