/**
 * Property-based tests of the one text-command parser both platforms use (fast-check, with shrinking): any
 * string gets an answer that can be shown in both languages, quickly (no pathological regex backtracking on
 * long or repetitive input), and the parser is as tolerant as it promises: of spacing, of a leading bot
 * mention and of case. test/domain/command-parser.fuzz.test.ts covers the shapes of the results.
 */
import fc from 'fast-check';
import { COMMAND_WORDS, describeCommandUsage, detectCommandLocale, formatParseProblem, parseCommand, parseMention, type ParsedCommand } from '../../src/domain/commands';
import { MAX_COMMAND_LENGTH } from '../../src/domain/commands/command.tokenizer';
import { commandLine, hostileString } from './support/hostile.arbitraries';

const SEED = Number(process.env.OOGST_FUZZ_SEED ?? 20261129);
const ARGUMENTS = ['nu', 'kwaliteit', 'financien', 'Financiën', 'dinsdag', '09:00', '2027-02-14', 'wekelijks', 'maandelijks', 'alle', 'uit', 'aan', 'mij', '3', 'dagen', 'Stad', '&amp;', 'Streek'];
/** Plain command lines: command words and arguments, no leading mention of someone else. */
const plainLine = fc.array(fc.oneof(fc.constantFrom(...COMMAND_WORDS), fc.constantFrom(...ARGUMENTS)), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const anyText = fc.oneof(commandLine, hostileString, fc.string({ unit: 'binary', maxLength: 300 }), plainLine);
/** The parsed meaning without the echo of the raw input (which naturally differs). */
const meaning = (result: ParsedCommand) => JSON.stringify({ ...result, input: undefined });

function answerable(result: ParsedCommand): boolean {
  if (typeof result?.kind !== 'string') return false;
  if (result.kind !== 'invalid' && result.kind !== 'unknown') return true;
  const readable = formatParseProblem(result, 'nl').length > 0 && formatParseProblem(result, 'en').length > 0;
  return readable && (result.kind !== 'invalid' || describeCommandUsage(result.command, 'nl').length > 0);
}

describe('command parser properties', () => {
  it('any text, hostile or not, gets an answer that can be shown in Dutch and English', () => {
    fc.assert(fc.property(anyText, (text) => answerable(parseCommand(text))), { numRuns: 5_000, seed: SEED });
  });

  it('locale detection and mention parsing never throw', () => {
    fc.assert(fc.property(anyText, (text) => {
      detectCommandLocale(text);
      for (const token of text.split(/\s+/)) parseMention(token);
      return true;
    }), { numRuns: 3_000, seed: SEED });
  });

  it('long and repetitive input is parsed quickly (no catastrophic backtracking)', () => {
    // Up to just under the parser's own length cut-off (longer input is refused before any regex runs).
    const repetitive = fc.tuple(fc.oneof(fc.constantFrom(...COMMAND_WORDS, '<at>', '<@U1|', '&amp;', '09:', '2027-', ' ', '\u00a0', 'a', '0', ':', '-', '@', 'a b '), hostileString), fc.integer({ min: 200, max: MAX_COMMAND_LENGTH - 20 }))
      .map(([piece, length]) => (piece || 'x').repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length));
    let slowest = 0;
    fc.assert(fc.property(fc.tuple(fc.constantFrom('', 'koppel ', 'ritme ', 'focus ', 'dialoog plan ', 'coordinator '), repetitive), ([head, tail]) => {
      const started = performance.now();
      parseCommand(head + tail);
      slowest = Math.max(slowest, performance.now() - started);
      return true;
    }), { numRuns: 500, seed: SEED });
    expect(slowest).toBeLessThan(250);
  });

  it('extra spaces, tabs and line breaks do not change the meaning', () => {
    fc.assert(fc.property(plainLine, fc.constantFrom('  ', '\t', ' \n '), (line, gap) => meaning(parseCommand(line)) === meaning(parseCommand(`${gap}${line.split(' ').join(gap)}${gap}`))), { numRuns: 2_000, seed: SEED });
  });

  it('a leading bot mention, as Teams and Slack put it, does not change the meaning', () => {
    fc.assert(fc.property(plainLine, fc.constantFrom('<at>Oogst</at>', '<@U0BOT0001>', '@Oogst'), (line, mention) => meaning(parseCommand(line)) === meaning(parseCommand(`${mention} ${line}`))), { numRuns: 2_000, seed: SEED });
  });

  it('upper case reads as the same command', () => {
    fc.assert(fc.property(plainLine, (line) => parseCommand(line).kind === parseCommand(line.toUpperCase()).kind), { numRuns: 2_000, seed: SEED });
  });
});
