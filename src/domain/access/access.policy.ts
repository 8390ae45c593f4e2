/**
 * Who may set up what. Administrators (OOGST_ADMINS) may do everything; a regional lead may create partnerships
 * in, and appoint leads and coordinators for, their own region(s) only; a coordinator may appoint coordinators of
 * their own partnership. Admins are recognised by the platform identity the platform vouches for, never by a
 * name or e-mail someone could type.
 */
import { DomainError } from '../errors';
import { PartnershipRecord, PersonRecord, PlatformUser, RegionRecord } from '../model/records';
import { PartnershipRepository, RegionRepository } from '../ports';
import { matchesPlatformId, PlatformIdRef } from './platform-id';

/** The person acting, with the platform identity they acted from. */
export interface Actor { user: PlatformUser; person: PersonRecord }

type AccessRepos = {
  regions: Pick<RegionRepository, 'isLead' | 'ledBy' | 'linksOf'>;
  partnerships: Pick<PartnershipRepository, 'roleOf' | 'coordinators'>;
};

export class AccessPolicy {
  constructor(private readonly admins: readonly PlatformIdRef[], private readonly repos: AccessRepos) {}

  isAdmin(user: PlatformUser): boolean {
    return this.admins.some((id) => matchesPlatformId(id, user));
  }

  requireAdmin(actor: Actor): void {
    if (!this.isAdmin(actor.user)) throw new DomainError('ACCESS.ADMIN_REQUIRED');
  }

  /** Admins and anyone who leads at least one region (listing, and the first check before naming a region). */
  async requireAdminOrLead(actor: Actor): Promise<void> {
    if (this.isAdmin(actor.user)) return;
    if ((await this.repos.regions.ledBy(actor.person.id)).length > 0) return;
    throw new DomainError('ACCESS.REGION_LEAD_REQUIRED');
  }

  /** Admins, and the leads of this region. */
  async requireRegionManager(actor: Actor, region: RegionRecord): Promise<void> {
    if (this.isAdmin(actor.user)) return;
    if (await this.repos.regions.isLead(actor.person.id, region.id)) return;
    throw new DomainError('ACCESS.REGION_LEAD_REQUIRED', { region: region.name });
  }

  /** Admins, the partnership's coordinators, and the leads of any region the partnership belongs to. */
  async mayAppointCoordinator(actor: Actor, partnershipId: string): Promise<boolean> {
    if (this.isAdmin(actor.user)) return true;
    if ((await this.repos.partnerships.roleOf(actor.person.id, partnershipId)) === 'coordinator') return true;
    for (const link of await this.repos.regions.linksOf(partnershipId)) {
      if (await this.repos.regions.isLead(actor.person.id, link.region.id)) return true;
    }
    return false;
  }

  /** Throws NOT_COORDINATOR with the names of who can, as coordinators have always been told. */
  async requireMayAppointCoordinator(actor: Actor, partnership: PartnershipRecord): Promise<void> {
    if (await this.mayAppointCoordinator(actor, partnership.id)) return;
    const coordinators = await this.repos.partnerships.coordinators(partnership.id);
    throw new DomainError('PARTNERSHIP.NOT_COORDINATOR', { coordinators: coordinators.map((c) => c.displayName) });
  }
}
