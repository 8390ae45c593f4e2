/**
 * Keywords and quotes for the digest, from anonymously shared answers only, and only from partnerships whose
 * reported week passed the privacy threshold: a keyword or quote of a smaller group could point at its author.
 * Quotes are never attributed (not even to a partnership) and are ordered by content, not by who or when.
 */
import { normalizeKey } from '../text/normalize';
import type { KeywordCount } from './digest.types';

export const MAX_KEYWORDS = 8;
export const MAX_QUOTES = 3;
const MAX_QUOTE_LENGTH = 280;

export function mergeKeywords(rows: readonly { partnershipId: string; keyword: string; count: number }[], allowed: ReadonlySet<string>): KeywordCount[] {
  const merged = new Map<string, KeywordCount>();
  for (const row of rows) {
    if (!allowed.has(row.partnershipId)) continue;
    const text = row.keyword.trim();
    const key = normalizeKey(text);
    if (!key) continue;
    const entry = merged.get(key) ?? { text, count: 0 };
    entry.count += row.count;
    merged.set(key, entry);
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, MAX_KEYWORDS);
}

const cut = (text: string): string => (text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH - 1)}…` : text);

/** At most MAX_QUOTES, one per partnership while there are more partnerships, each picked alphabetically. */
export function pickQuotes(rows: readonly { partnershipId: string; text: string }[], allowed: ReadonlySet<string>): string[] {
  const candidates = rows
    .filter((row) => allowed.has(row.partnershipId))
    .map((row) => ({ partnershipId: row.partnershipId, text: cut(row.text.trim()) }))
    .filter((row) => row.text !== '')
    .sort((a, b) => a.text.localeCompare(b.text));
  const picked: string[] = [];
  const from = new Set<string>();
  for (const row of candidates) {
    if (picked.length >= MAX_QUOTES) break;
    if (from.has(row.partnershipId)) continue;
    from.add(row.partnershipId);
    picked.push(row.text);
  }
  for (const row of candidates) {
    if (picked.length >= MAX_QUOTES) break;
    if (!picked.includes(row.text)) picked.push(row.text);
  }
  return picked.sort((a, b) => a.localeCompare(b));
}
