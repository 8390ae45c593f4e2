/** AuditLog on Prisma. details are stored as JSON; a row that does not parse reads as empty details, never a crash. */
import { z } from 'zod';
import { AuditAction, AuditDetails, AuditEntry, AuditLog } from '../../domain/privacy/audit.types';
import type { Db } from '../database';

const detailsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

function parseDetails(json: string): AuditDetails {
  try {
    const parsed = detailsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function auditRepository(db: Db): AuditLog {
  return {
    async record(entry, at) {
      await db.auditEntry.create({
        data: {
          ...(at ? { at } : {}),
          actorId: entry.actorId, action: entry.action, partnershipId: entry.partnershipId ?? null, regionId: entry.regionId ?? null,
          subjectId: entry.subjectId ?? null, details: JSON.stringify(entry.details ?? {}),
        },
      });
    },
    async list(scope, limit) {
      const where = scope.all ? {} : {
        OR: [
          ...(scope.partnershipIds.length ? [{ partnershipId: { in: [...scope.partnershipIds] } }] : []),
          ...(scope.regionIds.length ? [{ regionId: { in: [...scope.regionIds] } }] : []),
          ...(scope.actorId ? [{ actorId: scope.actorId }] : []),
        ],
      };
      const rows = await db.auditEntry.findMany({ where, orderBy: [{ at: 'desc' }, { id: 'asc' }], take: limit });
      // An action this version does not know (written by a newer one) is passed on; readers show its code.
      return rows.map((r): AuditEntry => ({
        id: r.id, at: r.at, actorId: r.actorId, action: r.action as AuditAction, partnershipId: r.partnershipId,
        regionId: r.regionId, subjectId: r.subjectId, details: parseDetails(r.details),
      }));
    },
  };
}
