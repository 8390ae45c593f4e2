/** Fetches a dialogue's invite from its signed link (on the test server) and parses it with ical.js. */
import ICAL from 'ical.js';

export interface ParsedInvite { method: string; uid: string; sequence: number; status: string; start: string; startUtc: string; tzid?: string; summary: string; attendees: string[] }

export async function fetchInvite(appUrl: string, link: string): Promise<ParsedInvite & { status_code: number; contentType: string | null }> {
  const url = new URL(link);
  const res = await fetch(`${appUrl}${url.pathname}${url.search}`);
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const parsed = {
    status_code: res.status,
    contentType: res.headers.get('content-type'),
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    status: String(vevent.getFirstPropertyValue('status')),
    start: event.startDate.toString(),
    startUtc: event.startDate.toJSDate().toISOString(),
    tzid: event.startDate.zone?.tzid,
    summary: event.summary,
    attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
  };
  ICAL.TimezoneService.reset();
  return parsed;
}

/** The .ics link in a card's text (markdown "[label](url)" on Teams, "<url|label>" on Slack). */
export function icsLinkIn(text: string): string {
  const match = /(https?:\/\/[^\s)|>]*invite\.ics[^\s)|>]*)/.exec(text);
  if (!match) throw new Error(`no invite link in: ${text.slice(0, 300)}`);
  return match[1];
}
