/**
 * fast-check generators for what a hostile or broken client sends: script tags, SQL fragments, template and
 * prototype tricks, unicode edge cases (lone surrogates, bidi overrides, NUL, combining marks, astral planes),
 * wrong types, deep nesting, and command lines mixing Oogst's command words with all of that.
 */
import fc from 'fast-check';
import { COMMAND_WORDS } from '../../../src/domain/commands';

export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', "'; DROP TABLE \"Answer\"; --",
  "' OR '1'='1", '1; DELETE FROM Person', 'Robert\'); DROP TABLE Students;--', '\u0000', 'a\u0000b', '\ud800', '\udfff', 'x\ud83d',
  '\u202e', '\ufeff', '\u200b\u200d', 'Z\u0351\u0300\u0301\u0302a\u0303l\u0304g\u0305o', '𝕆𝕠𝕘𝕤𝕥', '😀👩‍👩‍👧‍👦', 'İı', 'ß', 'ﬁ',
  '${7*7}', '{{7*7}}', '#{7*7}', '%s%s%s%n', '{date}', '$&', '__proto__', 'constructor', 'prototype', 'toString',
  '../../../../etc/passwd', '%00', '%2e%2e%2f', '\r\n\r\nX-Injected: 1', 'null', 'undefined', 'NaN', 'Infinity', '1e309', '-0',
  '99999999999999999999999', '0x7fffffff', ' ', '', '\t\n\v\f', '<@U0COORDA1>', '<!channel>', '<!here>', '&lt;at&gt;Oogst&lt;/at&gt;',
  '<at>Oogst</at>', '@Oogst', 'file:///etc/passwd', 'http://169.254.169.254/latest/meta-data/',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE_STRINGS), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)) },
);

/** Any JSON value, of the wrong type more often than not, sometimes deeply nested. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'action', 'promptId', 'score', 'value', 'x'), hostileString, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 400 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown) },
);

/** What people type after "@Oogst" or "/oogst": command words, arguments and junk, in any mix. */
export const commandLine: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COMMAND_WORDS) }, { weight: 2, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom('nu', 'kwaliteit', 'dinsdag', '09:00', '2027-02-14', 'wekelijks', 'alle', 'uit', 'aan', 'mij', '3', 'dagen') }), { maxLength: 8 })
  .map((words) => words.join(' '));

/** A value for a field that should hold an id: ours (some valid, some foreign), or junk. */
export function idLike(known: string[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 2, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.uuid() });
}

/** Deletes or replaces one field at a dotted path of a plain object (in place); used to break valid payloads. */
export function mutateAt(target: Record<string, unknown>, dotted: string, value: unknown, remove: boolean): void {
  const keys = dotted.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
}

/** Raw bodies that are not what the content type says: truncated, binary, empty, nested past any sane depth. */
export function brokenBodies(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: Math.max(0, valid.length - 1) }).map((cut) => valid.slice(0, cut)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('', '{', '}', '[]', 'null', '0', '"x"', 'true', '{"type":', '\u0000\u0000', 'payload=', 'payload=%7B', 'a=b&a=c&a[]=d'),
    fc.integer({ min: 1_000, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  );
}
