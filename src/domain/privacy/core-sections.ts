/** Section names of the core personal-data areas in the export (and in the "mijn gegevens" summary). */
export const CORE_SECTIONS = {
  person: 'person',
  identities: 'identities',
  partnershipRoles: 'partnershipRoles',
  regionRoles: 'regionRoles',
  answers: 'answers',
  reminders: 'reminders',
  auditTrail: 'auditTrail',
} as const;
