/**
 * Posts and updates reflection prompts in Slack channels for the prompt service (scheduler, "vraag nu", count
 * refreshes), and the rhythm's other messages: reminders as a DM, the closing summary as a thread reply under the
 * prompt. Calls are paced per conversation with `ratelimited` waited out (slack-caller.ts); a channel that is gone
 * is GatewayError('gone') (the service switches the binding off) and, for a post, the coordinators get a DM.
 * The message id the domain stores is Slack's `ts`.
 */
import { promptBlockKitMessage, reminderBlocks, SlackMessage, summaryBlocks } from '../../../cards';
import { GatewayError } from '../../../domain/errors';
import { BindingRecord, PromptRecord } from '../../../domain/model/records';
import { PostOptions, PromptGateway, ReminderContext } from '../../../domain/ports';
import type { ClosingSummary } from '../../../domain/rhythm/closing-summary';
import type { PlatformIdentityRecord } from '../../../domain/rhythm/rhythm.ports';
import { PlatformDeps } from '../../shared/platform-deps';
import { promptViewModel } from '../../shared/prompt.presenter';
import { reminderView, summaryView } from '../../shared/rhythm-notices.presenter';
import { bindingConversation } from '../slack-identity';
import { GoneNotifier } from './coordinator.notifier';
import { findPromptMessage, promptMetadata } from './prompt-history';
import { CallPurpose, SlackCaller, SlackCallerOptions } from './slack-caller';
import { classifySlackError } from './slack-error.map';

export interface SlackGatewayOptions extends SlackCallerOptions {
  notifyGone: GoneNotifier;
}

/** History cannot be read (the manifest does not ask for the history scopes, see prompt-history.ts): the post goes out. */
const CANNOT_READ_HISTORY = new Set(['missing_scope', 'not_allowed_token_type', 'no_permission', 'ekm_access_denied']);

const tsOf = (result: unknown): string => {
  const ts = (result as { ts?: unknown }).ts;
  if (typeof ts !== 'string') throw new GatewayError('retryable', 'chat.postMessage answered without ts');
  return ts;
};

export class SlackPromptGateway implements PromptGateway {
  readonly platform = 'slack' as const;
  private readonly caller: SlackCaller;

  constructor(private readonly deps: PlatformDeps, private readonly options: SlackGatewayOptions) {
    this.caller = new SlackCaller(deps.log, options);
  }

  async post(binding: BindingRecord, prompt: PromptRecord, responseCount: number, options?: PostOptions): Promise<{ messageId: string }> {
    const message = await this.render(prompt, responseCount);
    // The outbox id travels with the message, so findPosted can recognise it after a crash.
    const metadata = options ? { metadata: promptMetadata(options.outboxId) } : {};
    const result = await this.inChannel(binding, 'post', (client, channel) => client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never, ...metadata }));
    return { messageId: tsOf(result) };
  }

  async update(binding: BindingRecord, messageId: string, prompt: PromptRecord, responseCount: number): Promise<void> {
    const message = await this.render(prompt, responseCount);
    await this.inChannel(binding, 'update', (client, channel) => client.chat.update({ channel, ts: messageId, text: message.text, blocks: message.blocks as never }));
  }

  async findPosted(binding: BindingRecord, prompt: PromptRecord, outboxId: string): Promise<{ messageId: string } | null> {
    const ref = bindingConversation(binding);
    const client = await this.caller.client(ref);
    try {
      const ts = await findPromptMessage(client, { channel: ref.channelId, outboxId, since: prompt.opensAt });
      return ts ? { messageId: ts } : null;
    } catch (error) {
      const failure = classifySlackError(error);
      if (CANNOT_READ_HISTORY.has(failure.code)) {
        this.deps.log.info({ bindingId: binding.id, code: failure.code }, 'Slack history not readable: the prompt is posted again');
        return null;
      }
      this.deps.log.warn({ bindingId: binding.id, code: failure.code }, 'Slack history look-up failed');
      // Unknown is not "absent": posting now could be the duplicate this look-up is for, so the outbox waits.
      throw new GatewayError(failure.kind === 'gone' ? 'gone' : 'retryable', failure.code);
    }
  }

  /** A DM to the person (conversations.open + chat.postMessage) with the prompt's "Beantwoorden" button. */
  async remind(recipient: PlatformIdentityRecord, prompt: PromptRecord, context: ReminderContext): Promise<void> {
    const ref = bindingConversation(context.binding);
    const client = await this.caller.client({ teamId: recipient.workspaceId, enterpriseId: ref.enterpriseId });
    const message = reminderBlocks(await reminderView(this.deps, prompt, context));
    const log = { promptId: prompt.id, bindingId: context.binding.id };
    // conversations.open is not chat.postMessage's per-channel limit: it is paced apart from the DM itself.
    const opened = await this.caller.call(recipient.workspaceId, { conversation: `open:${recipient.userId}`, purpose: 'remind', log }, () => client.conversations.open({ users: recipient.userId }));
    const channel = (opened as { channel?: { id?: unknown } }).channel?.id;
    if (typeof channel !== 'string') throw new GatewayError('retryable', 'conversations.open answered without a channel');
    await this.caller.call(recipient.workspaceId, { conversation: channel, purpose: 'remind', log }, () => client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never }));
    this.deps.log.info(log, 'slack: reminder sent');
  }

  /** A reply in the prompt message's thread (thread_ts), in the workspace language like the prompt itself. */
  async postSummary(binding: BindingRecord, parentMessageId: string, summary: ClosingSummary): Promise<{ messageId: string }> {
    const message: SlackMessage = summaryBlocks(summaryView(summary, this.deps.config.OOGST_DEFAULT_LOCALE));
    const result = await this.inChannel(binding, 'summary', (client, channel) =>
      client.chat.postMessage({ channel, thread_ts: parentMessageId, text: message.text, blocks: message.blocks as never }),
    );
    return { messageId: tsOf(result) };
  }

  private async render(prompt: PromptRecord, responseCount: number) {
    const partnership = await this.deps.repos.partnerships.findById(prompt.partnershipId);
    const locale = this.deps.config.OOGST_DEFAULT_LOCALE; // a channel message is for everyone: the workspace language
    return promptBlockKitMessage(promptViewModel({ prompt, partnershipName: partnership?.name ?? '', responseCount, locale, now: this.deps.clock.now() }));
  }

  private async inChannel(binding: BindingRecord, purpose: CallPurpose, run: (client: Awaited<ReturnType<SlackCaller['client']>>, channel: string) => Promise<unknown>): Promise<unknown> {
    const ref = bindingConversation(binding);
    const client = await this.caller.client(ref);
    // Only a failed post switches the binding off with a word to the coordinators; other failures are logged.
    const onGone = purpose === 'post' ? (failure: { code: string }) => this.options.notifyGone(binding, failure.code) : undefined;
    return this.caller.call(ref.teamId, { conversation: ref.channelId, purpose, log: { bindingId: binding.id }, onGone }, () => run(client, ref.channelId));
  }
}
