import { normalizeKey } from '../text/normalize';
import { decodeEntities } from './mention.parser';

/** Commands are short; longer input is not a command and not worth scanning. */
export const MAX_COMMAND_LENGTH = 2000;

export interface Token {
  /** As typed, HTML entities decoded (mentions kept whole, e.g. "<at>Jan de Vries</at>"). */
  readonly raw: string;
  /** As received, entities not decoded: only real platform markup may count as a mention. */
  readonly source: string;
  /** normalizeKey(raw); '' for pure punctuation such as "?". */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

export interface CommandInput {
  /** Cleaned text the token positions refer to. */
  readonly text: string;
  readonly tokens: readonly Token[];
}

// Teams wraps messages in HTML; keep <at> mentions, drop layout tags.
const LAYOUT_TAGS = /<\/?(?:p|div|span|br|b|i|u|strong|em|s)\b[^>]*>/gi;
const INVISIBLE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
const LEADING_BOT_MENTION = /^\s*(?:<at\b[^>]*>[\s\S]*?<\/at>|<@[A-Z0-9]+(?:\|[^>]*)?>)/i;
const TOKEN = /<at\b[^>]*>[\s\S]*?<\/at>|<[@#!][^>\s]*>|<mailto:[^>\s]*>|\S+/gi;

function cleanText(text: string): string {
  // Angle-bracket entities are kept for now so typed text cannot forge a mention.
  const cleaned = text
    .replace(LAYOUT_TAGS, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/[\r\n\t]+/g, ' ');
  // The first mention addresses the bot itself: "<at>Oogst</at> koppel ...".
  let rest = cleaned.replace(LEADING_BOT_MENTION, '').trim();
  // Some people type the name instead of using a real mention, or a slash.
  rest = rest.replace(/^@oogst\b[\s,:]*/i, '').replace(/^\/(?=\p{L})/u, '');
  return rest.trim();
}

function decodeToken(raw: string): string {
  return raw.startsWith('<') ? raw : decodeEntities(raw);
}

/** Cleans platform noise and splits into tokens. Never throws. */
export function tokenize(input: unknown): CommandInput {
  const text = typeof input === 'string' ? cleanText(input.slice(0, MAX_COMMAND_LENGTH + 200)) : '';
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = decodeToken(match[0]);
    const start = match.index ?? 0;
    tokens.push({ raw, source: match[0], norm: normalizeKey(raw), start, end: start + match[0].length });
  }
  return { text, tokens };
}

/** The original text from a token to the end (or to `endToken`, exclusive), entities decoded. */
export function textFrom(input: CommandInput, fromToken: number, endToken?: number): string {
  const from = input.tokens[fromToken];
  if (!from) return '';
  const end = endToken === undefined ? input.text.length : (input.tokens[endToken]?.start ?? input.text.length);
  return stripQuotes(decodeEntities(input.text.slice(from.start, end)));
}

/** "Stad & Streek" typed with quotes (straight or smart) means the same name. */
export function stripQuotes(text: string): string {
  return text
    .trim()
    .replace(/^["'“”‘’«»„]+|["'“”‘’«»„]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
