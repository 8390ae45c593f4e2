/**
 * The conversation reference stored with a channel binding, used later to post proactively.
 *
 * Two deliberate differences from botbuilder's TurnContext.getConversationReference():
 * - the conversation id is the channel's id, without Teams' ";messageid=..." thread suffix, and there is no
 *   activityId: proactive prompts must start a new post in the channel, not land as a reply in the thread of
 *   the message that linked it;
 * - no `user`: a binding belongs to the channel, not to whoever typed "koppel" (and it keeps names out of it).
 */
import { ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { IncomingActivity } from './activity.schema';

const storedReferenceSchema = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  locale: z.string().optional(),
  bot: z.looseObject({ id: z.string().min(1), name: z.string().optional() }),
  conversation: z.looseObject({ id: z.string().min(1), tenantId: z.string().optional(), conversationType: z.string().optional() }),
});

export function isPersonalChat(activity: Pick<IncomingActivity, 'conversation'>): boolean {
  return activity.conversation.conversationType === 'personal';
}

/** The Teams tenant: channelData.tenant.id is what Teams sends; conversation.tenantId is the newer duplicate. */
export function tenantOf(activity: Pick<IncomingActivity, 'channelData' | 'conversation' | 'channelId'>): string {
  return activity.channelData?.tenant?.id ?? activity.conversation.tenantId ?? `channel:${activity.channelId}`;
}

/** A channel's own id (replies in a thread carry "<channel>;messageid=<root>" as conversation id). */
export function channelIdOf(activity: Pick<IncomingActivity, 'channelData' | 'conversation'>): string {
  return activity.channelData?.channel?.id ?? activity.conversation.id.replace(/;messageid=\d+$/, '');
}

export function referenceForChannel(activity: IncomingActivity): ConversationReference {
  const ref = TurnContext.getConversationReference(activity as unknown as Parameters<typeof TurnContext.getConversationReference>[0]);
  const { activityId: _activityId, user: _user, ...rest } = ref;
  return {
    ...rest,
    bot: { id: activity.recipient.id, name: activity.recipient.name ?? '' },
    conversation: { ...ref.conversation, id: channelIdOf(activity), tenantId: tenantOf(activity) },
  } as ConversationReference;
}

export function serializeReference(reference: ConversationReference): string {
  return JSON.stringify(reference);
}

/** Parses a stored reference; undefined when it is not one (written by another version, or corrupted). */
export function parseStoredReference(json: string): ConversationReference | undefined {
  try {
    const parsed = storedReferenceSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as unknown as ConversationReference) : undefined;
  } catch {
    return undefined;
  }
}
