/**
 * The calendar invite of a dialogue table (RFC 5545, with the iTIP methods of RFC 5546): one VEVENT with a
 * stable UID (the dialogue's id), SEQUENCE bumped by every change, METHOD:REQUEST while planned and METHOD:CANCEL
 * once cancelled, local times with TZID=Europe/Amsterdam and that zone's VTIMEZONE (CET/CEST rules), so a calendar
 * shows 14:00 on both sides of a daylight-saving change.
 */
import { howLabel, whatLabel } from '../circles/circle-options.data';
import { formatList } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { endOf, type DialogueRecord } from './dialogue.types';
import { escapeText, joinLines, localStamp, paramValue, utcStamp } from './ics-text';

export const ICS_PRODID = '-//Oogst//Samen Opleiden dialoogtafels//NL';
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Europe/Amsterdam since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19810329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19961027T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

export interface InviteOptions {
  locale: Locale;
  /** DTSTAMP: when this version of the invite was made. */
  now: Date;
  /** ORGANIZER when the owner has no known e-mail address (iTIP requires one). */
  fallbackOrganizerEmail: string;
}

export function dialogueInviteIcs(d: DialogueRecord, options: InviteOptions): string {
  const cancelled = d.status === 'cancelled';
  const zoned = d.timeZone === 'Europe/Amsterdam';
  const when = (instant: Date) => (zoned ? `;TZID=Europe/Amsterdam:${localStamp(instant, d.timeZone)}` : `:${utcStamp(instant)}`);
  const organizer = d.owner?.email ?? options.fallbackOrganizerEmail;
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', `METHOD:${cancelled ? 'CANCEL' : 'REQUEST'}`,
    ...(zoned ? AMSTERDAM_VTIMEZONE : []),
    'BEGIN:VEVENT',
    `UID:${d.id}@oogst`,
    `SEQUENCE:${d.sequence}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART${when(d.startsAt)}`,
    `DTEND${when(endOf(d))}`,
    `SUMMARY:${escapeText(t(options.locale, 'dialogue.title', { n: d.number, title: d.title }))}`,
    `DESCRIPTION:${escapeText(description(d, options.locale))}`,
    ...(d.location ? [`LOCATION:${escapeText(d.location)}`] : []),
    ...(d.location && /^https?:\/\//i.test(d.location) ? [`URL:${d.location.replace(/[\r\n]/g, '')}`] : []),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `ORGANIZER;CN=${paramValue(d.owner?.displayName ?? 'Oogst')}:mailto:${organizer}`,
    ...attendees(d, cancelled),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return joinLines(lines);
}

function attendees(d: DialogueRecord, cancelled: boolean): string[] {
  // Only people with an address can be invited by calendar; the others are named in the description.
  return d.participants.flatMap((p) => {
    const email = p.person?.email ?? p.email;
    if (!email) return [];
    const cn = p.person ? `;CN=${paramValue(p.person.displayName)}` : '';
    const partstat = cancelled ? '' : ';PARTSTAT=NEEDS-ACTION;RSVP=TRUE';
    return [`ATTENDEE${cn};ROLE=REQ-PARTICIPANT${partstat}:mailto:${email}`];
  });
}

function description(d: DialogueRecord, locale: Locale): string {
  const goal = [...d.goalCodes.map((c) => whatLabel(c, locale)), ...(d.goalText ? [d.goalText] : [])];
  const names = d.participants.map((p) => p.person?.displayName ?? p.email ?? '').filter(Boolean);
  return [
    d.actors.length ? t(locale, 'ics.description.actors', { text: formatList(locale, d.actors) }) : '',
    goal.length ? t(locale, 'ics.description.goal', { text: goal.join('; ') }) : '',
    t(locale, 'ics.description.format', { text: howLabel(d.format, locale) }),
    names.length ? t(locale, 'ics.description.participants', { text: formatList(locale, names) }) : '',
  ].filter(Boolean).join('\n');
}
