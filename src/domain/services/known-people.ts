/**
 * People this process identified recently, by platform identity: a burst of answers (a whole team answering in
 * the minutes after a prompt) then skips looking each person up, re-granting their membership and re-claiming
 * their privacy notice. A hit is only a shortcut: the answer's own statement checks membership in the database,
 * and on a refusal the caller identifies the person again the exact way (see AnswerService.submit), so an entry
 * made stale by another instance (an erasure, a re-linked channel) costs one extra round trip, never a wrong
 * answer. Display names are compared on every hit, so a rename still reaches the database at once.
 */
import { ChannelRef, PersonRecord, PlatformUser } from '../model/records';
import { Clock } from '../ports';
import { TtlCache } from './ttl-cache';

interface KnownPerson {
  person: PersonRecord;
  /** Channels whose membership grant was already done for this person. */
  channels: Set<string>;
  /** The first-contact notice was claimed (or found claimed) for this person. */
  noticeSettled: boolean;
}

export const KNOWN_PEOPLE_TTL_MS = 60_000;
const MAX_PEOPLE = 10_000;

const identityKey = (user: Pick<PlatformUser, 'platform' | 'workspaceId' | 'userId'>) => `${user.platform}|${user.workspaceId}|${user.userId}`;
export const channelKey = (channel: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'>) => `${channel.platform}|${channel.workspaceId}|${channel.channelId}`;

export class KnownPeople {
  private readonly cache: TtlCache<KnownPerson>;

  constructor(clock: Clock, ttlMs = KNOWN_PEOPLE_TTL_MS) {
    this.cache = new TtlCache(ttlMs, MAX_PEOPLE, () => clock.now().getTime());
  }

  /** The person, if known here under this identity and name and already granted this channel's membership. */
  lookup(user: PlatformUser, channel?: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'>): PersonRecord | undefined {
    const known = this.cache.get(identityKey(user));
    if (!known || (user.displayName && user.displayName !== known.person.displayName)) return undefined;
    if (channel && !known.channels.has(channelKey(channel))) return undefined;
    return known.person;
  }

  /** After the exact identification (a fresh record replaces an older one with another id). */
  remember(user: PlatformUser, person: PersonRecord, channel?: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'>): void {
    const key = identityKey(user);
    const known = this.cache.get(key);
    const same = known?.person.id === person.id;
    const channels = same && known ? known.channels : new Set<string>();
    if (channel) channels.add(channelKey(channel));
    this.cache.set(key, { person, channels, noticeSettled: same && known ? known.noticeSettled : false });
  }

  forget(user: Pick<PlatformUser, 'platform' | 'workspaceId' | 'userId'>): void {
    this.cache.delete(identityKey(user));
  }

  noticeSettled(user: PlatformUser, personId: string): boolean {
    const known = this.cache.get(identityKey(user));
    return known?.person.id === personId && known.noticeSettled;
  }

  settleNotice(user: PlatformUser, personId: string): void {
    const known = this.cache.get(identityKey(user));
    if (known?.person.id === personId) known.noticeSettled = true;
  }
}
