/**
 * Slack ids -> the domain's identities. A channel is (team id, channel id); its conversationRef keeps what a
 * proactive post needs later ({ teamId, channelId, enterpriseId? }), so the gateway can find the right token.
 */
import { z } from 'zod';
import { BindingRecord, ChannelRef } from '../../domain/model/records';

export interface SlackConversationRef {
  teamId: string;
  channelId: string;
  enterpriseId?: string;
}

const conversationRefSchema = z.object({
  teamId: z.string().min(1),
  channelId: z.string().min(1),
  enterpriseId: z.string().min(1).optional(),
});

export function slackChannelRef(ref: SlackConversationRef, channelName?: string): ChannelRef {
  const conversationRef: SlackConversationRef = { teamId: ref.teamId, channelId: ref.channelId, ...(ref.enterpriseId ? { enterpriseId: ref.enterpriseId } : {}) };
  return {
    platform: 'slack',
    workspaceId: ref.teamId,
    channelId: ref.channelId,
    ...(channelName ? { channelName } : {}),
    conversationRef: JSON.stringify(conversationRef),
  };
}

/** The stored reference of a binding; falls back to the binding's own ids when the JSON is damaged. */
export function bindingConversation(binding: BindingRecord): SlackConversationRef {
  try {
    const parsed = conversationRefSchema.safeParse(JSON.parse(binding.conversationRef));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: the ids on the binding row are enough to post
  }
  return { teamId: binding.workspaceId, channelId: binding.channelId };
}

/** Direct-message channel ids start with D; Slack marks them `channel_type: im` / `channel_name: directmessage`. */
export function isDirectMessageChannel(channelId: string | undefined, channelName?: string): boolean {
  return channelName === 'directmessage' || (channelId?.startsWith('D') ?? false);
}
