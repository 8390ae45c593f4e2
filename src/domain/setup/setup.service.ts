/**
 * Applies a SetupPlan idempotently in one transaction: running it twice changes nothing; a changed plan
 * updates, never deletes. Names the plan uses but does not define (a region for a new partnership, a
 * partnership for a coordinator) are looked up among what is stored, so a file or a chat command can build on
 * earlier setup. Every reference and positioning rule is checked before the first write.
 */
import { normalizeKey } from '../text/normalize';
import { LinkView, positioningProblems } from './positioning.rules';
import {
  ExistingSetup, PersonPlan, SetupChange, SetupPlan, SetupReport, SetupStore, SetupTransactions, SetupUnlisted,
} from './setup-plan';
import { SetupError, SetupProblem } from './setup-problem';

/** "Sanne de Vries (sanne@school.example)": the name people know, and what identifies them to Oogst. */
export const personLabel = (person: Pick<PersonPlan, 'email' | 'identities' | 'displayName'>): string => {
  const identity = person.identities?.[0];
  const key = person.email ?? (identity ? `${identity.platform}:${identity.workspaceId}:${identity.userId}` : '');
  return person.displayName && key ? `${person.displayName} (${key})` : person.displayName || key;
};

/** Change names are read by people in the setup summary, which speaks Dutch like the setup file. */
const ROLE_WORDS = { member: 'lid van', coordinator: 'coördinator van', lead: 'regioleider van' } as const;

export class SetupService {
  constructor(private readonly tx: SetupTransactions) {}

  async apply(plan: SetupPlan, options: { dryRun?: boolean } = {}): Promise<SetupChange[]> {
    return (await this.applyWithReport(plan, options)).changes;
  }

  /** Like apply, and also lists what is stored but not in the plan (kept: setup deletes nothing). */
  applyWithReport(plan: SetupPlan, options: { dryRun?: boolean } = {}): Promise<SetupReport> {
    return this.tx.run((store) => new PlanRun(store, plan).execute(), { dryRun: options.dryRun ?? false });
  }
}

interface Named { id?: string; name: string }

/** One application of a plan inside one transaction. */
class PlanRun {
  private readonly changes: SetupChange[] = [];
  private readonly regions = new Map<string, Named>();
  private readonly partnerships = new Map<string, Named>();
  private readonly touched = new Set<string>();

  constructor(private readonly store: SetupStore, private readonly plan: SetupPlan) {}

  async execute(): Promise<SetupReport> {
    const existing = await this.store.existing();
    for (const r of existing.regions) this.regions.set(r.nameKey, { id: r.id, name: r.name });
    for (const p of existing.partnerships) this.partnerships.set(p.nameKey, { id: p.id, name: p.name });
    for (const r of this.plan.regions) this.regions.set(normalizeKey(r.name), { ...this.regions.get(normalizeKey(r.name)), name: r.name });
    for (const p of this.plan.partnerships) this.partnerships.set(normalizeKey(p.name), { ...this.partnerships.get(normalizeKey(p.name)), name: p.name });
    const problems = [...this.referenceProblems(), ...this.positioningProblems(existing)];
    if (problems.length) throw new SetupError(problems);

    await this.writeRegions();
    await this.writePartnerships();
    for (const person of this.plan.people) await this.writePerson(person);
    return { changes: this.changes, unlisted: this.unlisted(existing) };
  }

  private referenceProblems(): SetupProblem[] {
    const problems: SetupProblem[] = [];
    const missing = (map: Map<string, Named>, name: string) => !map.has(normalizeKey(name));
    for (const p of this.plan.partnerships) {
      for (const link of p.regions) {
        if (missing(this.regions, link.region)) problems.push({ message: `Partnerschap "${p.name}" hoort bij regio "${link.region}", maar die regio bestaat niet (niet in het plan en niet in Oogst).` });
      }
    }
    for (const person of this.plan.people) {
      for (const name of [...(person.memberOf ?? []), ...(person.coordinatorOf ?? [])]) {
        if (missing(this.partnerships, name)) problems.push({ message: `${personLabel(person)} hoort bij partnerschap "${name}", maar dat partnerschap bestaat niet.` });
      }
      for (const name of person.leadOf ?? []) {
        if (missing(this.regions, name)) problems.push({ message: `${personLabel(person)} is regioleider van "${name}", maar die regio bestaat niet.` });
      }
    }
    return problems;
  }

  /** The positioning rule on what will be stored: existing links (never removed) with the plan's on top. */
  private positioningProblems(existing: ExistingSetup): SetupProblem[] {
    const regionName = new Map(existing.regions.map((r) => [r.id, r.name]));
    return this.plan.partnerships.flatMap((p) => {
      const id = this.partnerships.get(normalizeKey(p.name))?.id;
      const planned = new Set(p.regions.map((l) => normalizeKey(l.region)));
      const storedOnly: LinkView[] = existing.links
        .filter((l) => l.partnershipId === id && !planned.has(normalizeKey(regionName.get(l.regionId) ?? '')))
        .map((l) => ({ region: regionName.get(l.regionId) ?? l.regionId, positioning: l.positioning }));
      const links = [...storedOnly, ...p.regions.map((l) => ({ region: this.regions.get(normalizeKey(l.region))?.name ?? l.region, positioning: l.positioning }))];
      // Oogst removes no links, so a region that is only stored still counts; say so, or the message is a riddle.
      const note = storedOnly.length ? ` Let op: Oogst verwijdert geen koppelingen, en in Oogst hoort dit partnerschap ook al bij ${storedOnly.map((l) => `"${l.region}"`).join(', ')}.` : '';
      return positioningProblems(p.name, links).map((message) => ({ message: message + note }));
    });
  }

  private async writeRegions(): Promise<void> {
    for (const region of this.plan.regions) {
      const key = normalizeKey(region.name);
      const { id, kind } = await this.store.upsertRegion(key, region);
      this.regions.set(key, { id, name: region.name });
      this.touched.add(`region|${id}`);
      this.changes.push({ entity: 'region', name: region.name, kind });
    }
  }

  private async writePartnerships(): Promise<void> {
    for (const partnership of this.plan.partnerships) {
      const key = normalizeKey(partnership.name);
      const { id, kind } = await this.store.upsertPartnership(key, partnership);
      this.partnerships.set(key, { id, name: partnership.name });
      this.touched.add(`partnership|${id}`);
      this.changes.push({ entity: 'partnership', name: partnership.name, kind });
      for (const link of partnership.regions) {
        const region = this.idOf(this.regions, link.region);
        this.touched.add(`link|${id}|${region.id}`);
        const linkKind = await this.store.setPartnershipRegion(id, region.id, link.positioning);
        this.changes.push({ entity: 'membership', name: `${partnership.name} / ${region.name}`, kind: linkKind });
      }
    }
  }

  private async writePerson(person: PersonPlan): Promise<void> {
    const label = personLabel(person);
    const { id, kind } = await this.store.upsertPerson(person);
    this.changes.push({ entity: 'person', name: label, kind });
    // A coordinator is also a member: granting member after coordinator would be a no-op, so skip it.
    const coordinatorKeys = new Set((person.coordinatorOf ?? []).map(normalizeKey));
    const memberOf = (person.memberOf ?? []).filter((name) => !coordinatorKeys.has(normalizeKey(name)));
    for (const [names, role] of [[memberOf, 'member'], [person.coordinatorOf ?? [], 'coordinator']] as const) {
      for (const name of names) {
        const partnership = this.idOf(this.partnerships, name);
        if (role === 'coordinator') this.touched.add(`coordinator|${id}|${partnership.id}`);
        const roleKind = await this.store.grantPartnershipRole(id, partnership.id, role);
        this.changes.push({ entity: 'role', name: `${label}: ${ROLE_WORDS[role]} ${partnership.name}`, kind: roleKind });
      }
    }
    for (const name of person.leadOf ?? []) {
      const region = this.idOf(this.regions, name);
      this.touched.add(`lead|${id}|${region.id}`);
      this.changes.push({ entity: 'role', name: `${label}: ${ROLE_WORDS.lead} ${region.name}`, kind: await this.store.grantRegionLead(id, region.id) });
    }
  }

  private idOf(map: Map<string, Named>, name: string): { id: string; name: string } {
    const found = map.get(normalizeKey(name));
    // referenceProblems() ran first, so this only fires on a programming error.
    if (!found?.id) throw new SetupError([{ message: `"${name}" is niet gevonden.` }]);
    return { id: found.id, name: found.name };
  }

  private unlisted(existing: ExistingSetup): SetupUnlisted[] {
    const regionName = new Map(existing.regions.map((r) => [r.id, r.name]));
    const partnershipName = new Map(existing.partnerships.map((p) => [p.id, p.name]));
    const not = (key: string) => !this.touched.has(key);
    return [
      ...existing.regions.filter((r) => not(`region|${r.id}`)).map((r) => ({ entity: 'region' as const, name: r.name })),
      ...existing.partnerships.filter((p) => not(`partnership|${p.id}`)).map((p) => ({ entity: 'partnership' as const, name: p.name })),
      ...existing.links.filter((l) => not(`link|${l.partnershipId}|${l.regionId}`))
        .map((l) => ({ entity: 'membership' as const, name: `${partnershipName.get(l.partnershipId)} / ${regionName.get(l.regionId)}` })),
      ...existing.coordinators.filter((c) => not(`coordinator|${c.personId}|${c.partnershipId}`))
        .map((c) => ({ entity: 'role' as const, name: `${c.person}: ${ROLE_WORDS.coordinator} ${partnershipName.get(c.partnershipId)}` })),
      ...existing.leads.filter((l) => not(`lead|${l.personId}|${l.regionId}`))
        .map((l) => ({ entity: 'role' as const, name: `${l.person}: ${ROLE_WORDS.lead} ${regionName.get(l.regionId)}` })),
    ];
  }
}
