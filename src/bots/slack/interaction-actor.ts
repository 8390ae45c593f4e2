/** Who clicked and where, from a block_actions payload (validated), for the conversation context. */
import { z } from 'zod';
import { SlackActor, SlackPlace } from './slack-context';
import { isDirectMessageChannel } from './slack-identity';
import { blockActionSchema, interactionTeamId } from './slack-payloads.schema';

export type BlockActionBody = z.infer<typeof blockActionSchema>;
export type ClickOrigin = 'channel' | 'home' | 'dm';

export interface Click { actor: SlackActor; place?: SlackPlace; origin: ClickOrigin; triggerId: string }

export function clickOf(body: BlockActionBody): Click | undefined {
  const teamId = interactionTeamId(body);
  if (!teamId) return undefined;
  const actor: SlackActor = {
    teamId,
    enterpriseId: body.enterprise?.id ?? body.team?.enterprise_id,
    userId: body.user.id,
    userName: body.user.name ?? body.user.username,
  };
  if (body.container?.type === 'view' || !body.channel) return { actor, origin: 'home', triggerId: body.trigger_id };
  if (isDirectMessageChannel(body.channel.id, body.channel.name)) return { actor, origin: 'dm', triggerId: body.trigger_id };
  // The button's channel counts: clicking in a linked channel makes the person a member of its partnership.
  return { actor, place: { channelId: body.channel.id, channelName: body.channel.name }, origin: 'channel', triggerId: body.trigger_id };
}
