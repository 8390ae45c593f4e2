/**
 * A region described as data: regions, partnerships (with how they sit in regions) and people with roles.
 * The demo cases, the YAML setup file and chat admin commands all end up as a plan applied by SetupService.
 * A field left out (undefined) means "keep what is stored": a plan never resets what it does not mention.
 */
import { HolidayRegion, Locale, Platform, Positioning, RegionKind, Sector } from '../model/records';

export interface RegionPlan { name: string; kind?: RegionKind; holidayRegion?: HolidayRegion }
export interface PartnershipPlan { name: string; sectors: Sector[]; regions: { region: string; positioning: Positioning }[] }
export interface IdentityPlan { platform: Platform; workspaceId: string; userId: string }
export interface PersonPlan {
  /** Empty keeps the stored name (a platform did not tell us one). */
  displayName: string;
  /** A person is found by e-mail or by a platform identity; at least one of the two is needed. */
  email?: string;
  identities?: IdentityPlan[];
  locale?: Locale;
  memberOf?: string[];
  coordinatorOf?: string[];
  leadOf?: string[];
}
export interface SetupPlan { regions: RegionPlan[]; partnerships: PartnershipPlan[]; people: PersonPlan[] }

export type SetupChangeKind = 'created' | 'updated' | 'unchanged';
export type SetupEntity = 'region' | 'partnership' | 'membership' | 'person' | 'role';
export interface SetupChange { entity: SetupEntity; name: string; kind: SetupChangeKind }
/** Something stored that the plan does not mention. Setup never deletes, so it stays; the summary says so. */
export interface SetupUnlisted { entity: SetupEntity; name: string }
export interface SetupReport { changes: SetupChange[]; unlisted: SetupUnlisted[] }

/** What is stored before a plan is applied: to resolve names the plan does not define, and to report the rest. */
export interface ExistingSetup {
  regions: { id: string; name: string; nameKey: string }[];
  partnerships: { id: string; name: string; nameKey: string }[];
  links: { partnershipId: string; regionId: string; positioning: Positioning }[];
  leads: { personId: string; person: string; regionId: string }[];
  coordinators: { personId: string; person: string; partnershipId: string }[];
}

/** Storage for setup, all inside one transaction: a plan is applied whole or not at all. */
export interface SetupStore {
  existing(): Promise<ExistingSetup>;
  upsertRegion(nameKey: string, plan: RegionPlan): Promise<{ id: string; kind: SetupChangeKind }>;
  upsertPartnership(nameKey: string, plan: Omit<PartnershipPlan, 'regions'>): Promise<{ id: string; kind: SetupChangeKind }>;
  setPartnershipRegion(partnershipId: string, regionId: string, positioning: Positioning): Promise<SetupChangeKind>;
  /** Finds the person by identity, else by e-mail, else creates them; adds missing identities. */
  upsertPerson(plan: PersonPlan): Promise<{ id: string; kind: SetupChangeKind }>;
  grantPartnershipRole(personId: string, partnershipId: string, role: 'member' | 'coordinator'): Promise<SetupChangeKind>;
  grantRegionLead(personId: string, regionId: string): Promise<SetupChangeKind>;
}

export interface SetupTransactions {
  /** Runs fn in one database transaction; with dryRun the transaction is rolled back after fn. */
  run<T>(fn: (store: SetupStore) => Promise<T>, options: { dryRun: boolean }): Promise<T>;
}
