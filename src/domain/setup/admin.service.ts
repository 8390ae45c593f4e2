/**
 * The chat admin commands as use cases: create a region or a partnership, list partnerships, appoint regional
 * leads and coordinators. Each checks rights with the AccessPolicy, then writes through SetupService, so a chat
 * command obeys exactly the rules of the setup file and runs in one transaction.
 */
import { Actor, AccessPolicy } from '../access/access.policy';
import { DomainError } from '../errors';
import { HolidayRegion, PartnershipRecord, PersonRecord, PlatformUser, RegionKind, RegionRecord, Sector } from '../model/records';
import { RegionLink, Repositories } from '../ports';
import { closest, normalizeKey } from '../text/normalize';
import { PersonPlan, SetupChangeKind } from './setup-plan';
import { SetupService } from './setup.service';

export interface PartnershipOverview { partnership: PartnershipRecord; links: RegionLink[] }
export interface Appointment { person: PersonRecord; changed: boolean }

const emptyPlan = { regions: [], partnerships: [], people: [] };
const REGION_PREFIX = 'onderwijsregio';

export class AdminService {
  constructor(private readonly repos: Repositories, private readonly access: AccessPolicy, private readonly setup: SetupService) {}

  async createRegion(actor: Actor, input: { name: string; kind?: RegionKind; holidayRegion?: HolidayRegion }): Promise<RegionRecord> {
    this.access.requireAdmin(actor);
    const key = nameKeyOf(input.name);
    const existing = await this.repos.regions.findByNameKey(key);
    if (existing) throw new DomainError('REGION.EXISTS', { name: existing.name });
    await this.setup.apply({ ...emptyPlan, regions: [{ name: input.name.trim(), kind: input.kind, holidayRegion: input.holidayRegion }] });
    const region = await this.regionByKey(key);
    await this.repos.audit.record({ actorId: actor.person.id, action: 'region.create', regionId: region.id });
    return region;
  }

  async createPartnership(actor: Actor, input: { name: string; region: string; sectors: readonly Sector[] }): Promise<{ partnership: PartnershipRecord; region: RegionRecord }> {
    // Rights first, so people without them learn nothing about which regions exist.
    await this.access.requireAdminOrLead(actor);
    const region = await this.findRegion(input.region);
    await this.access.requireRegionManager(actor, region);
    const key = nameKeyOf(input.name);
    const existing = await this.repos.partnerships.findByNameKey(key);
    if (existing) throw new DomainError('PARTNERSHIP.EXISTS', { name: existing.name });
    if (input.sectors.length === 0) throw new DomainError('PARTNERSHIP.SECTORS_REQUIRED', { name: input.name.trim(), region: region.name });
    const partnership = { name: input.name.trim(), sectors: [...input.sectors], regions: [{ region: region.name, positioning: 'within' as const }] };
    await this.setup.apply({ ...emptyPlan, partnerships: [partnership] });
    const created = await this.repos.partnerships.findByNameKey(key);
    if (!created) throw new Error('partnership missing right after it was created');
    await this.repos.audit.record({ actorId: actor.person.id, action: 'partnership.create', partnershipId: created.id, regionId: region.id });
    return { partnership: created, region };
  }

  async listPartnerships(actor: Actor): Promise<PartnershipOverview[]> {
    await this.access.requireAdminOrLead(actor);
    const [partnerships, links] = await Promise.all([this.repos.partnerships.list(), this.repos.regions.allLinks()]);
    return partnerships.map((partnership) => ({ partnership, links: links.filter((l) => l.partnershipId === partnership.id) }));
  }

  async appointRegionLead(actor: Actor, target: PlatformUser, regionName: string): Promise<Appointment & { region: RegionRecord }> {
    await this.access.requireAdminOrLead(actor);
    const region = await this.findRegion(regionName);
    await this.access.requireRegionManager(actor, region);
    const { person, kind } = await this.appoint(target, { leadOf: [region.name] });
    if (kind !== 'unchanged') await this.repos.audit.record({ actorId: actor.person.id, action: 'regionLead.appoint', regionId: region.id, subjectId: person.id });
    return { person, region, changed: kind !== 'unchanged' };
  }

  async appointCoordinator(actor: Actor, partnership: PartnershipRecord, target: PlatformUser): Promise<Appointment> {
    await this.access.requireMayAppointCoordinator(actor, partnership);
    const { person, kind } = await this.appoint(target, { coordinatorOf: [partnership.name] });
    if (kind !== 'unchanged') await this.repos.audit.record({ actorId: actor.person.id, action: 'coordinator.appoint', partnershipId: partnership.id, subjectId: person.id });
    return { person, changed: kind !== 'unchanged' };
  }

  /** A region by typed name; unknown names fail with the options and the closest one. */
  async findRegion(name: string): Promise<RegionRecord> {
    // People say "Binnenmeren" for "Onderwijsregio Binnenmeren" (and the other way round): try both.
    const key = normalizeKey(name);
    const alternative = key.startsWith(`${REGION_PREFIX} `) ? key.slice(REGION_PREFIX.length + 1) : `${REGION_PREFIX} ${key}`;
    const found = (await this.repos.regions.findByNameKey(key)) ?? (await this.repos.regions.findByNameKey(alternative));
    if (found) return found;
    const all = await this.repos.regions.list();
    const suggestion = closest(name, all.map((r) => r.name));
    throw new DomainError('REGION.NOT_FOUND', { name, options: all.map((r) => r.name), ...(suggestion ? { suggestion } : {}) });
  }

  private async appoint(target: PlatformUser, roles: Pick<PersonPlan, 'leadOf' | 'coordinatorOf'>): Promise<{ person: PersonRecord; kind: SetupChangeKind }> {
    const identity = { platform: target.platform, workspaceId: target.workspaceId, userId: target.userId };
    // Like a first message: the e-mail only links a new identity to a person set up by e-mail before.
    const known = await this.repos.people.findByIdentity(target.platform, target.workspaceId, target.userId);
    const email = !known && target.email ? { email: target.email } : {};
    const plan: PersonPlan = { displayName: target.displayName, ...email, identities: [identity], ...roles };
    const changes = await this.setup.apply({ ...emptyPlan, people: [plan] });
    const person = await this.repos.people.findByIdentity(target.platform, target.workspaceId, target.userId);
    if (!person) throw new Error('appointed person missing right after the appointment');
    return { person, kind: changes.find((c) => c.entity === 'role')?.kind ?? 'unchanged' };
  }

  private async regionByKey(key: string): Promise<RegionRecord> {
    const region = await this.repos.regions.findByNameKey(key);
    if (!region) throw new Error('region missing right after it was created');
    return region;
  }
}

/** The unique key of a typed name; a name of only punctuation has none and is refused. */
function nameKeyOf(name: string): string {
  const key = normalizeKey(name);
  if (key === '') throw new DomainError('SETUP.INVALID_NAME', { name });
  return key;
}
