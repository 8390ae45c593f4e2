/** The Teams manifest template and its English language file, checked against Microsoft's official schemas. */
import { readFileSync } from 'node:fs';
import { findTokens, KNOWN_TOKENS } from '../../scripts/lib/manifest-template';
import {
  fillManifest,
  loadTeamsSchema,
  shippedTeamsSchemaVersions,
  TEAMS_LOCALIZATION_PATH,
  TEAMS_TEMPLATE_PATH,
  validateTeamsLocalization,
  validateTeamsManifest,
} from '../../scripts/teams-package';

const SAMPLE = { botId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', publicBaseUrl: 'https://oogst.example.nl/' };
const templateText = readFileSync(TEAMS_TEMPLATE_PATH, 'utf8');
const localization = JSON.parse(readFileSync(TEAMS_LOCALIZATION_PATH, 'utf8')) as Record<string, unknown>;

type Command = { title: string; description?: string };
type CommandList = { scopes: string[]; commands: Command[] };
type Manifest = Record<string, unknown> & {
  manifestVersion: string;
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: CommandList[] }[];
  validDomains: string[];
  developer: Record<string, string>;
  name: { short: string; full: string };
  description: { short: string; full: string };
};

const filled = () => fillManifest(templateText, SAMPLE) as Manifest;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const titles = (list: CommandList) => list.commands.map((c) => c.title);
const listFor = (m: Manifest, scope: string) => m.bots[0].commandLists.find((l) => l.scopes.includes(scope));

describe('Teams manifest template', () => {
  it('contains only the known tokens, and fills them all', () => {
    const tokens = findTokens(JSON.parse(templateText));
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.filter((t) => !(KNOWN_TOKENS as readonly string[]).includes(t))).toEqual([]);
    expect(JSON.stringify(filled())).not.toMatch(/\{\{|\}\}/);
  });

  it('uses the newest manifest version whose schema @microsoft/app-manifest ships (at least 1.24)', () => {
    const versions = shippedTeamsSchemaVersions();
    const m = filled();
    expect(m.manifestVersion).toBe(versions[versions.length - 1]);
    expect(Number(m.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(24);
  });

  it('validates against the official schema once filled', () => {
    expect(validateTeamsManifest(filled())).toEqual([]);
  });

  it('fills the bot id, the URLs and the valid domain from the sample values', () => {
    const m = filled();
    expect(m.id).toBe(SAMPLE.botId);
    expect(m.bots[0].botId).toBe(SAMPLE.botId);
    expect(m.developer.websiteUrl).toBe('https://oogst.example.nl');
    expect(m.developer.privacyUrl).toBe('https://oogst.example.nl/privacy');
    expect(m.validDomains).toEqual(['oogst.example.nl']);
  });

  it('describes a bot for team, group chat and personal scope, without files', () => {
    const m = filled();
    expect(m.bots).toHaveLength(1);
    expect([...m.bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(m.bots[0].supportsFiles).toBe(false);
    expect(m.name).toEqual({ short: 'Oogst', full: 'Oogst – Samen Opleiden in de Onderwijsregio' });
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('has one command list per scope, each within the schema maximum', () => {
    const m = filled();
    const schema = loadTeamsSchema(m.manifestVersion, 'MicrosoftTeams');
    const maxCommands = schema.properties.bots.items.properties.commandLists.items.properties.commands.maxItems as number;
    expect(maxCommands).toBeGreaterThanOrEqual(12);
    for (const list of m.bots[0].commandLists) {
      expect(list.scopes).toHaveLength(1);
      expect(list.commands.length).toBeLessThanOrEqual(maxCommands);
      for (const command of list.commands) expect(command.description?.length ?? 0).toBeGreaterThan(0);
    }
    const channel = ['hulp', 'koppel', 'coordinator', 'status', 'vraag nu', 'mijn antwoorden', 'ritme', 'focus', 'cirkels', 'dialoog', 'digest', 'mijn gegevens'];
    expect(titles(listFor(m, 'team')!)).toEqual(channel);
    expect(titles(listFor(m, 'groupChat')!)).toEqual(channel);
    expect(titles(listFor(m, 'personal')!)).toEqual(['hulp', 'mijn antwoorden', 'mijn gegevens', 'digest', 'herinneringen']);
  });

  it('is rejected by the validator when a command list is too long or a field is wrong (so "valid" means something)', () => {
    const tooMany = filled();
    tooMany.bots[0].commandLists[0].commands.push({ title: 'dertiende', description: 'te veel' });
    expect(validateTeamsManifest(tooMany)).toEqual([expect.stringMatching(/^\/bots\/0\/commandLists\/0\/commands must NOT have more than 12 items/)]);

    const broken = clone(filled());
    broken.bots[0].botId = '{{BOT_ID}}';
    broken.name.short = 'O'.repeat(31);
    delete (broken.developer as Record<string, unknown>).privacyUrl;
    const errors = validateTeamsManifest(broken).join('\n');
    expect(errors).toMatch(/\/bots\/0\/botId must match pattern/);
    expect(errors).toMatch(/\/name\/short must NOT have more than 30 characters/);
    expect(errors).toMatch(/privacyUrl/);
  });

  it('rejects a template with an unknown token', () => {
    expect(() => fillManifest('{"id": "{{TEAMS_APP_ID}}"}', SAMPLE)).toThrow(/\{\{TEAMS_APP_ID\}\}/);
  });
});

describe('English language file (en.json)', () => {
  it('validates against the official localization schema and points only at texts in the manifest', () => {
    expect(validateTeamsLocalization(localization, filled())).toEqual([]);
  });

  it('translates the names, descriptions and every command description', () => {
    const m = filled();
    expect(localization['description.short']).toEqual(expect.any(String));
    m.bots[0].commandLists.forEach((list, l) =>
      list.commands.forEach((_c, c) => expect(localization[`bots[0].commandLists[${l}].commands[${c}].description`]).toEqual(expect.any(String))),
    );
  });

  it('is rejected when a key points nowhere or a text is too long', () => {
    const broken = {
      ...localization,
      'bots[0].commandLists[2].commands[9].description': 'no such command',
      'bots[0].commandLists[0].commands[0].description': 'x'.repeat(4001),
      'description.short': 'x'.repeat(81),
    };
    const errors = validateTeamsLocalization(broken, filled()).join('\n');
    expect(errors).toMatch(/commands\[9\]\.description" verwijst naar geen tekst/);
    expect(errors).toMatch(/description\.short must NOT have more than 80 characters/);
    expect(errors).toMatch(/commands\[0\]\.description must NOT have more than 4000 characters/);
    expect(validateTeamsLocalization({ ...localization, unknownKey: 'x' }, filled()).join('\n')).toMatch(/additional properties \("unknownKey"\)/);
  });
});
