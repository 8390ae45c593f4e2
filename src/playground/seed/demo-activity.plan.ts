/**
 * A few weeks of plausible history for the demo partnerships, as a pure plan: one closed prompt per week per
 * partnership on a rotating focus point, and answers by most of its people. Scores follow the cases of the
 * working session (Stad & Streek strong on relations and quality, Binnenmeren weak on solidarity across boards
 * and on involving HR), with a little personal spread. Deterministic: the same plan and `now` give the same
 * history, so tests can check it and the seed can be re-applied without surprises.
 */
import { FOCUS_POINT_CODES, FocusPointCode } from '../../domain/catalogue';
import { normalizeKey } from '../../domain/text/normalize';
import { SetupPlan } from '../../domain/setup/setup-plan';
import { DEMO_ANSWER_TEXTS } from './demo-answer.texts';

export const DEMO_WEEKS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Prompts stay open five days, as the default rhythm does. */
const WINDOW_DAYS = 5;

export interface DemoAnswer {
  /** The person, by the e-mail address in the setup plan. */
  personEmail: string;
  score: number;
  scenario?: string;
  keyword?: string;
  discussable?: string;
  needed?: string;
  shareAnonymously: boolean;
  answeredAt: Date;
}

export interface DemoPrompt {
  partnershipName: string;
  /** Stable per partnership and week, so a second seed finds the prompt instead of adding one. */
  slotKey: string;
  focusCode: FocusPointCode;
  opensAt: Date;
  closesAt: Date;
  answers: DemoAnswer[];
}

/** How close each region is to the ideal state per focus point (1-5), read from the cases; 3 where silent. */
const CASE_SCORES: Record<string, Partial<Record<FocusPointCode, number>>> = {
  [normalizeKey('Onderwijsregio Stad & Streek')]: {
    kwaliteit: 4, relaties: 5, 'opleiden-begeleiden-professionaliseren': 4, organisatiestructuur: 4, professionals: 4,
    loopbaanontwikkeling: 4, solidariteit: 3, ontwikkelvraag: 3, toekomstbestendigheid: 3, financien: 3, doelstellingen: 4,
  },
  [normalizeKey('Onderwijsregio Binnenmeren')]: {
    kwaliteit: 3, relaties: 3, solidariteit: 2, professionals: 2, financien: 2, organisatiestructuur: 2,
    toekomstbestendigheid: 3, loopbaanontwikkeling: 2, ontwikkelvraag: 3, doelstellingen: 3,
  },
};

/** A small seeded PRNG (mulberry32): reproducible spread without Math.random. */
function random(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length) % items.length];
const clampScore = (score: number) => Math.max(1, Math.min(5, Math.round(score)));

/** People of a partnership (members and coordinators) with their e-mail, in plan order. */
function peopleOf(plan: SetupPlan, partnershipName: string): string[] {
  const key = normalizeKey(partnershipName);
  const inIt = (names?: string[]) => (names ?? []).some((name) => normalizeKey(name) === key);
  return plan.people.filter((p) => p.email && (inIt(p.memberOf) || inIt(p.coordinatorOf))).map((p) => p.email!.toLowerCase());
}

function answerFor(email: string, focus: FocusPointCode, base: number, opensAt: Date, r: () => number): DemoAnswer | undefined {
  if (r() > 0.8) return undefined; // not everyone answers every week
  const texts = DEMO_ANSWER_TEXTS[focus];
  const spread = [-1, 0, 0, 0, 1][Math.floor(r() * 5)];
  const answer: DemoAnswer = {
    personEmail: email,
    score: clampScore(base + spread),
    shareAnonymously: r() < 0.6,
    answeredAt: new Date(opensAt.getTime() + (2 + Math.floor(r() * 90)) * HOUR_MS),
  };
  if (r() < 0.8) answer.scenario = pick(texts.scenarios, r());
  if (r() < 0.9) answer.keyword = pick(texts.keywords, r());
  if (r() < 0.6) answer.discussable = pick(texts.discussable, r());
  if (r() < 0.6) answer.needed = pick(texts.needed, r());
  return answer;
}

/** The history: DEMO_WEEKS closed weekly prompts per partnership, the last one closed before `now`. */
export function demoActivityPlan(plan: SetupPlan, now: Date): DemoPrompt[] {
  // Prompts open at 08:00 UTC (09:00 in Amsterdam in winter) on the same weekday as today, a week apart.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return plan.partnerships.flatMap((partnership, index) => {
    const scores = CASE_SCORES[normalizeKey(partnership.regions[0]?.region ?? '')] ?? {};
    const people = peopleOf(plan, partnership.name);
    return Array.from({ length: DEMO_WEEKS }, (_, i) => {
      const weeksAgo = DEMO_WEEKS - i;
      // Each partnership starts elsewhere in the catalogue, so together they cover most focus points.
      const focusCode = FOCUS_POINT_CODES[(index * 3 + i) % FOCUS_POINT_CODES.length];
      const opensAt = new Date(today - weeksAgo * 7 * DAY_MS + 8 * HOUR_MS);
      const closesAt = new Date(opensAt.getTime() + WINDOW_DAYS * DAY_MS);
      const r = random(`${partnership.name}|${weeksAgo}`);
      const answers = people
        .map((email) => answerFor(email, focusCode, scores[focusCode] ?? 3, opensAt, r))
        .filter((a): a is DemoAnswer => a !== undefined);
      return { partnershipName: partnership.name, slotKey: `playground:demo:${weeksAgo}w`, focusCode, opensAt, closesAt, answers };
    });
  });
}
