/**
 * Seeds the digest benchmark's region: PARTNERSHIPS partnerships of MEMBERS members each, one prompt a week for
 * WEEKS weeks (rotating focus points), and an answer from every member to every prompt (about 260,000), with
 * scores, keywords and anonymously shared texts. Raw multi-row INSERTs, ROWS_PER_STATEMENT rows each, inside
 * transactions: through Prisma one insert per row would take minutes. Timestamps are written in the form each
 * provider's Prisma adapter writes (SQLite: ISO text with +00:00), so range filters with parameters match.
 */
import { randomUUID } from 'node:crypto';
import { FOCUS_POINT_CODES } from '../../src/domain/catalogue/focus-points.data';
import { addDays } from '../../src/domain/rhythm/calendar-day';
import { zonedInstant } from '../../src/domain/rhythm/zoned-time';
import type { Database } from '../../src/storage/database';

export const PARTNERSHIPS = 100;
export const MEMBERS = 50;
export const WEEKS = 52;
const ROWS_PER_STATEMENT = 500;
const KEYWORDS = ['brug', 'kompas', 'netwerk', 'samen', 'fundament', 'estafette', 'puzzel', 'tuin', 'motor', 'huis'];

export interface SeededRegion { regionId: string; week: string; rows: Record<string, number> }

/** Deterministic pseudo-random numbers (the same data on every run and both databases). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const q = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function timestamp(db: Database, date: Date): string {
  return db.provider === 'sqlite' ? q(date.toISOString().replace('Z', '+00:00')) : q(date.toISOString().replace('T', ' ').replace('Z', ''));
}

async function insert(db: Database, table: string, columns: string[], rows: string[][]): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    statements.push(head + rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => `(${row.join(', ')})`).join(', '));
  }
  await db.prisma.$transaction(async (tx) => {
    for (const sql of statements) await tx.$executeRawUnsafe(sql);
  }, { timeout: 600_000, maxWait: 60_000 });
}

/** `week` is the reported week's Monday; prompts open on Tuesdays 09:00 of the WEEKS weeks up to and including it. */
export async function seedDigestRegion(db: Database, week: string): Promise<SeededRegion> {
  const random = lcg(20261129);
  const now = timestamp(db, new Date());
  const bool = (value: boolean) => (db.provider === 'sqlite' ? (value ? '1' : '0') : value ? 'TRUE' : 'FALSE');
  const regionId = randomUUID();
  await insert(db, 'Region', ['id', 'name', 'nameKey', 'updatedAt'], [[q(regionId), q('Benchregio'), q(`benchregio-${regionId}`), now]]);
  const partnerships = Array.from({ length: PARTNERSHIPS }, (_, i) => ({ id: randomUUID(), name: `Partnerschap ${String(i + 1).padStart(3, '0')}` }));
  await insert(db, 'Partnership', ['id', 'name', 'nameKey', 'sectors', 'updatedAt'], partnerships.map((p) => [q(p.id), q(p.name), q(`${p.name.toLowerCase()}-${p.id}`), q('po,vo'), now]));
  await insert(db, 'PartnershipRegion', ['partnershipId', 'regionId', 'positioning'], partnerships.map((p) => [q(p.id), q(regionId), q('within')]));
  const members = partnerships.map(() => Array.from({ length: MEMBERS }, () => randomUUID()));
  const people = members.flat();
  await insert(db, 'Person', ['id', 'displayName', 'updatedAt'], people.map((id, i) => [q(id), q(`Lid ${i + 1}`), now]));
  await insert(db, 'PartnershipRole', ['personId', 'partnershipId', 'role'], partnerships.flatMap((p, i) => members[i].map((personId, j) => [q(personId), q(p.id), q(j === 0 ? 'coordinator' : 'member')])));
  const prompts: string[][] = [];
  const answers: string[][] = [];
  partnerships.forEach((p, i) => {
    // Each partnership has its own level, so averages differ and the heat map has contrast.
    const level = 1.5 + random() * 2.5;
    for (let w = 0; w < WEEKS; w++) {
      const promptId = randomUUID();
      const opensAt = zonedInstant(addDays(week, 1 - 7 * (WEEKS - 1 - w)), '09:00', 'Europe/Amsterdam');
      const closesAt = new Date(opensAt.getTime() + 5 * 86_400_000);
      prompts.push([q(promptId), q(p.id), q(opensAt.toISOString()), q(FOCUS_POINT_CODES[(i + w) % FOCUS_POINT_CODES.length]), timestamp(db, opensAt), timestamp(db, closesAt), q('closed')]);
      for (const personId of members[i]) {
        const score = Math.min(5, Math.max(1, Math.round(level + (random() - 0.5) * 2.5)));
        const share = random() < 0.3;
        const keyword = random() < 0.6 ? q(KEYWORDS[Math.floor(random() * KEYWORDS.length)]) : 'NULL';
        const scenario = share ? q(`In deze onderwijsregio werken we samen aan opleiden (${score}).`) : 'NULL';
        answers.push([q(randomUUID()), q(promptId), q(personId), String(score), keyword, scenario, bool(share), timestamp(db, closesAt)]);
      }
    }
  });
  await insert(db, 'Prompt', ['id', 'partnershipId', 'slotKey', 'focusCode', 'opensAt', 'closesAt', 'status'], prompts);
  await insert(db, 'Answer', ['id', 'promptId', 'personId', 'score', 'keyword', 'scenario', 'shareAnonymously', 'updatedAt'], answers);
  const rows: Record<string, number> = {};
  for (const table of ['Region', 'Partnership', 'PartnershipRegion', 'Person', 'PartnershipRole', 'Prompt', 'Answer']) {
    const [row] = await db.prisma.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    rows[table] = Number(row.n);
  }
  return { regionId, week, rows };
}
