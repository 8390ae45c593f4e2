/**
 * The text rules of iCalendar (RFC 5545, section 3.1 and 3.3.11): lines end in CRLF, lines longer than 75 octets
 * are folded (CRLF + one space) without splitting a UTF-8 character, TEXT values escape backslash, semicolon,
 * comma and newlines, and parameter values with ":;," are quoted (a DQUOTE cannot appear in them at all).
 */
import { wallTimeOf } from '../rhythm/zoned-time';

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

export function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** One content line folded into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // A continuation line's leading space counts towards its 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** Content lines -> an iCalendar object: folded, CRLF-terminated. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE-TIME in UTC: 20270329T120000Z. */
export function utcStamp(instant: Date): string {
  return `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`;
}

/** DATE-TIME as local time in a zone (to go with TZID=): 20270329T140000. */
export function localStamp(instant: Date, timeZone: string): string {
  const wall = wallTimeOf(instant, timeZone);
  return `${wall.day.replace(/-/g, '')}T${pad(wall.hour)}${pad(wall.minute)}00`;
}
