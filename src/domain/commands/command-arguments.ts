import { findFocusPoint, suggestFocusPoint } from '../catalogue/focus-point.lookup';
import { FOCUS_POINTS, type FocusPointCode } from '../catalogue/focus-points.data';
import { closest, normalizeKey } from '../text/normalize';
import { CADENCE_WORDS, WEEKDAY_FULL_NAMES, matchCadence, parseTime, parseWeekday } from './argument.parsers';
import type { Token } from './command.tokenizer';
import type { Cadence, HolidayRegion, InvalidReason, RegionKind, Sector, Weekday } from './command.types';

/** An argument problem; the parser adds which command it belongs to. */
export interface ArgumentProblem {
  readonly reason: InvalidReason;
  readonly detail?: string;
  readonly suggestion?: string;
}

export type ArgumentResult<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & ArgumentProblem);

const ok = <T>(value: T): ArgumentResult<T> => ({ ok: true, value });
const fail = <T>(reason: InvalidReason, detail?: string, suggestion?: string): ArgumentResult<T> => ({
  ok: false,
  reason,
  ...(detail !== undefined ? { detail } : {}),
  ...(suggestion !== undefined ? { suggestion } : {}),
});

// Words people put around a schedule: "elke dinsdag om 09:00 uur", "on tuesday at 9:00".
const SCHEDULE_FILLER = new Set(['om', 'op', 'at', 'on', 'every', 'elke', 'iedere', 'uur', 'de', 'het', 'the', 'van', 'tot']);

export interface Schedule {
  cadence?: Cadence;
  weekday?: Weekday;
  time?: string;
}

/** "wekelijks dinsdag 09:00" in any order, with filler words; cadence only when allowed. */
export function parseSchedule(tokens: readonly Token[], allowCadence: boolean): ArgumentResult<Schedule> {
  const schedule: Schedule = {};
  const norms = tokens.map((token) => token.norm);
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const cadence = matchCadence(norms, i);
    if (cadence) {
      if (!allowCadence || schedule.cadence !== undefined) return fail('unexpectedArgument', token.raw);
      schedule.cadence = cadence.cadence;
      i += cadence.length;
      continue;
    }
    i += 1;
    if (/\d/.test(token.raw)) {
      const time = parseTime(token.raw);
      if (time === undefined) return fail('time', token.raw);
      if (schedule.time !== undefined) return fail('unexpectedArgument', token.raw);
      schedule.time = time;
      continue;
    }
    const weekday = parseWeekday(token.norm);
    if (weekday !== undefined) {
      if (schedule.weekday !== undefined) return fail('unexpectedArgument', token.raw);
      schedule.weekday = weekday;
      continue;
    }
    if (token.norm === '' || SCHEDULE_FILLER.has(token.norm)) continue;
    return unknownScheduleWord(token, schedule, allowCadence);
  }
  return ok(schedule);
}

function unknownScheduleWord(token: Token, schedule: Schedule, allowCadence: boolean): ArgumentResult<Schedule> {
  const day = closest(token.norm, WEEKDAY_FULL_NAMES);
  if (day !== undefined && schedule.weekday === undefined) return fail('weekday', token.raw, day);
  const cadence = allowCadence ? closest(token.norm, CADENCE_WORDS) : undefined;
  if (cadence !== undefined && schedule.cadence === undefined) return fail('cadence', token.raw, cadence);
  if (schedule.weekday === undefined) return fail('weekday', token.raw);
  if (schedule.time === undefined) return fail('time', token.raw);
  return fail('unexpectedArgument', token.raw);
}

/**
 * "kwaliteit, financien", "Bovenbestuurlijke solidariteit en Financiën" or
 * "kwaliteit financien": each comma-separated part is first tried whole, then
 * word by word (longest known name first).
 */
export function parseFocusList(text: string): ArgumentResult<FocusPointCode[]> {
  const found = new Set<FocusPointCode>();
  // Not split on "en": "Informele en formele relaties" is one label.
  const parts = text.split(/[,;+&\n]/).map((part) => part.trim()).filter((part) => part !== '');
  for (const part of parts) {
    const whole = findFocusPoint(part);
    if (whole) {
      found.add(whole.code);
      continue;
    }
    const words = normalizeKey(part).split(' ').filter((word) => word !== '');
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let j = words.length; j > i && matched === 0; j--) {
        const point = findFocusPoint(words.slice(i, j).join(' '));
        if (point) {
          found.add(point.code);
          matched = j - i;
        }
      }
      if (matched === 0 && ['op', 'on', 'en', 'and'].includes(words[i])) matched = 1;
      if (matched === 0) {
        const detail = words.length === 1 ? part : words[i];
        return fail('focus', detail, suggestFocusPoint(detail)?.code);
      }
      i += matched;
    }
  }
  if (found.size === 0) return fail('missingArgument');
  // Catalogue order, so the same choice is always stored the same way.
  return ok(FOCUS_POINTS.map((point) => point.code).filter((code) => found.has(code)));
}

const REGION_KINDS: Readonly<Record<string, RegionKind>> = {
  tekort: 'tekort', tekortregio: 'tekort', shortage: 'tekort',
  krimp: 'krimp', krimpregio: 'krimp', shrinking: 'krimp', shrinkage: 'krimp',
  anders: 'anders', other: 'anders',
};
const HOLIDAY_REGIONS: Readonly<Record<string, HolidayRegion>> = {
  noord: 'noord', north: 'noord', midden: 'midden', middle: 'midden', central: 'midden', zuid: 'zuid', south: 'zuid',
};

/** Takes trailing kind/holiday keywords off a region name; returns how many tokens are name. */
export function peelRegionKeywords(tokens: readonly Token[]): {
  nameTokens: number;
  regionKind?: RegionKind;
  holidayRegion?: HolidayRegion;
} {
  let end = tokens.length;
  let regionKind: RegionKind | undefined;
  let holidayRegion: HolidayRegion | undefined;
  // Keep at least one token: "regio nieuw Noord" is a region called Noord.
  while (end > 1) {
    const norm = tokens[end - 1].norm;
    if (regionKind === undefined && Object.hasOwn(REGION_KINDS, norm)) regionKind = REGION_KINDS[norm];
    else if (holidayRegion === undefined && Object.hasOwn(HOLIDAY_REGIONS, norm)) holidayRegion = HOLIDAY_REGIONS[norm];
    else break;
    end -= 1;
  }
  return { nameTokens: end, ...(regionKind ? { regionKind } : {}), ...(holidayRegion ? { holidayRegion } : {}) };
}

const SECTORS: readonly Sector[] = ['po', 'vo', 'mbo'];
const SECTOR_FILLER = new Set(['sector', 'sectoren', 'sectors']);

/** Takes trailing sector tokens ("po vo", "po/vo/mbo") off; returns how many tokens remain. */
export function peelSectors(tokens: readonly Token[], minRemaining: number): { remaining: number; sectors: Sector[] } {
  const found = new Set<Sector>();
  let end = tokens.length;
  while (end > minRemaining) {
    const words = tokens[end - 1].norm.split(' ');
    if (words.every((word) => (SECTORS as readonly string[]).includes(word))) {
      words.forEach((word) => found.add(word as Sector));
    } else if (!(found.size > 0 && SECTOR_FILLER.has(tokens[end - 1].norm))) break;
    end -= 1;
  }
  return { remaining: end, sectors: SECTORS.filter((sector) => found.has(sector)) };
}
