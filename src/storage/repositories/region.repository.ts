import { z } from 'zod';
import { RegionLink, RegionRepository } from '../../domain/ports';
import { RegionRecord } from '../../domain/model/records';
import { Db } from '../database';
import type { Region } from '../generated/sqlite/client';
import { isUniqueViolation, toPerson } from './row-mappers';

// Rows written by hand or by an older version fall back to the schema defaults instead of breaking the domain.
const kind = z.enum(['tekort', 'krimp', 'anders']).catch('anders');
const holidayRegion = z.enum(['noord', 'midden', 'zuid']).catch('midden');
const positioning = z.enum(['is_region', 'within', 'spans']).catch('within');

export const toRegion = (row: Region): RegionRecord => ({
  id: row.id, name: row.name, kind: kind.parse(row.kind), holidayRegion: holidayRegion.parse(row.holidayRegion),
});

const toLink = (row: { partnershipId: string; positioning: string; region: Region }): RegionLink => ({
  partnershipId: row.partnershipId, region: toRegion(row.region), positioning: positioning.parse(row.positioning),
});

export function regionRepository(db: Db): RegionRepository {
  return {
    async findById(id) {
      const row = await db.region.findUnique({ where: { id } });
      return row ? toRegion(row) : null;
    },
    async findByNameKey(nameKey) {
      const row = await db.region.findUnique({ where: { nameKey } });
      return row ? toRegion(row) : null;
    },
    async list() {
      return (await db.region.findMany({ orderBy: { name: 'asc' } })).map(toRegion);
    },
    async leadsOf(regionId) {
      const rows = await db.regionRole.findMany({ where: { regionId, role: 'lead' }, include: { person: true }, orderBy: { createdAt: 'asc' } });
      return rows.map((r) => toPerson(r.person));
    },
    async isLead(personId, regionId) {
      return (await db.regionRole.findUnique({ where: { personId_regionId_role: { personId, regionId, role: 'lead' } } })) !== null;
    },
    async ledBy(personId) {
      const rows = await db.regionRole.findMany({ where: { personId, role: 'lead' }, include: { region: true } });
      return rows.map((r) => toRegion(r.region)).sort((a, b) => a.name.localeCompare(b.name));
    },
    async grantLead(personId, regionId) {
      try {
        await db.regionRole.upsert({
          where: { personId_regionId_role: { personId, regionId, role: 'lead' } },
          create: { personId, regionId, role: 'lead' },
          update: {},
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // granted at the same moment by another request: fine
      }
    },
    async linksOf(partnershipId) {
      const rows = await db.partnershipRegion.findMany({ where: { partnershipId }, include: { region: true } });
      return rows.map(toLink).sort((a, b) => a.region.name.localeCompare(b.region.name));
    },
    async allLinks() {
      const rows = await db.partnershipRegion.findMany({ include: { region: true } });
      return rows.map(toLink).sort((a, b) => a.region.name.localeCompare(b.region.name));
    },
  };
}
