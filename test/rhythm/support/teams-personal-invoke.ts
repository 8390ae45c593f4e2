/**
 * Action.Execute on a card in the 1:1 chat with the bot (a reminder), shaped like Teams sends it: an
 * `adaptiveCard/action` invoke in a `personal` conversation, with the card's activity id as replyToId.
 */
import { randomBytes } from 'node:crypto';
import { BOT, TENANT_ID, TeamsUser } from '../../bots/teams/fixtures/teams-activities';

export function personalInvoke(where: { serviceUrl: string; user: TeamsUser }, conversationId: string, cardActivityId: string, verb: string, data: Record<string, unknown>) {
  const { user } = where;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:${randomBytes(8).toString('hex')}`,
    channelId: 'msteams',
    serviceUrl: where.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { ...BOT },
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: conversationId },
    channelData: { tenant: { id: TENANT_ID }, source: { name: 'message' }, legacy: { replyToId: cardActivityId } },
    replyToId: cardActivityId,
    locale: 'nl-NL',
    value: { action: { type: 'Action.Execute', id: 'submit', verb, data }, trigger: 'manual' },
  };
}
