/**
 * Text helpers for tolerant matching of what people type in a chat box:
 * "Financiën", "financien" and "FINANCIEN " must all land on the same key,
 * and a typo must still get a friendly "did you mean" instead of silence.
 */

const COMBINING_MARKS = /\p{M}+/gu;
// Anything that is not a letter or digit separates words: hyphens, slashes,
// underscores, quotes, commas and all kinds of (non-breaking) whitespace.
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Lower-case, accent-free, words separated by single spaces. */
export function normalizeKey(s: string): string {
  if (typeof s !== 'string') return '';
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Classic edit distance (insert, delete, substitute), two-row version. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Default tolerance grows with the word: one typo in a short word, two in a
 * medium one (also covers a swapped letter pair like "hlep"), three at most.
 */
export function defaultMaxDistance(length: number): number {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return 3;
}

/**
 * The candidate closest to `input` (compared normalized), or undefined when
 * nothing is within `maxDistance`. On a tie the earlier candidate wins, so
 * callers order candidates by preference.
 */
export function closest(
  input: string,
  candidates: readonly string[],
  maxDistance?: number,
): string | undefined {
  const key = normalizeKey(input);
  if (key === '') return undefined;
  const limit = maxDistance ?? defaultMaxDistance(key.length);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const other = normalizeKey(candidate);
    if (other === '') continue;
    // Cheap lower bound first: hostile inputs can be very long.
    if (Math.abs(other.length - key.length) > limit) continue;
    const distance = levenshtein(key, other);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
