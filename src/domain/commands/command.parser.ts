import { findFocusPoint, suggestFocusPoint } from '../catalogue/focus-point.lookup';
import type { Locale } from '../i18n/locale';
import { defaultMaxDistance, levenshtein } from '../text/normalize';
import { parseDate, parseOnOff, parsePositiveInt } from './argument.parsers';
import { parseFocusList, parseSchedule, peelRegionKeywords, peelSectors, type ArgumentProblem } from './command-arguments';
import { COMMAND_PHRASES, GROUP_SUBCOMMANDS, matchPhrase, type CommandHead } from './command-words';
import { MAX_COMMAND_LENGTH, textFrom, tokenize, type CommandInput, type Token } from './command.tokenizer';
import type { CommandGroup, CommandUsageKey, ParsedCommand } from './command.types';
import { isTeamsMentionToken, parseMention } from './mention.parser';

/** The arguments of one command: tokens after the command words, and their text. */
interface Args {
  readonly input: CommandInput;
  readonly from: number;
  readonly tokens: readonly Token[];
  readonly text: string;
}

// Copies only the problem fields: an ArgumentResult also carries `ok`.
const invalid = (command: CommandUsageKey, { reason, detail, suggestion }: ArgumentProblem): ParsedCommand => ({
  kind: 'invalid',
  command,
  reason,
  ...(detail !== undefined ? { detail } : {}),
  ...(suggestion !== undefined ? { suggestion } : {}),
});
const missing = (command: CommandUsageKey, detail?: string): ParsedCommand =>
  invalid(command, detail === undefined ? { reason: 'missingArgument' } : { reason: 'missingArgument', detail });

const ALL_WORDS = new Set(['alle', 'all', 'allemaal', 'alles', 'everything']);
const PAUSE_FILLER = new Set(['tot', 'until', 'till', 'tm', 'to']);
const WINDOW_UNITS: Readonly<Record<string, number>> = {
  '': 1, d: 1, dag: 1, dagen: 1, day: 1, days: 1, week: 7, weken: 7, weeks: 7, w: 7,
};
/** Sanity bound only; the use case enforces the real window limits. */
const MAX_WINDOW_DAYS = 365;

/**
 * Parses a chat message into a command. Shared by Teams and Slack; tolerant
 * of a leading bot mention, case, accents, Dutch or English. Never throws:
 * anything it cannot read becomes `unknown` or `invalid`.
 */
export function parseCommand(text: string): ParsedCommand {
  try {
    return parse(text);
  } catch {
    // Defensive: a parser bug must not take a message handler down.
    return { kind: 'unknown', input: typeof text === 'string' ? text.slice(0, 200) : '' };
  }
}

/** The language a command was typed in, when its words give it away. */
export function detectCommandLocale(text: string): Locale | undefined {
  const { tokens } = tokenize(text);
  return matchPhrase(tokens.map((token) => token.norm))?.locale;
}

function parse(text: string): ParsedCommand {
  if (typeof text === 'string' && text.length > MAX_COMMAND_LENGTH) return { kind: 'unknown', input: text.slice(0, 200) };
  const input = tokenize(text);
  const norms = input.tokens.map((token) => token.norm);
  if (input.tokens.length === 0 || (input.tokens.length === 1 && norms[0] === '')) return { kind: 'help' };
  const phrase = matchPhrase(norms);
  if (!phrase) return unknown(input);
  const from = phrase.words.length;
  const args: Args = { input, from, tokens: input.tokens.slice(from), text: textFrom(input, from) };
  return dispatch(phrase.head, args);
}

function unknown(input: CommandInput): ParsedCommand {
  const norms = input.tokens.map((token) => token.norm);
  let suggestion: string | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const phrase of COMMAND_PHRASES) {
    if (norms.length < phrase.words.length) continue;
    const typed = norms.slice(0, phrase.words.length).join(' ');
    const candidate = phrase.words.join(' ');
    if (Math.abs(typed.length - candidate.length) > 3) continue;
    const distance = levenshtein(typed, candidate);
    if (distance <= defaultMaxDistance(candidate.length) && distance < best) {
      best = distance;
      suggestion = candidate;
    }
  }
  const typed = input.text.slice(0, 200);
  return suggestion === undefined ? { kind: 'unknown', input: typed } : { kind: 'unknown', input: typed, suggestion };
}

function dispatch(head: CommandHead, args: Args): ParsedCommand {
  switch (head) {
    case 'help': case 'status': case 'myAnswers': case 'resume': case 'circlesStart':
    case 'dialogueList': case 'digestStop': case 'digestNow': case 'myData': case 'forgetMe': case 'partnershipList':
      // Extra words after a command without arguments are harmless; ignore them.
      return { kind: head };
    case 'link':
      return args.text === '' ? missing('link') : { kind: 'link', partnershipName: args.text };
    case 'addCoordinator':
      return personCommand(args, 'addCoordinator');
    case 'regionLead':
      return personCommand(args, 'regionLead');
    case 'askNow':
      return askNow(args);
    case 'rhythm':
      return rhythm(args);
    case 'focus':
      return focus(args);
    case 'window':
      return windowSet(args);
    case 'pause':
    case 'blackout':
      return dated(args, head);
    case 'reminders':
      return reminders(args);
    case 'privacy':
      return privacy(args);
    case 'audit':
      return { kind: 'audit' };
    case 'dialoguePlan':
      return { kind: 'dialoguePlan', rest: args.text };
    case 'dialogueMove':
    case 'dialogueCancel':
      return numbered(args, head);
    case 'digestSubscribe':
      return digestSubscribe(args);
    case 'regionNew':
      return regionNew(args);
    case 'partnershipNew':
      return partnershipNew(args);
    case 'dialogue':
      return args.tokens.length === 0 ? { kind: 'dialogueList' } : subcommand('dialogue', args);
    case 'partnership':
      return args.tokens.length === 0 ? { kind: 'partnershipList' } : subcommand('partnership', args);
    case 'digest':
    case 'region':
      return args.tokens.length === 0 ? missing(head) : subcommand(head, args);
  }
}

function subcommand(group: CommandGroup, args: Args): ParsedCommand {
  const typed = args.tokens[0].raw;
  const candidates = GROUP_SUBCOMMANDS[group];
  const near = candidates.find((word) => levenshtein(args.tokens[0].norm, word) <= defaultMaxDistance(word.length));
  return invalid(group, { reason: 'subcommand', detail: typed, ...(near ? { suggestion: near } : {}) });
}

function personCommand(args: Args, command: 'addCoordinator' | 'regionLead'): ParsedCommand {
  const first = args.tokens[0];
  if (!first) return missing(command);
  let person = parseMention(first.source);
  if (!person) return invalid(command, { reason: 'person', detail: first.raw });
  // Teams can split one mention into "<at>Jan</at> <at>de Vries</at>".
  let next = 1;
  while (person.platform === 'teams' && args.tokens[next] && isTeamsMentionToken(args.tokens[next].source)) {
    const more = parseMention(args.tokens[next].source);
    if (more?.platform !== 'teams') break;
    person = { platform: 'teams', name: `${person.name} ${more.name}` };
    next += 1;
  }
  const rest = textFrom(args.input, args.from + next);
  if (command === 'regionLead') {
    return rest === '' ? missing(command) : { kind: 'regionLead', person, region: rest };
  }
  return rest === '' ? { kind: 'addCoordinator', person } : { kind: 'addCoordinator', person, partnershipName: rest };
}

function askNow(args: Args): ParsedCommand {
  if (args.text === '') return { kind: 'askNow' };
  const point = findFocusPoint(args.text);
  if (point) return { kind: 'askNow', focus: point.code };
  const suggestion = suggestFocusPoint(args.text)?.code;
  return invalid('askNow', { reason: 'focus', detail: args.text, ...(suggestion ? { suggestion } : {}) });
}

function rhythm(args: Args): ParsedCommand {
  if (args.tokens.length === 0) return { kind: 'rhythmShow' };
  const result = parseSchedule(args.tokens, true);
  if (!result.ok) return invalid('rhythmSet', result);
  const { cadence = 'weekly', weekday, time } = result.value;
  if (weekday === undefined) return invalid('rhythmSet', { reason: 'weekday' });
  if (time === undefined) return invalid('rhythmSet', { reason: 'time' });
  return { kind: 'rhythmSet', cadence, weekday, time };
}

function digestSubscribe(args: Args): ParsedCommand {
  const result = parseSchedule(args.tokens, false);
  if (!result.ok) return invalid('digestSubscribe', result);
  const { weekday, time } = result.value;
  return {
    kind: 'digestSubscribe',
    ...(weekday !== undefined ? { weekday } : {}),
    ...(time !== undefined ? { time } : {}),
  };
}

function focus(args: Args): ParsedCommand {
  if (args.text === '') return missing('focusSet');
  if (args.tokens.length === 1 && ALL_WORDS.has(args.tokens[0].norm)) return { kind: 'focusAll' };
  const result = parseFocusList(args.text);
  return result.ok ? { kind: 'focusSet', codes: result.value } : invalid('focusSet', result);
}

function windowSet(args: Args): ParsedCommand {
  if (args.text === '') return missing('windowSet');
  const match = /^(\d{1,4})\s*([a-z]*)$/i.exec(args.text.replace(/[.,]$/, ''));
  const unit = match ? match[2].toLowerCase() : undefined;
  if (!match || unit === undefined || !Object.hasOwn(WINDOW_UNITS, unit)) {
    return invalid('windowSet', { reason: 'number', detail: args.text });
  }
  const days = Number(match[1]) * WINDOW_UNITS[unit];
  if (days < 1 || days > MAX_WINDOW_DAYS) return invalid('windowSet', { reason: 'number', detail: args.text });
  return { kind: 'windowSet', days };
}

function dated(args: Args, head: 'pause' | 'blackout'): ParsedCommand {
  const skip = head === 'pause' && args.tokens[0] && PAUSE_FILLER.has(args.tokens[0].norm) ? 1 : 0;
  const text = textFrom(args.input, args.from + skip);
  if (text === '') return missing(head);
  const date = parseDate(text);
  if (date === undefined) return invalid(head, { reason: 'date', detail: text });
  return head === 'pause' ? { kind: 'pause', until: date } : { kind: 'blackout', date };
}

function reminders(args: Args): ParsedCommand {
  const first = args.tokens[0];
  if (!first) return missing('reminders');
  const on = parseOnOff(first.norm);
  if (on === undefined) return invalid('reminders', { reason: 'onOff', detail: first.raw });
  if (args.tokens.length > 1) return invalid('reminders', { reason: 'unexpectedArgument', detail: textFrom(args.input, args.from + 1) });
  return { kind: 'reminders', on };
}

const POLICY_WORDS: Readonly<Record<string, 'delete' | 'keep_scores'>> = {
  verwijderen: 'delete', verwijder: 'delete', wissen: 'delete', delete: 'delete', remove: 'delete',
  bewaren: 'keep_scores', bewaar: 'keep_scores', anoniem: 'keep_scores', keep: 'keep_scores', anonymise: 'keep_scores', anonymize: 'keep_scores',
};

function privacy(args: Args): ParsedCommand {
  const first = args.tokens[0];
  if (!first) return { kind: 'privacy' };
  const policy = Object.hasOwn(POLICY_WORDS, first.norm) ? POLICY_WORDS[first.norm] : undefined;
  if (!policy) {
    const near = Object.keys(POLICY_WORDS).find((word) => levenshtein(first.norm, word) <= defaultMaxDistance(word.length));
    return invalid('privacy', { reason: 'subcommand', detail: first.raw, ...(near ? { suggestion: near } : {}) });
  }
  if (args.tokens.length > 1) return invalid('privacy', { reason: 'unexpectedArgument', detail: textFrom(args.input, args.from + 1) });
  return { kind: 'privacy', policy };
}

function numbered(args: Args, head: 'dialogueMove' | 'dialogueCancel'): ParsedCommand {
  const first = args.tokens[0];
  if (!first) return missing(head);
  const n = parsePositiveInt(first.raw);
  if (n === undefined) return invalid(head, { reason: 'number', detail: first.raw });
  if (head === 'dialogueCancel') return { kind: 'dialogueCancel', n };
  const when = textFrom(args.input, args.from + 1);
  return when === '' ? missing(head) : { kind: 'dialogueMove', n, when };
}

function regionNew(args: Args): ParsedCommand {
  if (args.tokens.length === 0) return missing('regionNew');
  const { nameTokens, ...keywords } = peelRegionKeywords(args.tokens);
  const name = textFrom(args.input, args.from, args.from + nameTokens);
  return name === '' ? missing('regionNew') : { kind: 'regionNew', name, ...keywords };
}

const REGION_WORDS = ['regio', 'region', 'onderwijsregio'];

function partnershipNew(args: Args): ParsedCommand {
  const { tokens } = args;
  // The last "regio" with a name before it separates name and region.
  let separator = -1;
  for (let i = tokens.length - 1; i >= 1 && separator < 0; i--) {
    if (REGION_WORDS.includes(tokens[i].norm)) separator = i;
  }
  // "regio Onderwijsregio Binnenmeren": real region names start with a separator word; split before the run.
  while (separator > 1 && REGION_WORDS.includes(tokens[separator - 1].norm)) separator -= 1;
  if (separator < 0) return missing('partnershipNew');
  const regionTokens = tokens.slice(separator + 1);
  const { remaining, sectors } = peelSectors(regionTokens, 1);
  const name = textFrom(args.input, args.from, args.from + separator);
  const regionStart = args.from + separator + 1;
  const region = remaining === 0 ? '' : textFrom(args.input, regionStart, regionStart + remaining);
  if (name === '' || region === '') return missing('partnershipNew');
  return { kind: 'partnershipNew', name, region, sectors };
}
