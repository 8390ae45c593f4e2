/**
 * After a modal closes: tells the person how their answer went, visible only to them. In the prompt's channel
 * (chat.postEphemeral), or in the DM when the modal came from the App Home or the channel no longer takes posts.
 */
import { messageBlocks, MessageViewModel } from '../../cards';
import { Logger } from '../../shared/logger';
import { ModalMetadata } from './answer-modal.adapter';
import { sendDirect } from './slack-reply';
import { WebClient } from './slack-web-client';

export async function tellPrivately(client: WebClient, meta: Pick<ModalMetadata, 'channelId'>, userId: string, view: MessageViewModel, log: Logger): Promise<void> {
  const message = messageBlocks(view);
  if (meta.channelId) {
    try {
      await client.chat.postEphemeral({ channel: meta.channelId, user: userId, text: message.text, blocks: message.blocks as never });
      return;
    } catch (error) {
      log.warn({ err: (error as { code?: string }).code ?? String(error) }, 'ephemeral confirmation failed, sending a DM');
    }
  }
  await sendDirect(client, userId, message);
}
