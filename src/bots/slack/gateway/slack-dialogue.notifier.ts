/**
 * DialogueNotifier for Slack: the reminder and the follow-up question as a dialogue message in the channel it was
 * planned in, paced per channel like the prompts. A channel that is gone is GatewayError('gone'); a rate limit or
 * an outage is 'retryable' (the notice stays in the outbox and the next tick tries again).
 */
import { panelBlocks } from '../../../cards';
import type { DialogueNotice, DialogueNotifier } from '../../../domain/dialogues/dialogue.ports';
import { GatewayError } from '../../../domain/errors';
import { BindingRecord } from '../../../domain/model/records';
import { noticePanel } from '../../shared/dialogue.presenter';
import { PlatformDeps } from '../../shared/platform-deps';
import { bindingConversation } from '../slack-identity';
import { WebClient } from '../slack-web-client';
import { ChannelPacer } from './channel-pacer';
import { classifySlackError } from './slack-error.map';
import { TokenSource } from './token-source';

export interface SlackNotifierOptions { tokens: TokenSource; clientFor(token: string): WebClient; pacer: ChannelPacer }

export class SlackDialogueNotifier implements DialogueNotifier {
  readonly platform = 'slack' as const;

  constructor(private readonly deps: PlatformDeps, private readonly options: SlackNotifierOptions) {}

  async send(binding: BindingRecord, notice: DialogueNotice): Promise<{ messageId: string }> {
    const ref = bindingConversation(binding);
    const token = await this.options.tokens.botToken(ref);
    if (!token) throw new GatewayError('gone', 'no Slack installation for this workspace');
    const message = panelBlocks(noticePanel(this.deps, notice, this.deps.config.OOGST_DEFAULT_LOCALE));
    await this.options.pacer.wait(`${ref.teamId}:${ref.channelId}`);
    try {
      const result = (await this.options.clientFor(token).chat.postMessage({ channel: ref.channelId, text: message.text, blocks: message.blocks as never })) as { ts?: unknown };
      if (typeof result.ts !== 'string') throw new GatewayError('retryable', 'chat.postMessage answered without ts');
      return { messageId: result.ts };
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      const failure = classifySlackError(error);
      this.deps.log.warn({ bindingId: binding.id, code: failure.code }, 'Slack dialogue notice failed');
      throw new GatewayError(failure.kind === 'gone' ? 'gone' : 'retryable', failure.code);
    }
  }
}
