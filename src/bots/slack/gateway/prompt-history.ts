/**
 * Finding a prompt message Oogst posted earlier, for the outbox's crash recovery (PromptGateway.findPosted).
 * Every prompt post carries Slack message metadata `{ event_type: "oogst_prompt", event_payload: { outboxId } }`;
 * conversations.history with include_all_metadata returns it, so the message of one outbox row can be found
 * among the channel's messages since the prompt opened.
 *
 * That needs channels:history / groups:history, which the manifest deliberately does not ask for (reading every
 * message of a partnership's channel is broader than Oogst needs; test/manifests/slack-manifest.test.ts). Without
 * them Slack answers `missing_scope`, the gateway says "not found" and the row is posted again: the same one
 * duplicate window Teams has. Granting the scopes turns the recovery on without a code change.
 */
import { z } from 'zod';
import { WebClient } from '../slack-web-client';

export const PROMPT_EVENT_TYPE = 'oogst_prompt';

export interface PromptMetadata { event_type: typeof PROMPT_EVENT_TYPE; event_payload: { outboxId: string } }

export function promptMetadata(outboxId: string): PromptMetadata {
  return { event_type: PROMPT_EVENT_TYPE, event_payload: { outboxId } };
}

/** Slack's clock and ours may differ a little; the first attempt cannot be older than the prompt. */
const CLOCK_SKEW_S = 10 * 60;
const PAGE_SIZE = 200;
/** A channel busy enough to need more is not worth more calls (tier 3: about 50 a minute): post again instead. */
const MAX_PAGES = 5;

const historyPageSchema = z.object({
  messages: z.array(z.looseObject({
    ts: z.string(),
    bot_id: z.string().optional(),
    metadata: z.looseObject({ event_type: z.string(), event_payload: z.looseObject({ outboxId: z.unknown().optional() }).optional() }).optional(),
  })).default([]),
  has_more: z.boolean().optional(),
  response_metadata: z.looseObject({ next_cursor: z.string().optional() }).optional(),
});

export interface HistoryQuery { channel: string; outboxId: string; since: Date }

/** The ts of the message that carries this outbox row's metadata, or null when the channel has none. */
export async function findPromptMessage(client: WebClient, query: HistoryQuery): Promise<string | null> {
  const oldest = String(Math.floor(query.since.getTime() / 1000) - CLOCK_SKEW_S);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const raw = await client.conversations.history({ channel: query.channel, oldest, limit: PAGE_SIZE, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
    const parsed = historyPageSchema.safeParse(raw);
    if (!parsed.success) return null;
    // Metadata can only be set by an app (bot_id); event type and a random outbox id make a false match impossible.
    const found = parsed.data.messages.find((m) => m.bot_id && m.metadata?.event_type === PROMPT_EVENT_TYPE && m.metadata.event_payload?.outboxId === query.outboxId);
    if (found) return found.ts;
    cursor = parsed.data.response_metadata?.next_cursor;
    if (!parsed.data.has_more || !cursor) return null;
  }
  return null;
}
