/** SetupStore on Prisma: every upsert reports whether it created, updated or left a row alone. */
import { SetupStore, SetupTransactions } from '../domain/setup/setup-plan';
import { Db } from './database';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run: rolled back');
  }
}

function setupStore(tx: Tx): SetupStore {
  return {
    async upsertRegion(nameKey, plan) {
      const data = { name: plan.name, kind: plan.kind, holidayRegion: plan.holidayRegion };
      const row = await tx.region.findUnique({ where: { nameKey } });
      if (!row) return { id: (await tx.region.create({ data: { ...data, nameKey } })).id, kind: 'created' };
      if (row.name === data.name && row.kind === data.kind && row.holidayRegion === data.holidayRegion) return { id: row.id, kind: 'unchanged' };
      await tx.region.update({ where: { id: row.id }, data });
      return { id: row.id, kind: 'updated' };
    },
    async upsertPartnership(nameKey, plan) {
      const data = { name: plan.name, sectors: [...plan.sectors].sort().join(',') };
      const row = await tx.partnership.findUnique({ where: { nameKey } });
      if (!row) return { id: (await tx.partnership.create({ data: { ...data, nameKey } })).id, kind: 'created' };
      if (row.name === data.name && row.sectors === data.sectors) return { id: row.id, kind: 'unchanged' };
      await tx.partnership.update({ where: { id: row.id }, data });
      return { id: row.id, kind: 'updated' };
    },
    async setPartnershipRegion(partnershipId, regionId, positioning) {
      const key = { partnershipId_regionId: { partnershipId, regionId } };
      const row = await tx.partnershipRegion.findUnique({ where: key });
      if (!row) {
        await tx.partnershipRegion.create({ data: { partnershipId, regionId, positioning } });
        return 'created';
      }
      if (row.positioning === positioning) return 'unchanged';
      await tx.partnershipRegion.update({ where: key, data: { positioning } });
      return 'updated';
    },
    async upsertPersonByEmail(plan) {
      const email = plan.email.toLowerCase();
      const row = await tx.person.findUnique({ where: { email } });
      const data = { displayName: plan.displayName, locale: plan.locale ?? 'nl' };
      if (!row) return { id: (await tx.person.create({ data: { ...data, email } })).id, kind: 'created' };
      if (row.displayName === data.displayName && row.locale === data.locale) return { id: row.id, kind: 'unchanged' };
      await tx.person.update({ where: { id: row.id }, data });
      return { id: row.id, kind: 'updated' };
    },
    async grantPartnershipRole(personId, partnershipId, role) {
      const key = { personId_partnershipId: { personId, partnershipId } };
      const row = await tx.partnershipRole.findUnique({ where: key });
      if (!row) {
        await tx.partnershipRole.create({ data: { personId, partnershipId, role } });
        return 'created';
      }
      if (row.role === role || row.role === 'coordinator') return 'unchanged'; // never demote through setup
      await tx.partnershipRole.update({ where: key, data: { role } });
      return 'updated';
    },
    async grantRegionLead(personId, regionId) {
      const key = { personId_regionId_role: { personId, regionId, role: 'lead' } };
      if (await tx.regionRole.findUnique({ where: key })) return 'unchanged';
      await tx.regionRole.create({ data: { personId, regionId, role: 'lead' } });
      return 'created';
    },
  };
}

export function setupTransactions(db: Db): SetupTransactions {
  return {
    async run(fn, { dryRun }) {
      try {
        return await db.$transaction(
          async (tx) => {
            const result = await fn(setupStore(tx));
            if (dryRun) throw new DryRunRollback(result);
            return result;
          },
          { timeout: 60_000, maxWait: 10_000 },
        );
      } catch (error) {
        if (error instanceof DryRunRollback) return error.result as Awaited<ReturnType<typeof fn>>;
        throw error;
      }
    },
  };
}
