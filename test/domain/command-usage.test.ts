import {
  COMMAND_WORDS,
  HELP_SECTIONS,
  describeCommandUsage,
  helpSections,
  parseCommand,
  renderHelpText,
  type CommandKind,
} from '../../src/domain/commands';
import { LOCALES } from '../../src/domain/i18n';

const ALL_KINDS = Object.values(HELP_SECTIONS).flat();

describe('describeCommandUsage', () => {
  test('help lists every command kind exactly once', () => {
    expect(new Set(ALL_KINDS).size).toBe(ALL_KINDS.length);
    expect(ALL_KINDS).toHaveLength(31);
  });

  test.each(LOCALES.flatMap((locale) => ALL_KINDS.map((kind) => [locale, kind] as const)))(
    '%s usage of %s is what the parser understands',
    (locale, kind: CommandKind) => {
      const usage = describeCommandUsage(kind, locale);
      // The literal part before the first placeholder, first alternative of "a|b".
      const literal = usage.split(/\s[<[]/)[0].replace(/(\S+?)\|\S+/g, '$1');
      const parsed = parseCommand(literal);
      const understood = parsed.kind === kind || (parsed.kind === 'invalid' && parsed.command === kind);
      expect({ literal, understood }).toEqual({ literal, understood: true });
    },
  );

  test('groups list their sub-commands', () => {
    expect(describeCommandUsage('digest', 'nl')).toBe('digest abonneer [dag uu:mm] | digest stop | digest nu');
    expect(describeCommandUsage('dialogue', 'en')).toContain('dialogue cancel <number>');
  });
});

describe('help', () => {
  test('three sections: everyone, coordinators, admins', () => {
    expect(helpSections('nl').map((s) => s.title)).toEqual([
      'Voor iedereen', 'Voor coördinatoren', 'Voor beheerders en regioleiders',
    ]);
    expect(helpSections('en').map((s) => s.audience)).toEqual(['everyone', 'coordinators', 'admins']);
  });

  test('plain text help shows usage and description per command', () => {
    const text = renderHelpText('nl');
    expect(text).toContain('• `koppel <naam partnerschap>`: dit kanaal koppelen aan je partnerschap');
    expect(text).toContain('• `vergeet mij`: al je gegevens laten wissen');
    expect(renderHelpText('en')).toContain('• `forget me`: have all your data erased');
  });
});

describe('COMMAND_WORDS', () => {
  test('contains Dutch and English words, each of which parses to a command', () => {
    expect(COMMAND_WORDS).toEqual(expect.arrayContaining(['koppel', 'link', 'ritme', 'rhythm', 'vergeet mij', 'forget me']));
    for (const word of COMMAND_WORDS) expect(parseCommand(word).kind).not.toBe('unknown');
  });
});
