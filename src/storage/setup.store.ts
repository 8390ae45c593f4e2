/** SetupStore on Prisma: every upsert reports whether it created, updated or left a row alone. */
import { z } from 'zod';
import { SetupError } from '../domain/setup/setup-problem';
import { ExistingSetup, PersonPlan, SetupStore, SetupTransactions } from '../domain/setup/setup-plan';
import { Db } from './database';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const positioning = z.enum(['is_region', 'within', 'spans']);

class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run: rolled back');
  }
}

const label = (person: { displayName: string; email: string | null }) => (person.email ? `${person.displayName} (${person.email})` : person.displayName);

async function existing(tx: Tx): Promise<ExistingSetup> {
  // One after the other: queries inside an interactive transaction share one connection anyway.
  const regions = await tx.region.findMany({ select: { id: true, name: true, nameKey: true }, orderBy: { name: 'asc' } });
  const partnerships = await tx.partnership.findMany({ select: { id: true, name: true, nameKey: true }, orderBy: { name: 'asc' } });
  const links = await tx.partnershipRegion.findMany();
  const leads = await tx.regionRole.findMany({ where: { role: 'lead' }, include: { person: true } });
  const coordinators = await tx.partnershipRole.findMany({ where: { role: 'coordinator' }, include: { person: true } });
  return {
    regions,
    partnerships,
    links: links.map((l) => ({ partnershipId: l.partnershipId, regionId: l.regionId, positioning: positioning.parse(l.positioning) })),
    leads: leads.map((l) => ({ personId: l.personId, person: label(l.person), regionId: l.regionId })),
    coordinators: coordinators.map((c) => ({ personId: c.personId, person: label(c.person), partnershipId: c.partnershipId })),
  };
}

/** The one person an e-mail and identities point at; two different people is a conflict the plan cannot settle. */
async function findPerson(tx: Tx, plan: PersonPlan, email: string | undefined) {
  const found = [];
  for (const identity of plan.identities ?? []) {
    const row = await tx.platformIdentity.findUnique({ where: { platform_workspaceId_userId: identity }, include: { person: true } });
    if (row) found.push(row.person);
  }
  const byEmail = email ? await tx.person.findUnique({ where: { email } }) : null;
  if (byEmail) found.push(byEmail);
  if (new Set(found.map((p) => p.id)).size > 1) {
    throw new SetupError([{ message: `De e-mail en platform-id's van "${plan.displayName || email}" horen in Oogst bij verschillende personen; Oogst voegt geen personen samen.` }]);
  }
  return found[0] ?? null;
}

async function upsertPerson(tx: Tx, plan: PersonPlan) {
  const email = plan.email?.toLowerCase();
  const row = await findPerson(tx, plan, email);
  let kind: 'created' | 'updated' | 'unchanged' = 'unchanged';
  let id: string;
  if (!row) {
    const displayName = plan.displayName || email || plan.identities?.[0]?.userId || '?';
    id = (await tx.person.create({ data: { displayName, email, locale: plan.locale ?? 'nl' } })).id;
    kind = 'created';
  } else {
    id = row.id;
    // Only what the plan says is compared: an empty name or a missing locale keeps the stored value.
    const data = {
      ...(plan.displayName && plan.displayName !== row.displayName ? { displayName: plan.displayName } : {}),
      ...(email && email !== row.email ? { email } : {}),
      ...(plan.locale && plan.locale !== row.locale ? { locale: plan.locale } : {}),
    };
    if (Object.keys(data).length) {
      await tx.person.update({ where: { id }, data });
      kind = 'updated';
    }
  }
  for (const identity of plan.identities ?? []) {
    const key = { platform_workspaceId_userId: identity };
    if (await tx.platformIdentity.findUnique({ where: key })) continue;
    await tx.platformIdentity.create({ data: { ...identity, personId: id } });
    if (kind === 'unchanged') kind = 'updated';
  }
  return { id, kind };
}

function setupStore(tx: Tx): SetupStore {
  return {
    existing: () => existing(tx),
    async upsertRegion(nameKey, plan) {
      const data = { name: plan.name, ...(plan.kind ? { kind: plan.kind } : {}), ...(plan.holidayRegion ? { holidayRegion: plan.holidayRegion } : {}) };
      const row = await tx.region.findUnique({ where: { nameKey } });
      if (!row) return { id: (await tx.region.create({ data: { ...data, nameKey } })).id, kind: 'created' };
      if (row.name === data.name && row.kind === (data.kind ?? row.kind) && row.holidayRegion === (data.holidayRegion ?? row.holidayRegion)) {
        return { id: row.id, kind: 'unchanged' };
      }
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
    upsertPerson: (plan) => upsertPerson(tx, plan),
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
