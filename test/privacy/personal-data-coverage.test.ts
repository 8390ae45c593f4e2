/**
 * "Mijn gegevens" must stay complete as Oogst grows: every model that refers to a person (a relation to Person,
 * or a person id column such as personId, ownerId or startedById) must be exported by a registered area.
 * A new feature that stores something about people fails here until it registers its area.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../src/storage/database';
import { privacyStore } from '../../src/storage/privacy/privacy.store';

const schema = readFileSync(path.join(__dirname, '..', '..', 'prisma', 'sqlite', 'schema.prisma'), 'utf8');
const PERSON_COLUMN = /^(personId|actorId|subjectId|ownerId|\w+ById)$/;

function modelsReferringToPeople(): string[] {
  const found: string[] = [];
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = body.split('\n').map((line) => line.trim().split(/\s+/)).filter((parts) => /^\w+$/.test(parts[0] ?? ''));
    const refers = fields.some(([field, type]) => /^Person\??$/.test(type ?? '') || PERSON_COLUMN.test(field));
    if (refers || name === 'Person') found.push(name);
  }
  return found.sort();
}

describe('personal data areas', () => {
  const areas = privacyStore({} as Db).areas.areas;

  it('cover every model that refers to a person', () => {
    const covered = new Set(areas.flatMap((a) => a.models));
    const models = modelsReferringToPeople();
    expect(models).toEqual(expect.arrayContaining(['Person', 'PlatformIdentity', 'Answer', 'AuditEntry', 'Dialogue']));
    expect(models.filter((m) => !covered.has(m))).toEqual([]);
  });

  it('have unique section names', () => {
    expect(new Set(areas.map((a) => a.name)).size).toBe(areas.length);
  });
});
