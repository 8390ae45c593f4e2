import type { MentionRef } from './command.types';

const SLACK_USER = /^<@([A-Z0-9]+)(?:\|([^>]*))?>$/i;
const TEAMS_AT = /^<at\b[^>]*>([\s\S]*?)<\/at>$/i;
const SLACK_MAILTO = /^<mailto:([^|>]+)(?:\|[^>]*)?>$/i;
const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;
// Trailing punctuation typed after a name: "@Sanne," or "@Sanne."
const TRAILING_PUNCTUATION = /[.,;:!?)]+$/;

export function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/gi, ' ')
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');
}

/**
 * A mention in Slack, Teams, e-mail or plain "@Name" form; undefined otherwise.
 * Pass the token as received (entities not decoded) so typed "&lt;@U1&gt;" stays text.
 */
export function parseMention(token: string): MentionRef | undefined {
  const raw = token.trim();
  const slack = SLACK_USER.exec(raw);
  if (slack) {
    const name = slack[2]?.trim();
    return name ? { platform: 'slack', userId: slack[1].toUpperCase(), name } : { platform: 'slack', userId: slack[1].toUpperCase() };
  }
  const teams = TEAMS_AT.exec(raw);
  if (teams) {
    const name = decodeEntities(teams[1].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    return name === '' ? undefined : { platform: 'teams', name };
  }
  const mailto = SLACK_MAILTO.exec(raw);
  // Plain text may still hold entities; decoded only now, after the markup checks above.
  const plain = decodeEntities(raw);
  const email = mailto ? mailto[1].trim() : plain.replace(TRAILING_PUNCTUATION, '');
  if (EMAIL.test(email)) return { email: email.toLowerCase() };
  if (plain.startsWith('@')) {
    const name = plain.slice(1).replace(TRAILING_PUNCTUATION, '').trim();
    return name === '' ? undefined : { name };
  }
  return undefined;
}

export function isTeamsMentionToken(token: string): boolean {
  return TEAMS_AT.test(token.trim());
}
