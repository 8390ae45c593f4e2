/**
 * The first-contact privacy notice after a card action (answer button, modal): ephemeral in the channel where the
 * person clicked, or in the DM when there is no channel (App Home) or the channel does not take our posts.
 */
import { PrivacyCardViewModel, privacyBlocks } from '../../cards';
import { Logger } from '../../shared/logger';
import { sendDirect } from './slack-reply';
import { WebClient } from './slack-web-client';

export async function deliverNotice(client: WebClient, where: { userId: string; channelId?: string }, notice: PrivacyCardViewModel | undefined, log: Logger): Promise<void> {
  if (!notice) return;
  const message = privacyBlocks(notice);
  try {
    if (where.channelId) {
      try {
        await client.chat.postEphemeral({ channel: where.channelId, user: where.userId, text: message.text, blocks: message.blocks as never });
        return;
      } catch (error) {
        log.warn({ err: (error as { code?: string }).code ?? String(error) }, 'ephemeral privacy notice failed, sending a DM');
      }
    }
    await sendDirect(client, where.userId, message);
  } catch (error) {
    // What the person asked for went out already; the notice is also behind "privacy" and on /privacy.
    log.warn({ err: (error as { code?: string }).code ?? String(error) }, 'slack: privacy notice not delivered');
  }
}
