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

/**
 * Classic edit distance (insert, delete, substitute), two-row version.
 * Plain comparisons instead of Math.min: inside Jest's VM context the
 * built-in call made the fuzz test ten times slower.
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      let best = previous[j] + 1;
      const insert = current[j - 1] + 1;
      const substitute = previous[j - 1] + cost;
      if (insert < best) best = insert;
      if (substitute < best) best = substitute;
      current[j] = best;
    }
    const swap = previous;
    previous = current;
    current = swap;
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

/**
 * Replaces lone UTF-16 surrogates with U+FFFD (what String.prototype.toWellFormed does in ES2024): such text
 * cannot be URL-encoded or stored as valid UTF-8, and only ever comes from a broken or hostile client.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
