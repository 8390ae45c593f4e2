import { PeopleRepository } from '../../domain/ports';
import { Platform, PlatformUser } from '../../domain/model/records';
import { Db } from '../database';
import { isUniqueViolation, toIdentity, toPerson } from './row-mappers';

export function peopleRepository(db: Db): PeopleRepository {
  const findByIdentity = async (platform: Platform, workspaceId: string, userId: string) => {
    const identity = await db.platformIdentity.findUnique({
      where: { platform_workspaceId_userId: { platform, workspaceId, userId } },
      include: { person: true },
    });
    return identity ? toPerson(identity.person) : null;
  };
  return {
    findByIdentity,
    async findById(id) {
      const row = await db.person.findUnique({ where: { id } });
      return row ? toPerson(row) : null;
    },
    async identities(personId) {
      const rows = await db.platformIdentity.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } });
      return rows.map(toIdentity);
    },
    async setRemindersEnabled(personId, enabled) {
      await db.person.update({ where: { id: personId }, data: { remindersEnabled: enabled } });
    },
    async upsertByIdentity(platformUser: PlatformUser) {
      // A display name is whatever the platform (or a client) sends; PostgreSQL refuses NUL in text, which
      // would shut that person out with an error on every message. Control characters never belong in a name.
      const user = { ...platformUser, displayName: platformUser.displayName.replace(/[\u0000-\u001f\u007f]/g, '') };
      const known = await findByIdentity(user.platform, user.workspaceId, user.userId);
      if (known) {
        // Names change; keep the one the platform shows now (it is what colleagues recognise).
        if (user.displayName && !user.provisionalName && user.displayName !== known.displayName) {
          return toPerson(await db.person.update({ where: { id: known.id }, data: { displayName: user.displayName } }));
        }
        return known;
      }
      try {
        const byEmail = user.email ? await db.person.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
        const person = byEmail ?? (await db.person.create({
          data: { displayName: user.displayName || user.userId, email: user.email?.toLowerCase(), locale: user.locale ?? 'nl' },
        }));
        await db.platformIdentity.create({ data: { personId: person.id, platform: user.platform, workspaceId: user.workspaceId, userId: user.userId } });
        return toPerson(person);
      } catch (error) {
        // Two first messages of one person at once: the other request created the identity; use it.
        if (!isUniqueViolation(error)) throw error;
        const raced = await findByIdentity(user.platform, user.workspaceId, user.userId);
        if (!raced) throw error;
        return raced;
      }
    },
  };
}
