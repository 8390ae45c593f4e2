/**
 * Reading the audit trail. Admins see everything; a regional lead sees the entries of their regions and of the
 * partnerships in them; a coordinator those of their own partnerships; everyone also their own actions. Names
 * are looked up when reading (never stored in the trail), so a forgotten person simply shows as unknown.
 */
import type { Actor, AccessPolicy } from '../access/access.policy';
import { DomainError } from '../errors';
import type { Repositories } from '../ports';
import type { AuditEntry, AuditScope, NewAuditEntry } from './audit.types';

export interface AuditLine {
  entry: AuditEntry;
  actorName: string | null;
  subjectName: string | null;
  partnershipName: string | null;
  regionName: string | null;
}

export const AUDIT_PAGE_SIZE = 20;

export class AuditService {
  constructor(private readonly repos: Repositories, private readonly access: AccessPolicy) {}

  record(entry: NewAuditEntry): Promise<void> {
    return this.repos.audit.record(entry);
  }

  /** What this person may read; ACCESS.AUDIT_DENIED for members without a coordinating or leading role. */
  async scopeFor(actor: Actor): Promise<AuditScope> {
    if (this.access.isAdmin(actor.user)) return { all: true, partnershipIds: [], regionIds: [] };
    const [led, coordinated, links] = await Promise.all([
      this.repos.regions.ledBy(actor.person.id),
      this.repos.privacy.coordinatorOf(actor.person.id),
      this.repos.regions.allLinks(),
    ]);
    const regionIds = led.map((r) => r.id);
    const inRegions = links.filter((l) => regionIds.includes(l.region.id)).map((l) => l.partnershipId);
    const partnershipIds = [...new Set([...coordinated, ...inRegions])];
    if (!regionIds.length && !partnershipIds.length) throw new DomainError('ACCESS.AUDIT_DENIED');
    return { all: false, partnershipIds, regionIds, actorId: actor.person.id };
  }

  async recent(actor: Actor, limit = AUDIT_PAGE_SIZE): Promise<AuditLine[]> {
    const entries = await this.repos.audit.list(await this.scopeFor(actor), limit);
    const people = new Map<string, string | null>();
    const personName = async (id: string | null) => {
      if (!id) return null;
      if (!people.has(id)) people.set(id, (await this.repos.people.findById(id))?.displayName ?? null);
      return people.get(id) ?? null;
    };
    return Promise.all(entries.map(async (entry) => ({
      entry,
      actorName: await personName(entry.actorId),
      subjectName: await personName(entry.subjectId),
      partnershipName: entry.partnershipId ? (await this.repos.partnerships.findById(entry.partnershipId))?.name ?? null : null,
      regionName: entry.regionId ? (await this.repos.regions.findById(entry.regionId))?.name ?? null : null,
    })));
  }
}
