/**
 * Makes the fake Slack Web API remember the channel messages Oogst posts (with their message metadata) and
 * answer conversations.history from them, like Slack does when the app may read channel history. That is
 * what lets the Slack gateway find a prompt it posted just before a crash instead of posting it again.
 */
import { FakeSlackApi } from '../../support/fake-slack-api';

export interface PostedMessage { channel: string; ts: string; metadata?: unknown }

/** `onPost` sees each channel message as it arrives (before the answer goes back), with the running count. */
export function slackHistoryFromPosts(fake: FakeSlackApi, onPost?: (post: PostedMessage, count: number) => void): { posts: PostedMessage[] } {
  const posts: PostedMessage[] = [];
  let counter = 0;
  fake.answerWith('chat.postMessage', (args) => {
    counter += 1;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, '0')}`;
    const post = { channel: String(args.channel), ts, metadata: args.metadata };
    posts.push(post);
    onPost?.(post, posts.length);
    return { ok: true, channel: args.channel, ts, message: { type: 'message', ts, bot_id: fake.botId } };
  });
  fake.answerWith('conversations.history', (args) => ({
    ok: true,
    has_more: false,
    messages: posts.filter((p) => p.channel === args.channel).reverse().map((p) => ({ type: 'message', ts: p.ts, bot_id: fake.botId, ...(p.metadata ? { metadata: p.metadata } : {}) })),
  }));
  return { posts };
}
