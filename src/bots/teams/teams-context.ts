/** A Teams turn -> the platform-neutral ConversationContext the shared conversation layer works with. */
import { TurnContext } from 'botbuilder';
import { detectCommandLocale } from '../../domain/commands';
import { Locale, toLocale } from '../../domain/i18n';
import { ChannelRef, PlatformUser } from '../../domain/model/records';
import { ConversationContext } from '../shared/conversation-context';
import { PlatformDeps } from '../shared/platform-deps';
import { IncomingActivity, incomingActivitySchema } from './activity.schema';
import { channelIdOf, isPersonalChat, referenceForChannel, serializeReference, tenantOf } from './conversation-reference';
import { MentionResolver } from './mention.resolver';
import { OutboundPolicy } from './outbound/outbound-policy';

/** Activities the endpoint validated, by identity: botbuilder hands the very object to the turn. */
const validated = new WeakSet<object>();

/** Marks what the endpoint's zod parse produced, so handlers need not parse the same object again. */
export function markValidated(activity: IncomingActivity): void {
  validated.add(activity);
}

/**
 * The turn's activity, as validated at the endpoint. Handlers must not trust a cast, so anything that did not
 * come through the endpoint's parse (a proactive turn, a copy made by the SDK) is checked here.
 */
export function incomingActivity(turn: TurnContext): IncomingActivity {
  const activity = turn.activity as unknown as IncomingActivity;
  return validated.has(activity) ? activity : incomingActivitySchema.parse(turn.activity);
}

/** The language of a typed command wins; else the Teams client's locale; else the configured default. */
export function localeOf(activity: IncomingActivity, fallback: Locale, text?: string): Locale {
  return (text ? detectCommandLocale(text) : undefined) ?? (activity.locale ? toLocale(activity.locale) : fallback);
}

export function platformUserOf(activity: IncomingActivity, locale: Locale): PlatformUser {
  return {
    platform: 'teams',
    workspaceId: tenantOf(activity),
    // The AAD object id is stable across bots and chats; the "29:..." id is per bot registration.
    userId: activity.from.aadObjectId ?? activity.from.id,
    displayName: activity.from.name ?? '',
    locale,
  };
}

/** The channel or group chat; undefined in a personal (1:1) chat. */
export function channelRefOf(activity: IncomingActivity): ChannelRef | undefined {
  if (isPersonalChat(activity)) return undefined;
  const name = activity.channelData?.channel?.name ?? activity.conversation.name;
  return {
    platform: 'teams',
    workspaceId: tenantOf(activity),
    channelId: channelIdOf(activity),
    ...(name ? { channelName: name } : {}),
    conversationRef: serializeReference(referenceForChannel(activity)),
  };
}

/**
 * Teams activity ids are unique within a conversation (channel message ids are timestamps), so the key is
 * scoped by conversation: two channels posting in the same millisecond must not look like one retry.
 */
export function deliveryKeyOf(activity: IncomingActivity): string {
  return `${activity.conversation.id}|${activity.id ?? ''}`;
}

export function toConversationContext(turn: TurnContext, activity: IncomingActivity, deps: PlatformDeps, outbound: OutboundPolicy, text?: string): ConversationContext {
  const locale = localeOf(activity, deps.config.OOGST_DEFAULT_LOCALE, text);
  const mentions = new MentionResolver(turn, activity, outbound, deps.log);
  return {
    user: platformUserOf(activity, locale),
    channel: channelRefOf(activity),
    // The same reference shape as a channel's (no user, no thread): a personal chat can be posted to later too.
    conversationRef: serializeReference(referenceForChannel(activity)),
    locale,
    deliveryKey: deliveryKeyOf(activity),
    resolveMention: (ref) => mentions.resolve(ref),
  };
}

/** The idempotency key in the delivery log for a side-effecting activity. */
export function deliveryLogKey(activity: IncomingActivity): string {
  return `teams:${deliveryKeyOf(activity)}`;
}
