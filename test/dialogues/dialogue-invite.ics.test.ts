/**
 * The calendar invite, parsed back with ical.js (an RFC 5545 parser from npm) and checked field by field: method,
 * UID, SEQUENCE, times in Europe/Amsterdam on both sides of the spring DST change, organizer and attendees,
 * escaping and line folding (75 octets, CRLF), and the cancellation.
 */
import ICAL from 'ical.js';
import { dialogueInviteIcs } from '../../src/domain/dialogues/dialogue-invite.ics';
import type { DialogueRecord } from '../../src/domain/dialogues/dialogue.types';
import { escapeText, foldLine } from '../../src/domain/dialogues/ics-text';

const base: DialogueRecord = {
  id: '5f0c3c2e-8a1b-4a7e-9d2f-1c2b3a4d5e6f', partnershipId: 'p1', number: 3, exerciseId: null, bindingId: null,
  title: 'Capaciteit; plekken, en geld\\ met "de" gemeente', actors: ['Wethouder Onderwijs (Gemeente Zwolle)', 'Directeur HR (Stichting Primair)'],
  goalCodes: ['capaciteit', 'financien'], goalText: 'Afspraken over twaalf extra stageplekken voor het schooljaar 2027-2028, met één gezamenlijke planning',
  format: 'dialoogtafel', startsAt: new Date('2027-03-29T12:00:00Z'), durationMinutes: 90, timeZone: 'Europe/Amsterdam',
  location: 'Stadhuis Zwolle, zaal 2', owner: { id: 'o1', displayName: 'Anna de Vries', email: 'anna@example.org' }, createdById: 'c1',
  status: 'planned', sequence: 0, followUp: null, createdAt: new Date(), updatedAt: new Date(),
  participants: [
    { person: { id: 'b1', displayName: 'Bram, Jansen', email: 'bram@example.org' }, email: null },
    { person: { id: 'c1', displayName: 'Carla zonder adres', email: null }, email: null },
    { person: null, email: 'wethouder@zwolle.example' },
  ],
};
const options = { locale: 'nl' as const, now: new Date('2027-02-02T08:00:00Z'), fallbackOrganizerEmail: 'oogst@oogst.invalid' };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // The invite carries its own VTIMEZONE; register it like a calendar client does.
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('dialogue invite (iCalendar)', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('is a REQUEST with a stable UID, SEQUENCE and the fields of the dialogue', () => {
    const { calendar, vevent, event } = parse(dialogueInviteIcs(base, options));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Oogst/);
    expect(event.uid).toBe('5f0c3c2e-8a1b-4a7e-9d2f-1c2b3a4d5e6f@oogst');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Dialoogtafel 3: Capaciteit; plekken, en geld\\ met "de" gemeente');
    expect(event.location).toBe('Stadhuis Zwolle, zaal 2');
    expect(event.description).toContain('Doel: Afspraken over capaciteit; Financiële helderheid; Afspraken over twaalf extra stageplekken');
    expect(event.description).toContain('Met: Wethouder Onderwijs (Gemeente Zwolle) en Directeur HR (Stichting Primair)');
    expect(event.description).toContain('Vorm: Dialoogtafel');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2027-02-02T08:00:00.000Z');
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:anna@example.org');
    expect(organizer.getParameter('cn')).toBe('Anna de Vries');
    const attendees = vevent.getAllProperties('attendee').map((p) => [p.getFirstValue(), p.getParameter('cn') ?? null, p.getParameter('partstat')]);
    expect(attendees).toEqual([['mailto:bram@example.org', 'Bram, Jansen', 'NEEDS-ACTION'], ['mailto:wethouder@zwolle.example', null, 'NEEDS-ACTION']]);
    expect(event.description).toContain('Carla zonder adres');
  });

  it.each([
    ['after the spring change (CEST, UTC+2)', '2027-03-29T12:00:00Z', '2027-03-29T14:00:00', '2027-03-29T13:30:00.000Z'],
    ['before the spring change (CET, UTC+1)', '2027-03-26T13:00:00Z', '2027-03-26T14:00:00', '2027-03-26T14:30:00.000Z'],
    ['after the autumn change (CET again)', '2027-11-01T13:00:00Z', '2027-11-01T14:00:00', '2027-11-01T14:30:00.000Z'],
  ])('keeps 14:00 local %s', (_label, startsAt, local, endUtc) => {
    const { event } = parse(dialogueInviteIcs({ ...base, startsAt: new Date(startsAt) }, options));
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(event.startDate.toString()).toBe(local);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(startsAt).toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(endUtc);
  });

  it('a change raises SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED and the same UID', () => {
    const moved = parse(dialogueInviteIcs({ ...base, sequence: 1, startsAt: new Date('2027-03-30T07:30:00Z') }, options));
    expect(moved.event.sequence).toBe(1);
    expect(moved.event.startDate.toString()).toBe('2027-03-30T09:30:00');
    const cancelled = parse(dialogueInviteIcs({ ...base, sequence: 2, status: 'cancelled' }, options));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(moved.event.uid);
    expect(cancelled.event.sequence).toBe(2);
  });

  it('uses CRLF line ends and folds every line at 75 octets without splitting a character', () => {
    const ics = dialogueInviteIcs({ ...base, title: 'Één gesprek over financiële helderheid en solidariteit tussen besturen in de regio' }, options);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(Buffer.from(ics, 'utf8').toString('utf8')).toBe(ics); // no broken UTF-8 sequence
    expect(parse(ics).event.summary).toBe('Dialoogtafel 3: Één gesprek over financiële helderheid en solidariteit tussen besturen in de regio');
  });

  it('escapes TEXT and folds multi-byte characters whole', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  it('falls back to a configured organizer address when the owner has none', () => {
    const { vevent } = parse(dialogueInviteIcs({ ...base, owner: { id: 'o', displayName: 'Zonder Mail', email: null } }, options));
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:oogst@oogst.invalid');
  });
});
