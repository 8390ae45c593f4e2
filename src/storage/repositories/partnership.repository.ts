import { PartnershipRepository } from '../../domain/ports';
import { Db } from '../database';
import { isUniqueViolation, toPartnership, toPerson } from './row-mappers';

export function partnershipRepository(db: Db): PartnershipRepository {
  return {
    async findById(id) {
      const row = await db.partnership.findUnique({ where: { id } });
      return row ? toPartnership(row) : null;
    },
    async findByNameKey(nameKey) {
      const row = await db.partnership.findUnique({ where: { nameKey } });
      return row ? toPartnership(row) : null;
    },
    async list() {
      return (await db.partnership.findMany({ orderBy: { name: 'asc' } })).map(toPartnership);
    },
    async roleOf(personId, partnershipId) {
      const row = await db.partnershipRole.findUnique({ where: { personId_partnershipId: { personId, partnershipId } } });
      return row?.role === 'coordinator' ? 'coordinator' : row ? 'member' : null;
    },
    async grantRole(personId, partnershipId, role) {
      try {
        await db.partnershipRole.upsert({
          where: { personId_partnershipId: { personId, partnershipId } },
          create: { personId, partnershipId, role },
          // A member may be promoted; a coordinator is never quietly demoted by a membership grant.
          update: role === 'coordinator' ? { role } : {},
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (role === 'coordinator') await db.partnershipRole.update({ where: { personId_partnershipId: { personId, partnershipId } }, data: { role } });
      }
    },
    async claimFirstCoordinator(personId, partnershipId) {
      return db.$transaction(async (tx) => {
        // Touching the partnership row first takes its write lock (PostgreSQL row lock, SQLite write lock), so
        // two people linking at the same moment are serialised and the second sees the first's coordinator.
        await tx.partnership.update({ where: { id: partnershipId }, data: { updatedAt: new Date() } });
        const existing = await tx.partnershipRole.count({ where: { partnershipId, role: 'coordinator' } });
        if (existing > 0) return false;
        await tx.partnershipRole.upsert({
          where: { personId_partnershipId: { personId, partnershipId } },
          create: { personId, partnershipId, role: 'coordinator' },
          update: { role: 'coordinator' },
        });
        return true;
      });
    },
    async coordinators(partnershipId) {
      const rows = await db.partnershipRole.findMany({
        where: { partnershipId, role: 'coordinator' },
        include: { person: true },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((r) => toPerson(r.person));
    },
    async memberCount(partnershipId) {
      return db.partnershipRole.count({ where: { partnershipId } });
    },
  };
}
