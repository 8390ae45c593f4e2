/**
 * Posts and updates reflection prompts in Slack channels for the prompt service (scheduler, "vraag nu",
 * count refreshes). Paced per channel; `ratelimited` waits Retry-After and tries again a few times; a channel
 * that is gone is reported as GatewayError('gone') (the service switches the binding off) and the
 * coordinators get a DM. The message id the domain stores is Slack's `ts`.
 */
import { promptBlockKitMessage } from '../../../cards';
import { GatewayError } from '../../../domain/errors';
import { BindingRecord, PromptRecord } from '../../../domain/model/records';
import { PromptGateway } from '../../../domain/ports';
import { PlatformDeps } from '../../shared/platform-deps';
import { promptViewModel } from '../../shared/prompt.presenter';
import { bindingConversation } from '../slack-identity';
import { WebClient } from '../slack-web-client';
import { ChannelPacer } from './channel-pacer';
import { GoneNotifier } from './coordinator.notifier';
import { classifySlackError } from './slack-error.map';
import { TokenSource } from './token-source';

export interface SlackGatewayOptions {
  tokens: TokenSource;
  clientFor(token: string): WebClient;
  pacer: ChannelPacer;
  notifyGone: GoneNotifier;
  /** Attempts per call, counting the first (so 3 = two retries after `ratelimited`). */
  maxAttempts?: number;
  /** A longer Retry-After is not waited for: the post stays planned and the scheduler tries again. */
  maxRetryAfterMs?: number;
}

type Call = (client: WebClient, channel: string) => Promise<unknown>;

export class SlackPromptGateway implements PromptGateway {
  readonly platform = 'slack' as const;

  constructor(private readonly deps: PlatformDeps, private readonly options: SlackGatewayOptions) {}

  async post(binding: BindingRecord, prompt: PromptRecord, responseCount: number): Promise<{ messageId: string }> {
    const message = await this.render(prompt, responseCount);
    const result = (await this.call(binding, 'post', (client, channel) => client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never }))) as { ts?: unknown };
    if (typeof result.ts !== 'string') throw new GatewayError('retryable', 'chat.postMessage answered without ts');
    return { messageId: result.ts };
  }

  async update(binding: BindingRecord, messageId: string, prompt: PromptRecord, responseCount: number): Promise<void> {
    const message = await this.render(prompt, responseCount);
    await this.call(binding, 'update', (client, channel) => client.chat.update({ channel, ts: messageId, text: message.text, blocks: message.blocks as never }));
  }

  private async render(prompt: PromptRecord, responseCount: number) {
    const partnership = await this.deps.repos.partnerships.findById(prompt.partnershipId);
    const locale = this.deps.config.OOGST_DEFAULT_LOCALE; // a channel message is for everyone: the workspace language
    return promptBlockKitMessage(promptViewModel({ prompt, partnershipName: partnership?.name ?? '', responseCount, locale, now: this.deps.clock.now() }));
  }

  private async call(binding: BindingRecord, what: 'post' | 'update', call: Call): Promise<unknown> {
    const { maxAttempts = 3, maxRetryAfterMs = 30_000 } = this.options;
    const ref = bindingConversation(binding);
    const token = await this.options.tokens.botToken(ref);
    if (!token) throw new GatewayError('gone', 'no Slack installation for this workspace');
    const client = this.options.clientFor(token);
    const channelKey = `${ref.teamId}:${ref.channelId}`;
    for (let attempt = 1; ; attempt += 1) {
      await this.options.pacer.wait(channelKey);
      try {
        return await call(client, ref.channelId);
      } catch (error) {
        const failure = classifySlackError(error);
        this.deps.log.warn({ bindingId: binding.id, what, attempt, code: failure.code }, 'Slack call failed');
        if (failure.kind === 'ratelimited' && attempt < maxAttempts && failure.retryAfterMs <= maxRetryAfterMs) {
          this.options.pacer.defer(channelKey, failure.retryAfterMs);
          continue;
        }
        if (failure.kind === 'gone') {
          // Only a failed post switches the binding off; tell the coordinators then (an update failing is logged).
          if (what === 'post') await this.options.notifyGone(binding, failure.code).catch((e: unknown) => this.deps.log.warn({ err: String(e) }, 'gone notice failed'));
          throw new GatewayError('gone', failure.code);
        }
        throw new GatewayError('retryable', failure.code);
      }
    }
  }
}
