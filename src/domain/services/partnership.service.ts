/** Linking channels to partnerships, coordinators, and the status overview. */
import { DomainError } from '../errors';
import { BindingRecord, ChannelRef, PartnershipRecord, PersonRecord, PlatformUser, PromptRecord } from '../model/records';
import { Clock, Repositories } from '../ports';
import { closest, normalizeKey } from '../text/normalize';
import { KnownPeople } from './known-people';

export type LinkOutcome =
  | { kind: 'linked'; partnership: PartnershipRecord; becameCoordinator: boolean }
  | { kind: 'alreadyLinked'; partnership: PartnershipRecord };

export interface PartnershipStatus {
  partnership: PartnershipRecord;
  bindings: BindingRecord[];
  coordinators: PersonRecord[];
  memberCount: number;
  openPrompt: PromptRecord | null;
  responseCount: number;
}

export class PartnershipService {
  constructor(private readonly repos: Repositories, private readonly clock: Clock, readonly known: KnownPeople = new KnownPeople(clock)) {}

  /** Finds a partnership by a typed name; unknown names fail with the options and the closest one. */
  async findByName(name: string): Promise<PartnershipRecord> {
    const found = await this.repos.partnerships.findByNameKey(normalizeKey(name));
    if (found) return found;
    const all = await this.repos.partnerships.list();
    const suggestion = closest(normalizeKey(name), all.map((p) => normalizeKey(p.name)));
    throw new DomainError('PARTNERSHIP.NOT_FOUND', {
      name,
      options: all.map((p) => p.name),
      suggestion: all.find((p) => normalizeKey(p.name) === suggestion)?.name,
    });
  }

  /** The partnership a channel is linked to; a clear error telling how to link when it is not. */
  async forChannel(channel: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'>): Promise<{ partnership: PartnershipRecord; binding: BindingRecord }> {
    const binding = await this.repos.bindings.findByChannel(channel.platform, channel.workspaceId, channel.channelId);
    const partnership = binding?.active ? await this.repos.partnerships.findById(binding.partnershipId) : null;
    if (!binding || !partnership) throw new DomainError('CHANNEL.NOT_LINKED');
    return { partnership, binding };
  }

  /** Who is acting, remembered on first contact; people in a linked channel become members of its partnership. */
  async identify(user: PlatformUser, channel?: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'>): Promise<PersonRecord> {
    const person = await this.repos.people.upsertByIdentity(user);
    if (channel) {
      const binding = await this.repos.bindings.findByChannel(channel.platform, channel.workspaceId, channel.channelId);
      if (binding?.active) await this.repos.partnerships.grantRole(person.id, binding.partnershipId, 'member');
    }
    this.known.remember(user, person, channel);
    return person;
  }

  /**
   * identify(), answered from the people this process identified in the last minute when it can. Only for a
   * path that checks membership in the database itself and calls identify() again when that check refuses
   * (the answer form: see KnownPeople for why a stale entry is harmless there).
   */
  async identifyQuickly(user: PlatformUser, channel?: Pick<ChannelRef, 'platform' | 'workspaceId' | 'channelId'>): Promise<PersonRecord> {
    return this.known.lookup(user, channel) ?? this.identify(user, channel);
  }

  /**
   * Links a channel. The first person to link a partnership that has no coordinator becomes its coordinator;
   * once it has coordinators, linking another channel to it is theirs to decide (or an admin's or regional
   * lead's: `mayManage`), otherwise anyone could join any partnership's prompts and summaries by naming it.
   */
  async link(actor: PersonRecord, channel: ChannelRef, partnershipName: string, mayManage: (partnershipId: string) => Promise<boolean>): Promise<LinkOutcome> {
    const partnership = await this.findByName(partnershipName);
    const existing = await this.repos.bindings.findByChannel(channel.platform, channel.workspaceId, channel.channelId);
    if (existing?.active && existing.partnershipId === partnership.id) {
      await this.repos.bindings.refreshReference(channel);
      return { kind: 'alreadyLinked', partnership };
    }
    const coordinators = await this.repos.partnerships.coordinators(partnership.id);
    if (coordinators.length > 0 && !(await mayManage(partnership.id))) {
      throw new DomainError('PARTNERSHIP.NOT_COORDINATOR', { coordinators: coordinators.map((c) => c.displayName), partnership: partnership.name });
    }
    // Re-linking a channel that belongs to another partnership is a coordinator decision of that partnership.
    if (existing?.active && existing.partnershipId !== partnership.id) await this.requireCoordinator(actor, existing.partnershipId);
    await this.repos.bindings.link(partnership.id, channel);
    await this.repos.partnerships.grantRole(actor.id, partnership.id, 'member');
    const becameCoordinator = await this.repos.partnerships.claimFirstCoordinator(actor.id, partnership.id);
    await this.repos.audit.record({
      actorId: actor.id, action: 'channel.link', partnershipId: partnership.id,
      details: { platform: channel.platform, channel: channel.channelName ?? channel.channelId, becameCoordinator },
    }, this.clock.now());
    return { kind: 'linked', partnership, becameCoordinator };
  }

  /** Throws NOT_COORDINATOR (with the names of who can) unless the actor coordinates the partnership. */
  async requireCoordinator(actor: PersonRecord, partnershipId: string): Promise<void> {
    if ((await this.repos.partnerships.roleOf(actor.id, partnershipId)) === 'coordinator') return;
    const coordinators = await this.repos.partnerships.coordinators(partnershipId);
    throw new DomainError('PARTNERSHIP.NOT_COORDINATOR', { coordinators: coordinators.map((c) => c.displayName) });
  }

  async addCoordinator(actor: PersonRecord, partnershipId: string, target: PlatformUser): Promise<PersonRecord> {
    await this.requireCoordinator(actor, partnershipId);
    const person = await this.repos.people.upsertByIdentity(target);
    await this.repos.partnerships.grantRole(person.id, partnershipId, 'coordinator');
    await this.repos.audit.record({ actorId: actor.id, action: 'coordinator.appoint', partnershipId, subjectId: person.id }, this.clock.now());
    return person;
  }

  async status(partnershipId: string): Promise<PartnershipStatus> {
    const partnership = await this.repos.partnerships.findById(partnershipId);
    if (!partnership) throw new DomainError('PARTNERSHIP.NOT_FOUND', { name: partnershipId, options: [] });
    const [bindings, coordinators, memberCount, openPrompt] = await Promise.all([
      this.repos.bindings.listActive(partnershipId),
      this.repos.partnerships.coordinators(partnershipId),
      this.repos.partnerships.memberCount(partnershipId),
      this.repos.prompts.latestOpen(partnershipId, this.clock.now()),
    ]);
    const responseCount = openPrompt ? await this.repos.answers.countForPrompt(openPrompt.id) : 0;
    return { partnership, bindings, coordinators, memberCount, openPrompt, responseCount };
  }
}
