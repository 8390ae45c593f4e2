/**
 * A small region with numbers worked out by hand (see golden-content.test.ts): three partnerships over the eight
 * weeks up to the week of Monday 23 November 2026, written straight into the database. Member names are real-looking
 * so tests can check that none of them ever reaches a digest.
 *
 *   Alfa (5 members)    wk 42 kwaliteit 3,3,4 · wk 47 kwaliteit 4,3,5,2 · wk 48 financien 2,1,3 (shared texts)
 *   Bravo (4 members)   wk 46 kwaliteit 4,4,5,3 · wk 48 kwaliteit 3,2 (two people: below k = 3)
 *   Charlie (2 members) wk 48 relaties 5,5 (two people: below k)
 * Prompts open on Tuesdays 09:00 Amsterdam; the digest is computed on Monday 30 November 08:00 (07:00Z).
 */
import { randomUUID } from 'node:crypto';
import { addDays } from '../../../src/domain/rhythm/calendar-day';
import { zonedInstant } from '../../../src/domain/rhythm/zoned-time';
import { normalizeKey } from '../../../src/domain/text/normalize';
import type { Db } from '../../../src/storage/database';

export const GOLDEN_WEEK = '2026-11-23';
export const GOLDEN_NOW = new Date('2026-11-30T07:00:00Z');
export const MEMBER_NAMES = ['Marieke Jansen', 'Pieter de Boer', 'Fatima Ouali', 'Joris Bakker', 'Sanne Smit', 'Bram Visser', 'Lotte Mulder', 'Youssef Amrani', 'Eva de Wit', 'Daan Kok', 'Noor Hendriks'];

export interface AnswerSeed { member: number; score: number; keyword?: string; scenario?: string; discussable?: string; share?: boolean }
export interface PromptSeed { week: string; focus: string; answers: AnswerSeed[] }
export interface PartnershipSeed { name: string; members: number; prompts: PromptSeed[] }

export interface SeededRegion { regionId: string; regionName: string; partnerships: Record<string, string>; people: Record<string, string[]> }

/** A prompt of the week of `monday`, opening on its Tuesday 09:00 local time. */
export const tuesdayOf = (monday: string): Date => zonedInstant(addDays(monday, 1), '09:00', 'Europe/Amsterdam');

export async function seedRegion(db: Db, name: string, partnerships: PartnershipSeed[]): Promise<SeededRegion> {
  const region = await db.region.create({ data: { name, nameKey: normalizeKey(`${name} ${randomUUID()}`) } });
  const seeded: SeededRegion = { regionId: region.id, regionName: name, partnerships: {}, people: {} };
  let nameIndex = 0;
  for (const p of partnerships) {
    const partnership = await db.partnership.create({ data: { name: p.name, nameKey: normalizeKey(`${p.name} ${randomUUID()}`), sectors: 'po,vo' } });
    await db.partnershipRegion.create({ data: { partnershipId: partnership.id, regionId: region.id, positioning: 'within' } });
    const people: string[] = [];
    for (let i = 0; i < p.members; i++) {
      const person = await db.person.create({ data: { displayName: MEMBER_NAMES[nameIndex++ % MEMBER_NAMES.length] } });
      await db.partnershipRole.create({ data: { personId: person.id, partnershipId: partnership.id, role: i === 0 ? 'coordinator' : 'member' } });
      people.push(person.id);
    }
    for (const prompt of p.prompts) {
      const opensAt = tuesdayOf(prompt.week);
      const row = await db.prompt.create({ data: { partnershipId: partnership.id, slotKey: opensAt.toISOString(), focusCode: prompt.focus, opensAt, closesAt: new Date(opensAt.getTime() + 5 * 86_400_000), status: 'closed' } });
      for (const a of prompt.answers) {
        await db.answer.create({ data: { promptId: row.id, personId: people[a.member], score: a.score, keyword: a.keyword, scenario: a.scenario, discussable: a.discussable, shareAnonymously: a.share ?? false } });
      }
    }
    seeded.partnerships[p.name] = partnership.id;
    seeded.people[p.name] = people;
  }
  return seeded;
}

const scores = (...values: number[]): AnswerSeed[] => values.map((score, member) => ({ member, score }));

export const GOLDEN: PartnershipSeed[] = [
  {
    name: 'Alfa',
    members: 5,
    prompts: [
      { week: '2026-10-12', focus: 'kwaliteit', answers: scores(3, 3, 4) },
      { week: '2026-11-16', focus: 'kwaliteit', answers: scores(4, 3, 5, 2) },
      {
        week: GOLDEN_WEEK,
        focus: 'financien',
        answers: [
          { member: 0, score: 2, keyword: 'Brug', scenario: 'We delen de begeleiding.', share: true },
          { member: 1, score: 1, keyword: 'brug', discussable: 'Wie betaalt de opleidingsplekken?', share: true },
          { member: 2, score: 3, keyword: 'kompas', scenario: 'Niet gedeeld: blijft binnen.', share: false },
        ],
      },
    ],
  },
  {
    name: 'Bravo',
    members: 4,
    prompts: [
      { week: '2026-11-09', focus: 'kwaliteit', answers: scores(4, 4, 5, 3) },
      { week: GOLDEN_WEEK, focus: 'kwaliteit', answers: [{ member: 0, score: 3, keyword: 'netwerk', scenario: 'Bravo deelt iets, maar te klein.', share: true }, { member: 1, score: 2 }] },
    ],
  },
  { name: 'Charlie', members: 2, prompts: [{ week: GOLDEN_WEEK, focus: 'relaties', answers: [{ member: 0, score: 5, scenario: 'Charlie citaat.', share: true }, { member: 1, score: 5 }] }] },
];

/** Dialogue tables of Alfa: one to come, one held with a next step recorded in the reported week, one overdue. */
export async function seedDialogues(db: Db, partnershipId: string): Promise<void> {
  const base = { partnershipId, title: 'Dialoogtafel', format: 'dialoogtafels', durationMinutes: 90, timeZone: 'Europe/Amsterdam' };
  await db.dialogue.create({ data: { ...base, number: 1, startsAt: new Date('2026-12-03T14:00:00Z') } });
  await db.dialogue.create({ data: { ...base, number: 2, startsAt: new Date('2026-11-12T14:00:00Z'), held: true, nextStep: 'Afspraak met HR plannen.', followUpAt: new Date('2026-11-25T10:00:00Z') } });
  await db.dialogue.create({ data: { ...base, number: 3, startsAt: new Date('2026-11-20T14:00:00Z') } });
}
