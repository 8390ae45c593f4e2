/**
 * Renders the conversation's Reply as Block Kit and sends it where Slack expects it: the slash command's
 * response_url (ephemeral unless public), an ephemeral or public post in a channel, or a DM.
 */
import type { Logger } from '../../shared/logger';
import { answerListBlocks, digestBlocks, messageBlocks, MessageViewModel, panelBlocks, privacyBlocks, SlackMessage } from '../../cards';
import { Reply } from '../shared/conversation';
import { WebClient } from './slack-web-client';

export function replyMessage(reply: Reply): SlackMessage {
  if (reply.kind === 'privacy') return privacyBlocks(reply.view);
  if (reply.kind === 'panel') return panelBlocks(reply.view);
  if (reply.kind === 'digest') return digestBlocks(reply.view);
  return reply.kind === 'answerList' ? answerListBlocks(reply.view) : messageBlocks(reply.view);
}

export const isPublic = (reply: Reply): boolean => (reply.kind === 'message' || reply.kind === 'panel') && reply.visibility === 'public';

type RespondFn = (message: { response_type: 'ephemeral' | 'in_channel'; replace_original: false; text: string; blocks: unknown[] }) => Promise<unknown>;

/** Slash commands and message buttons: the response_url, valid for 30 minutes, so slow work can still answer. */
export async function respondWith(respond: RespondFn, reply: Reply, log?: Logger): Promise<void> {
  const sent = respondAll(respond, reply);
  await (log ? sent.catch(replyLost(log)) : sent);
}

/**
 * For a failed response_url call: an expired or unusable response_url means the work is done and only the
 * reply is lost, nothing to fail the listener over.
 */
export const replyLost = (log: Logger) => (error: unknown): void => {
  log.warn({ err: (error as { code?: string }).code ?? String(error) }, 'the response_url did not take the reply');
};

async function respondAll(respond: RespondFn, reply: Reply): Promise<void> {
  const message = replyMessage(reply);
  await respond({ response_type: isPublic(reply) ? 'in_channel' : 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
  // The first-contact privacy notice, only for the person who asked (a response_url takes up to five answers).
  if (reply.notice) {
    const notice = privacyBlocks(reply.notice);
    await respond({ response_type: 'ephemeral', replace_original: false, text: notice.text, blocks: notice.blocks });
  }
}

/** Mentions in a channel: public replies for everyone, private ones only visible to the person who asked. */
export async function postInChannel(client: WebClient, channel: string, userId: string, reply: Reply): Promise<void> {
  const message = replyMessage(reply);
  if (isPublic(reply)) await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
  else await client.chat.postEphemeral({ channel, user: userId, text: message.text, blocks: message.blocks });
  if (reply.notice) {
    const notice = privacyBlocks(reply.notice);
    await client.chat.postEphemeral({ channel, user: userId, text: notice.text, blocks: notice.blocks });
  }
}

/** A DM to one person (the bot's Messages tab); conversations.open gives the DM channel id. */
export async function sendDirect(client: WebClient, userId: string, message: SlackMessage): Promise<void> {
  const opened = (await client.conversations.open({ users: userId })) as { channel?: { id?: string } };
  const channel = opened.channel?.id ?? userId;
  await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
}

export function messageOf(view: MessageViewModel): SlackMessage {
  return messageBlocks(view);
}
