/** Shared by the setup tests: the example file, and row counts to prove that nothing was written. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../../src/storage/database';

export const EXAMPLE_PATH = path.join(__dirname, '..', '..', 'examples', 'regio.yml');
export const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');

export async function rowCounts(db: Database) {
  const p = db.prisma;
  return {
    regions: await p.region.count(), partnerships: await p.partnership.count(), links: await p.partnershipRegion.count(),
    people: await p.person.count(), identities: await p.platformIdentity.count(), roles: await p.partnershipRole.count(),
    leads: await p.regionRole.count(), answers: await p.answer.count(),
  };
}

export const EMPTY_COUNTS = { regions: 0, partnerships: 0, links: 0, people: 0, identities: 0, roles: 0, leads: 0, answers: 0 };
export const DEMO_COUNTS = { regions: 3, partnerships: 4, links: 5, people: 11, identities: 0, roles: 10, leads: 2, answers: 0 };

/** The example with one block of lines (from a line matching `from` up to, not including, `until`) removed. */
export function withoutBlock(text: string, from: RegExp, until: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => from.test(l));
  const end = lines.findIndex((l, i) => i > start && until.test(l));
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}
