/**
 * The personal-data areas of the core: the person, their platform accounts, roles, answers, reminders and the
 * audit entries that name them. Other features register their own areas (registerPersonalDataArea) so that
 * "mijn gegevens" covers every table that refers to a person (test/privacy/personal-data-coverage.test.ts).
 */
import { CORE_SECTIONS } from '../../domain/privacy/core-sections';
import type { ExportRecord, PersonalDataRegistry } from '../../domain/privacy/personal-data.registry';
import type { Db } from '../database';

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

export function registerCoreAreas(registry: PersonalDataRegistry, db: Db): void {
  registry.register({
    name: CORE_SECTIONS.person,
    models: ['Person'],
    async collect(personId) {
      const row = await db.person.findUnique({ where: { id: personId } });
      if (!row) return [];
      return [{
        id: row.id, displayName: row.displayName, email: row.email, locale: row.locale, remindersEnabled: row.remindersEnabled,
        privacyNoticeAt: iso(row.privacyNoticeAt), createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt),
      }];
    },
  });
  registry.register({
    name: CORE_SECTIONS.identities,
    models: ['PlatformIdentity'],
    async collect(personId) {
      const rows = await db.platformIdentity.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } });
      return rows.map((r): ExportRecord => ({ platform: r.platform, workspaceId: r.workspaceId, userId: r.userId, createdAt: iso(r.createdAt) }));
    },
  });
  registry.register({
    name: CORE_SECTIONS.partnershipRoles,
    models: ['PartnershipRole'],
    async collect(personId) {
      const rows = await db.partnershipRole.findMany({ where: { personId }, include: { partnership: { select: { name: true } } }, orderBy: { createdAt: 'asc' } });
      return rows.map((r): ExportRecord => ({ partnershipId: r.partnershipId, partnership: r.partnership.name, role: r.role, since: iso(r.createdAt) }));
    },
  });
  registry.register({
    name: CORE_SECTIONS.regionRoles,
    models: ['RegionRole'],
    async collect(personId) {
      const rows = await db.regionRole.findMany({ where: { personId }, include: { region: { select: { name: true } } }, orderBy: { createdAt: 'asc' } });
      return rows.map((r): ExportRecord => ({ regionId: r.regionId, region: r.region.name, role: r.role, since: iso(r.createdAt) }));
    },
  });
  registry.register({
    name: CORE_SECTIONS.answers,
    models: ['Answer'],
    async collect(personId) {
      const rows = await db.answer.findMany({
        where: { personId },
        include: { prompt: { select: { focusCode: true, opensAt: true, partnership: { select: { name: true } } } } },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((r): ExportRecord => ({
        id: r.id, promptId: r.promptId, partnership: r.prompt.partnership.name, focusCode: r.prompt.focusCode, promptOpensAt: iso(r.prompt.opensAt),
        score: r.score, scenario: r.scenario, keyword: r.keyword, discussable: r.discussable, needed: r.needed,
        shareAnonymously: r.shareAnonymously, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt),
      }));
    },
  });
  registry.register({
    name: CORE_SECTIONS.reminders,
    models: ['Reminder'],
    async collect(personId) {
      const rows = await db.reminder.findMany({ where: { personId }, include: { prompt: { select: { focusCode: true } } }, orderBy: { createdAt: 'asc' } });
      return rows.map((r): ExportRecord => ({ promptId: r.promptId, focusCode: r.prompt.focusCode, createdAt: iso(r.createdAt), sentAt: iso(r.sentAt) }));
    },
  });
  registry.register({
    name: CORE_SECTIONS.auditTrail,
    models: ['AuditEntry'],
    async collect(personId) {
      const rows = await db.auditEntry.findMany({ where: { OR: [{ actorId: personId }, { subjectId: personId }] }, orderBy: { at: 'asc' } });
      return rows.map((r): ExportRecord => ({
        at: iso(r.at), action: r.action, as: r.actorId === personId ? 'actor' : 'subject',
        partnershipId: r.partnershipId, regionId: r.regionId, details: r.details,
      }));
    },
  });
}
