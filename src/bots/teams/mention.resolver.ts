/**
 * Turns a mention in a command ("coordinator <at>Sanne</at>") into the PlatformUser it points at.
 *
 * The message text only has the display name; the ids are in the activity's `mention` entities. Those carry the
 * Teams user id ("29:..."), and usually no AAD object id, while people are keyed by AAD object id when Teams
 * sends one (`from.aadObjectId`). So a mention is looked up with TeamsInfo.getMember (GET
 * /v3/conversations/{team or chat}/members/{id}) to get the same id that person's own messages will carry.
 * The same call accepts a UPN/e-mail address, which makes "coordinator sanne@school.nl" work too.
 */
import { TeamsInfo, TurnContext } from 'botbuilder';
import { MentionRef } from '../../domain/commands';
import { PlatformUser } from '../../domain/model/records';
import { normalizeKey } from '../../domain/text/normalize';
import { Logger } from '../../shared/logger';
import { IncomingActivity, MentionEntity, mentionEntitySchema } from './activity.schema';
import { tenantOf } from './conversation-reference';
import { OutboundPolicy } from './outbound/outbound-policy';

export function mentionEntities(activity: IncomingActivity): MentionEntity[] {
  return (activity.entities ?? []).flatMap((entity) => {
    const parsed = mentionEntitySchema.safeParse(entity);
    return parsed.success ? [parsed.data] : [];
  });
}

const stripAt = (text: string | undefined) => (text ?? '').replace(/<\/?at\b[^>]*>/gi, '');

function findMentioned(activity: IncomingActivity, name: string): MentionEntity['mentioned'] | undefined {
  const wanted = normalizeKey(name);
  const others = mentionEntities(activity).filter((m) => m.mentioned.id !== activity.recipient.id);
  const hit = others.find((m) => normalizeKey(m.mentioned.name ?? '') === wanted) ?? others.find((m) => normalizeKey(stripAt(m.text)) === wanted);
  return hit?.mentioned;
}

export class MentionResolver {
  constructor(private readonly turn: TurnContext, private readonly activity: IncomingActivity, private readonly outbound: OutboundPolicy, private readonly log: Logger) {}

  async resolve(ref: MentionRef): Promise<PlatformUser | undefined> {
    if (ref.platform === 'slack') return undefined;
    if ('email' in ref && ref.email) return this.lookup(ref.email);
    if (!('name' in ref)) return undefined;
    const mentioned = findMentioned(this.activity, ref.name);
    if (!mentioned) return undefined;
    if (mentioned.aadObjectId) return this.user(mentioned.aadObjectId, mentioned.name ?? ref.name);
    return (await this.lookup(mentioned.id)) ?? this.user(mentioned.id, mentioned.name ?? ref.name);
  }

  /** Asks Teams for the member; undefined when Teams does not know them here (or the call fails). */
  private async lookup(idOrUpn: string): Promise<PlatformUser | undefined> {
    const target = { conversationId: this.activity.conversation.id, tenantId: tenantOf(this.activity) };
    try {
      const member = await this.outbound.run(target, 'getMember', () => TeamsInfo.getMember(this.turn, idOrUpn));
      return this.user(member.aadObjectId ?? member.id, member.name ?? '', member.email ?? member.userPrincipalName);
    } catch {
      this.log.info({ activityId: this.activity.id }, 'teams: mentioned member not found');
      return undefined;
    }
  }

  private user(userId: string, displayName: string, email?: string): PlatformUser {
    return { platform: 'teams', workspaceId: tenantOf(this.activity), userId, displayName, ...(email ? { email } : {}) };
  }
}
