/**
 * A region described as data: regions, partnerships (with how they sit in regions) and people with roles.
 * The demo cases, the YAML setup file and chat admin commands all end up as a plan applied by SetupService.
 */
import { HolidayRegion, Locale, Positioning, RegionKind, Sector } from '../model/records';

export interface RegionPlan { name: string; kind: RegionKind; holidayRegion: HolidayRegion }
export interface PartnershipPlan { name: string; sectors: Sector[]; regions: { region: string; positioning: Positioning }[] }
export interface PersonPlan {
  displayName: string;
  email: string;
  locale?: Locale;
  memberOf?: string[];
  coordinatorOf?: string[];
  leadOf?: string[];
}
export interface SetupPlan { regions: RegionPlan[]; partnerships: PartnershipPlan[]; people: PersonPlan[] }

export type SetupChangeKind = 'created' | 'updated' | 'unchanged';
export interface SetupChange { entity: 'region' | 'partnership' | 'membership' | 'person' | 'role'; name: string; kind: SetupChangeKind }

/** Storage for setup, all inside one transaction: a plan is applied whole or not at all. */
export interface SetupStore {
  upsertRegion(nameKey: string, plan: RegionPlan): Promise<{ id: string; kind: SetupChangeKind }>;
  upsertPartnership(nameKey: string, plan: Omit<PartnershipPlan, 'regions'>): Promise<{ id: string; kind: SetupChangeKind }>;
  setPartnershipRegion(partnershipId: string, regionId: string, positioning: Positioning): Promise<SetupChangeKind>;
  upsertPersonByEmail(plan: PersonPlan): Promise<{ id: string; kind: SetupChangeKind }>;
  grantPartnershipRole(personId: string, partnershipId: string, role: 'member' | 'coordinator'): Promise<SetupChangeKind>;
  grantRegionLead(personId: string, regionId: string): Promise<SetupChangeKind>;
}

export interface SetupTransactions {
  /** Runs fn in one database transaction; with dryRun the transaction is rolled back after fn. */
  run<T>(fn: (store: SetupStore) => Promise<T>, options: { dryRun: boolean }): Promise<T>;
}
