/**
 * The audit trail: what coordinators, regional leads and admins did, and the privacy requests people made.
 * Entries name people by id only (actorId, subjectId), which are set to null when that person is forgotten, and
 * their details never hold answer texts or names: only codes, counts and settings.
 */
export type AuditAction =
  | 'channel.link'
  | 'coordinator.appoint'
  | 'regionLead.appoint'
  | 'region.create'
  | 'partnership.create'
  | 'schedule.change'
  | 'privacy.export'
  | 'privacy.erasure'
  | 'privacy.policy'
  | 'retention.run';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'channel.link', 'coordinator.appoint', 'regionLead.appoint', 'region.create', 'partnership.create',
  'schedule.change', 'privacy.export', 'privacy.erasure', 'privacy.policy', 'retention.run',
];

/** Settings and counts only: strings are codes or channel names, never free text typed by members. */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface NewAuditEntry {
  /** Who acted; null for the system (retention) or a person who has since been forgotten. */
  actorId: string | null;
  action: AuditAction;
  partnershipId?: string | null;
  regionId?: string | null;
  /** The person the action was about (an appointed coordinator or lead). */
  subjectId?: string | null;
  details?: AuditDetails;
}

export interface AuditEntry extends Required<Omit<NewAuditEntry, 'details'>> {
  id: string;
  at: Date;
  details: AuditDetails;
}

/** Which entries a reader may see: all (admins), or those of some partnerships and regions, and their own. */
export interface AuditScope {
  all: boolean;
  partnershipIds: readonly string[];
  regionIds: readonly string[];
  actorId?: string;
}

export interface AuditLog {
  record(entry: NewAuditEntry, at?: Date): Promise<void>;
  /** Newest first. */
  list(scope: AuditScope, limit: number): Promise<AuditEntry[]>;
}
