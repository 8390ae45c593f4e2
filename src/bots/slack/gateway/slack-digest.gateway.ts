/**
 * DigestGateway for Slack: the weekly digest as a Block Kit message in the channel the lead subscribed in, or in
 * the lead's DM (conversations.open with the user id stored with the subscription). The chart pictures are links
 * Slack fetches itself, signed and served by Oogst (src/server/digest). A channel or workspace that is gone is
 * GatewayError('gone'); a rate limit or an outage 'retryable' (the delivery stays in the outbox).
 */
import { z } from 'zod';
import { digestBlocks } from '../../../cards';
import type { DigestGateway, DigestTarget } from '../../../domain/digest/digest.ports';
import type { RegionDigest } from '../../../domain/digest/digest.types';
import { GatewayError } from '../../../domain/errors';
import type { Locale } from '../../../domain/i18n';
import { digestViewModel } from '../../shared/digest.presenter';
import { PlatformDeps } from '../../shared/platform-deps';
import { WebClient } from '../slack-web-client';
import { ChannelPacer } from './channel-pacer';
import { classifySlackError } from './slack-error.map';
import { TokenSource } from './token-source';

export interface SlackDigestOptions { tokens: TokenSource; clientFor(token: string): WebClient; pacer: ChannelPacer }

const storedTarget = z.object({ teamId: z.string().min(1), channelId: z.string().min(1).optional(), userId: z.string().min(1).optional(), enterpriseId: z.string().min(1).optional() });

export class SlackDigestGateway implements DigestGateway {
  readonly platform = 'slack' as const;

  constructor(private readonly deps: PlatformDeps, private readonly options: SlackDigestOptions) {}

  async send(target: DigestTarget, digest: RegionDigest, locale: Locale): Promise<{ messageId: string }> {
    const ref = this.reference(target);
    const token = await this.options.tokens.botToken(ref);
    if (!token) throw new GatewayError('gone', 'no Slack installation for this workspace');
    const client = this.options.clientFor(token);
    const message = digestBlocks(digestViewModel(this.deps, digest, locale));
    try {
      const channel = ref.channelId ?? (await this.openDm(client, ref.userId ?? ''));
      await this.options.pacer.wait(`${ref.teamId}:${channel}`);
      const result = (await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never, unfurl_links: false })) as { ts?: unknown };
      if (typeof result.ts !== 'string') throw new GatewayError('retryable', 'chat.postMessage answered without ts');
      return { messageId: result.ts };
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      const failure = classifySlackError(error);
      this.deps.log.warn({ platform: 'slack', kind: target.kind, code: failure.code }, 'Slack digest not delivered');
      throw new GatewayError(failure.kind === 'gone' ? 'gone' : 'retryable', failure.code);
    }
  }

  private reference(target: DigestTarget): z.infer<typeof storedTarget> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(target.conversationRef);
    } catch {
      parsed = undefined;
    }
    const result = storedTarget.safeParse(parsed);
    if (!result.success || (!result.data.channelId && !result.data.userId)) throw new GatewayError('gone', 'stored Slack target is not usable; subscribe again');
    return target.kind === 'personal' ? { ...result.data, channelId: undefined } : result.data;
  }

  private async openDm(client: WebClient, userId: string): Promise<string> {
    const opened = (await client.conversations.open({ users: userId })) as { channel?: { id?: unknown } };
    if (typeof opened.channel?.id !== 'string') throw new GatewayError('retryable', 'conversations.open answered without a channel');
    return opened.channel.id;
  }
}
