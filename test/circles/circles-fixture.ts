/** A partnership with a coordinator and two members on a real database, for the circle and dialogue tests. */
import { buildDeps, FixedClock } from '../support/app-deps';
import { normalizeKey } from '../../src/domain/text/normalize';
import type { PersonRecord, PartnershipRecord } from '../../src/domain/model/records';
import type { PlatformDeps } from '../../src/bots/shared/platform-deps';
import type { Database } from '../../src/storage/database';

export interface CircleFixture {
  deps: PlatformDeps;
  db: Database;
  clock: FixedClock;
  partnership: PartnershipRecord;
  coordinator: PersonRecord;
  anna: PersonRecord;
  bram: PersonRecord;
  outsider: PersonRecord;
}

export async function circleFixture(url: string, now = new Date('2027-02-02T08:00:00Z')): Promise<CircleFixture> {
  const clock = new FixedClock(now);
  const { deps, db } = await buildDeps(url, clock);
  const row = await db.prisma.partnership.create({ data: { name: 'Stad & Streek', nameKey: normalizeKey('Stad & Streek'), sectors: 'po,vo' } });
  const partnership: PartnershipRecord = { id: row.id, name: row.name, sectors: ['po', 'vo'] };
  const person = (userId: string, displayName: string, email?: string) =>
    deps.repos.people.upsertByIdentity({ platform: 'slack', workspaceId: 'T1', userId, displayName, ...(email ? { email } : {}) });
  const coordinator = await person('UCOORD', 'Carla Coördinator', 'carla@example.org');
  const anna = await person('UANNA', 'Anna de Vries', 'anna@example.org');
  const bram = await person('UBRAM', 'Bram Jansen');
  const outsider = await person('UOUT', 'Olaf Buiten');
  await deps.repos.partnerships.grantRole(coordinator.id, partnership.id, 'coordinator');
  await deps.repos.partnerships.grantRole(anna.id, partnership.id, 'member');
  await deps.repos.partnerships.grantRole(bram.id, partnership.id, 'member');
  return { deps, db, clock, partnership, coordinator, anna, bram, outsider };
}
