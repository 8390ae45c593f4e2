import { KnownPeople } from '../../../src/domain/services/known-people';
import { TtlCache } from '../../../src/domain/services/ttl-cache';
import { PlatformUser } from '../../../src/domain/model/records';

const person = (id: string, displayName = 'Mees Meijer') => ({ id, displayName, email: null, locale: 'nl' as const, remindersEnabled: true });
const mees: PlatformUser = { platform: 'slack', workspaceId: 'T1', userId: 'U1', displayName: 'Mees Meijer' };
const channel = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };

describe('TtlCache', () => {
  it('forgets entries after their time and the oldest beyond its size', () => {
    let now = 0;
    const cache = new TtlCache<number>(1_000, 2, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    now = 1_000;
    expect(cache.get('b')).toBeUndefined();
  });
});

describe('KnownPeople', () => {
  let now = 0;
  const known = () => new KnownPeople({ now: () => new Date(now) }, 60_000);

  it('knows a person for a minute, under the same name, for channels already granted', () => {
    now = 0;
    const k = known();
    k.remember(mees, person('p1'), channel);
    expect(k.lookup(mees, channel)?.id).toBe('p1');
    expect(k.lookup(mees)?.id).toBe('p1');
    expect(k.lookup(mees, { ...channel, channelId: 'C2' })).toBeUndefined(); // another channel: grant it first
    expect(k.lookup({ ...mees, displayName: 'Mees de Vries' })).toBeUndefined(); // renamed: the exact path stores it
    now = 60_000;
    expect(k.lookup(mees)).toBeUndefined();
  });

  it('settles the privacy notice per person id, and starts over for a new person (after an erasure)', () => {
    now = 0;
    const k = known();
    k.remember(mees, person('p1'), channel);
    expect(k.noticeSettled(mees, 'p1')).toBe(false);
    k.settleNotice(mees, 'p1');
    expect(k.noticeSettled(mees, 'p1')).toBe(true);
    k.remember(mees, person('p2'));
    expect(k.noticeSettled(mees, 'p2')).toBe(false);
    expect(k.lookup(mees, channel)).toBeUndefined(); // the new person's memberships are not known yet
  });
});
