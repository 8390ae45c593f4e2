import {
  COMMAND_WORDS,
  describeCommandUsage,
  formatParseProblem,
  parseCommand,
  type ParsedCommand,
} from '../../src/domain/commands';

// Small deterministic PRNG so a failure can be reproduced from the seed.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...COMMAND_WORDS, '<at>', '</at>', '<at>Oogst</at>', '<@', '<@U1', '<@U1|x>', '>', '<', '|', '&amp;', '&lt;at&gt;',
  '&nbsp;', '"', '“', '@', '@@', '#', ':', '.', ',', ';', '-', '/', '\\', '09:00', '25:99', '2027-02-30', '5-1-2027',
  '31 december 2027', 'dinsdag', 'di', 'wekelijks', 'om de week', 'alle', 'regio', 'po', 'vo', 'mbo', 'tekort', 'noord',
  'kwaliteit', 'Financiën', '\u0000', '\u200b', '\u00a0', '\n', '\t', '\ud83d', '\ude00', '😀', 'é', 'ß', 'ﬁ', 'İ',
  '\u202e', '<mailto:a@b.c|a@b.c>', 'a@b.c', '<p>', '</p>', '<br/>', '{', '}', '{date}', '$&', '$1', '(', ')', '*', '+',
  '?', '[', ']', '^', '$', '%', '0', '1', '007', '99999999999999999999', 'NaN', 'undefined', 'constructor', '__proto__',
  'toString', 'hasOwnProperty',
];

const KINDS = new Set<ParsedCommand['kind']>([
  'help', 'link', 'addCoordinator', 'status', 'askNow', 'myAnswers', 'rhythmShow', 'rhythmSet', 'focusSet', 'focusAll',
  'windowSet', 'pause', 'resume', 'blackout', 'reminders', 'circlesStart', 'dialoguePlan', 'dialogueList', 'dialogueMove',
  'dialogueCancel', 'digestSubscribe', 'digestStop', 'digestNow', 'myData', 'forgetMe', 'regionNew', 'partnershipNew',
  'partnershipList', 'regionLead', 'privacy', 'audit', 'unknown', 'invalid',
]);

function randomInput(random: () => number): string {
  const count = Math.floor(random() * 12);
  let text = '';
  for (let i = 0; i < count; i++) {
    if (random() < 0.2) {
      text += String.fromCharCode(Math.floor(random() * 0xffff));
    } else {
      text += PIECES[Math.floor(random() * PIECES.length)];
    }
    text += random() < 0.7 ? ' ' : '';
  }
  return text;
}

/** What is wrong with a result, or undefined; collected so 5,000 runs cost one expect. */
function shapeProblem(result: ParsedCommand): string | undefined {
  if (!KINDS.has(result.kind)) return `kind ${result.kind}`;
  if (result.kind === 'invalid' || result.kind === 'unknown') {
    if (formatParseProblem(result, 'nl') === '' || formatParseProblem(result, 'en') === '') return 'empty message';
  }
  if (result.kind === 'invalid' && describeCommandUsage(result.command, 'nl') === '') return 'empty usage';
  if (result.kind === 'rhythmSet' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(result.time)) return `time ${result.time}`;
  if (result.kind === 'pause' && !/^\d{4}-\d{2}-\d{2}$/.test(result.until)) return `date ${result.until}`;
  return undefined;
}

describe('parseCommand never throws', () => {
  test('5,000 random and hostile strings', () => {
    const random = mulberry32(20251030);
    const failures: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const input = randomInput(random);
      try {
        const problem = shapeProblem(parseCommand(input));
        if (problem) failures.push(`${JSON.stringify(input)}: ${problem}`);
      } catch (error) {
        failures.push(`${JSON.stringify(input)}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { text: 'help' }],
    ['an array', ['koppel', 'x']],
  ])('non-string input (%s)', (_name, input) => {
    expect(() => parseCommand(input as unknown as string)).not.toThrow();
  });

  test('huge inputs are answered quickly as unknown', () => {
    const started = Date.now();
    for (const input of ['koppel ' + 'x'.repeat(1_000_000), '<at>'.repeat(100_000), 'a '.repeat(500_000)]) {
      expect(parseCommand(input).kind).toBe('unknown');
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('pathological but allowed lengths stay fast', () => {
    const started = Date.now();
    parseCommand('<at>'.repeat(490));
    parseCommand('focus ' + 'kwaliteit '.repeat(190));
    parseCommand('ritme ' + 'dinsdga '.repeat(240));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('typed text cannot forge a mention through HTML entities', () => {
    expect(parseCommand('coordinator &lt;@U1&gt;')).toEqual({
      kind: 'invalid', command: 'addCoordinator', reason: 'person', detail: '<@U1>',
    });
  });
});
