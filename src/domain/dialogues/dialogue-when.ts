/**
 * Dates and times of dialogue tables: typed as Dutch (or English) text, meant as wall-clock time in
 * Europe/Amsterdam, stored as UTC instants. "29 maart 2027 14:00" is 12:00Z (summer time), "1 maart 2027 14:00"
 * 13:00Z. The conversion is the rhythm's (zoned-time.ts), so a DST change is handled the same way everywhere.
 */
import { parseDate, parseTime } from '../commands/argument.parsers';
import { wallTimeOf, zonedInstant } from '../rhythm/zoned-time';

export const DIALOGUE_TIME_ZONE = 'Europe/Amsterdam';

const TIME_TOKEN = /^\d{1,2}[:.]\d{2}(?:u|uur|h)?[.,;]?$/i;

/** "2027-03-29 14:00 Gesprek met de gemeente" -> date text, time text and the rest; the first time-like word splits. */
export function splitWhen(text: string): { dateText: string; timeText: string; rest: string } | undefined {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const at = words.findIndex((w) => TIME_TOKEN.test(w));
  if (at < 1) return undefined;
  const filler = new Set(['om', 'at']);
  const dateWords = words.slice(0, at).filter((w, i, all) => !(i === all.length - 1 && filler.has(w.toLowerCase())));
  return { dateText: dateWords.join(' '), timeText: words[at], rest: words.slice(at + 1).join(' ') };
}

export type WhenResult =
  | { ok: true; startsAt: Date; day: string; time: string }
  | { ok: false; problem: 'date' | 'time'; value: string };

/** A typed date and time -> the instant in the time zone; which part was wrong otherwise. */
export function resolveWhen(dateText: string, timeText: string, timeZone = DIALOGUE_TIME_ZONE): WhenResult {
  const day = parseDate(dateText);
  if (day === undefined) return { ok: false, problem: 'date', value: dateText };
  const time = parseTime(timeText);
  if (time === undefined) return { ok: false, problem: 'time', value: timeText };
  return { ok: true, startsAt: zonedInstant(day, time, timeZone), day, time };
}

/** The local day ('YYYY-MM-DD') and time ('HH:MM') of an instant: what a form shows when editing. */
export function localParts(instant: Date, timeZone = DIALOGUE_TIME_ZONE): { day: string; time: string } {
  const wall = wallTimeOf(instant, timeZone);
  return { day: wall.day, time: `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}` };
}
