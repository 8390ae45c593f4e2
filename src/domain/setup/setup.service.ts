/** Applies a SetupPlan idempotently: running it twice changes nothing; a changed plan updates, never deletes. */
import { normalizeKey } from '../text/normalize';
import { SetupChange, SetupPlan, SetupTransactions } from './setup-plan';

export class SetupService {
  constructor(private readonly tx: SetupTransactions) {}

  apply(plan: SetupPlan, options: { dryRun?: boolean } = {}): Promise<SetupChange[]> {
    return this.tx.run(async (store) => {
      const changes: SetupChange[] = [];
      const regionIds = new Map<string, string>();
      const partnershipIds = new Map<string, string>();
      for (const region of plan.regions) {
        const { id, kind } = await store.upsertRegion(normalizeKey(region.name), region);
        regionIds.set(normalizeKey(region.name), id);
        changes.push({ entity: 'region', name: region.name, kind });
      }
      for (const partnership of plan.partnerships) {
        const { id, kind } = await store.upsertPartnership(normalizeKey(partnership.name), partnership);
        partnershipIds.set(normalizeKey(partnership.name), id);
        changes.push({ entity: 'partnership', name: partnership.name, kind });
        for (const link of partnership.regions) {
          const regionId = regionIds.get(normalizeKey(link.region));
          if (!regionId) throw new Error(`region "${link.region}" of partnership "${partnership.name}" is not in the plan`);
          changes.push({ entity: 'membership', name: `${partnership.name} / ${link.region}`, kind: await store.setPartnershipRegion(id, regionId, link.positioning) });
        }
      }
      for (const person of plan.people) {
        const { id, kind } = await store.upsertPersonByEmail(person);
        changes.push({ entity: 'person', name: person.email, kind });
        const grants: [string[] | undefined, 'member' | 'coordinator'][] = [[person.memberOf, 'member'], [person.coordinatorOf, 'coordinator']];
        for (const [names, role] of grants) {
          for (const name of names ?? []) {
            const partnershipId = partnershipIds.get(normalizeKey(name));
            if (!partnershipId) throw new Error(`partnership "${name}" of ${person.email} is not in the plan`);
            changes.push({ entity: 'role', name: `${person.email} ${role} ${name}`, kind: await store.grantPartnershipRole(id, partnershipId, role) });
          }
        }
        for (const name of person.leadOf ?? []) {
          const regionId = regionIds.get(normalizeKey(name));
          if (!regionId) throw new Error(`region "${name}" of ${person.email} is not in the plan`);
          changes.push({ entity: 'role', name: `${person.email} lead ${name}`, kind: await store.grantRegionLead(id, regionId) });
        }
      }
      return changes;
    }, { dryRun: options.dryRun ?? false });
  }
}
