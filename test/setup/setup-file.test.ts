/** The setup file without a database: Dutch and English, tolerant values, and a clear message (with line) per mistake. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, parseYamlText } from '../../src/cli/setup-file.reader';
import { DEMO_PLAN } from '../../src/domain/setup/demo-cases';
import { KnownNames, readSetupData } from '../../src/domain/setup/setup-file';
import { SetupPlan } from '../../src/domain/setup/setup-plan';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'regio.yml');

function read(text: string, known?: KnownNames): { plan?: SetupPlan; problems: string[] } {
  const yaml = parseYamlText(text);
  if (!yaml.ok) return { problems: yaml.problems.map((p) => formatProblem('regio.yml', p)) };
  const result = readSetupData(yaml.data, known);
  return result.ok ? { plan: result.plan, problems: [] } : { problems: yaml.locate(result.problems).map((p) => formatProblem('regio.yml', p)) };
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const REGION = ["regio's:", '  - naam: Onderwijsregio Binnenmeren', '    soort: krimp', '    vakantieregio: noord'];

describe('setup file: reading', () => {
  it('examples/regio.yml is exactly the demo plan', () => {
    expect(read(readFileSync(EXAMPLE, 'utf8'))).toEqual({ plan: DEMO_PLAN, problems: [] });
  });

  it('English field names and values give the same plan as Dutch ones', () => {
    const dutch = read(lines(...REGION,
      'partnerschappen:', '  - naam: Opleiden VO', '    sectoren: [vo, po]', "    regio's:", '      - regio: Onderwijsregio Binnenmeren', '        positie: binnen',
      'mensen:', '  - naam: Ingrid', '    e-mail: Ingrid@Binnenmeren.example', '    taal: en', '    coordinator_van: Opleiden VO', '    regioleider_van: [Onderwijsregio Binnenmeren]'));
    const english = read(lines('regions:', '  - name: onderwijsregio binnenmeren', '    kind: shrinking', '    holiday_region: north',
      'partnerships:', '  - name: Opleiden VO', '    sectors: po, vo', '    regions:', '      - region: Onderwijsregio Binnenmeren', '        positioning: within',
      'people:', '  - name: Ingrid', '    email: ingrid@binnenmeren.example', '    language: EN', '    coordinator_of: [Opleiden VO]', '    region_lead_of: Onderwijsregio Binnenmeren'));
    expect(dutch.problems).toEqual([]);
    expect(english.problems).toEqual([]);
    expect({ ...english.plan, regions: dutch.plan?.regions }).toEqual(dutch.plan);
    expect(dutch.plan?.partnerships[0].sectors).toEqual(['po', 'vo']);
    expect(dutch.plan?.people[0]).toMatchObject({ email: 'ingrid@binnenmeren.example', locale: 'en', coordinatorOf: ['Opleiden VO'] });
  });

  it('leaves out positioning: one region is "binnen", several are "overspant"; kind and holiday region stay unset', () => {
    const { plan } = read(lines("regio's:", '  - naam: A', '  - naam: B', 'partnerschappen:',
      "  - {naam: Een, sectoren: po, regio's: A}", "  - {naam: Twee, sectoren: [mbo], regio's: [A, B]}"));
    expect(plan?.regions).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(plan?.partnerships.map((p) => p.regions)).toEqual([
      [{ region: 'A', positioning: 'within' }],
      [{ region: 'A', positioning: 'spans' }, { region: 'B', positioning: 'spans' }],
    ]);
  });

  it('accepts is_regio and is_region, and people by platform id only', () => {
    const { plan, problems } = read(lines("regio's: [{naam: A}]", "partnerschappen: [{naam: P, sectoren: po, regio's: [{regio: A, positie: is_region}]}]",
      'mensen:', '  - naam: Sam', '    platform_id: [slack:T0123ABCD:U0456EFGH, "teams:72f988bf-86f1-41af-91ab-2d7cd011db47:3f2b8c1e-0d4a-4a57-9c1e-2b7d6e8f9a01"]', '    lid_van: P'));
    expect(problems).toEqual([]);
    expect(plan?.partnerships[0].regions).toEqual([{ region: 'A', positioning: 'is_region' }]);
    expect(plan?.people[0].identities).toEqual([
      { platform: 'slack', workspaceId: 'T0123ABCD', userId: 'U0456EFGH' },
      { platform: 'teams', workspaceId: '72f988bf-86f1-41af-91ab-2d7cd011db47', userId: '3f2b8c1e-0d4a-4a57-9c1e-2b7d6e8f9a01' },
    ]);
  });

  it('may refer to regions and partnerships that Oogst already has', () => {
    const text = lines("partnerschappen: [{naam: Nieuw, sectoren: po, regio's: [onderwijsregio binnenmeren]}]", 'mensen: [{naam: K, e-mail: k@x.example, lid_van: Bestaand}]');
    expect(read(text).problems).toHaveLength(2);
    expect(read(text, { regions: ['Onderwijsregio Binnenmeren'], partnerships: ['Bestaand'] }).problems).toEqual([]);
  });
});

describe('setup file: bad input, with line and column', () => {
  it.each<[string, string, RegExp]>([
    ['unknown region of a partnership', lines(...REGION, "partnerschappen: [{naam: P, sectoren: po, regio's: [Onderwijsregio Binnemeren]}]"),
      /regel 5, kolom \d+: Regio "Onderwijsregio Binnemeren" bestaat niet: niet in dit bestand en niet in Oogst\. Bedoel je "Onderwijsregio Binnenmeren"\?/],
    ['regions differing only in case and accents', lines(...REGION, '  - naam: onderwijsregio BINNENMÉREN'),
      /regel 5, kolom 11: Regio "onderwijsregio BINNENMÉREN" staat al in het bestand als "Onderwijsregio Binnenmeren"\. Namen die alleen in hoofdletters, accenten/],
    ['partnerships differing only in punctuation', lines(...REGION, 'partnerschappen:', "  - {naam: Opleiden PO, sectoren: po, regio's: Onderwijsregio Binnenmeren}", "  - {naam: 'opleiden-po', sectoren: po, regio's: Onderwijsregio Binnenmeren}"),
      /regel 7, .*Partnerschap "opleiden-po" staat al in het bestand als "Opleiden PO"/],
    ['a partnership that is the region and lies in another one', lines(...REGION, '  - naam: Kustland', 'partnerschappen:', '  - naam: P', '    sectoren: po', "    regio's:", '      - {regio: Onderwijsregio Binnenmeren, positie: is_regio}', '      - {regio: Kustland, positie: overspant}'),
      /regel 10, kolom 7: Partnerschap "P" is de regio "Onderwijsregio Binnenmeren" \(positie is_regio\) en ligt tegelijk in een andere regio/],
    ['"binnen" in two regions', lines(...REGION, '  - naam: Kustland', "partnerschappen: [{naam: P, sectoren: po, regio's: [{regio: Kustland, positie: binnen}, Onderwijsregio Binnenmeren]}]"),
      /Partnerschap "P" ligt in meer dan één regio .* maar heeft positie binnen/],
    ['an invalid e-mail address', lines('mensen:', '  - naam: Sanne', '    e-mail: sanne@'), /regel 3, kolom 13: Persoon "Sanne", e-mail: "sanne@" is geen geldig e-mailadres\./],
    ['an unknown sector', lines(...REGION, 'partnerschappen:', '  - naam: P', '    sectoren: [po, hbo]', "    regio's: Onderwijsregio Binnenmeren"),
      /regel 7, kolom 20: Partnerschap "P", sectoren: "hbo" ken ik niet; kies po, vo of mbo\./],
    ['no sector at all', lines(...REGION, "partnerschappen: [{naam: P, sectoren: [], regio's: Onderwijsregio Binnenmeren}]"), /noem minstens één sector/],
    ['an unknown region kind', lines("regio's:", '  - naam: A', '    soort: groei'), /regel 3, kolom 12: Regio "A", soort: "groei" ken ik niet; kies tekort, krimp of anders\./],
    ['an unknown holiday region', lines("regio's:", '  - naam: A', '    vakantieregio: oost'), /vakantieregio: "oost" ken ik niet; kies noord, midden of zuid/],
    ['an unknown positioning', lines(...REGION, "partnerschappen: [{naam: P, sectoren: po, regio's: [{regio: Onderwijsregio Binnenmeren, positie: naast}]}]"),
      /Partnerschap "P", regio's \(nummer 1\), positie: "naast" ken ik niet; kies is_regio, binnen of overspant/],
    ['a misspelt field, with a suggestion', lines("regio's:", '  - naam: A', '    sooort: krimp'), /regel 3, kolom 5: Onbekend veld "sooort"\. Bedoel je "soort"\?/],
    ['a missing name', lines("regio's:", '  - soort: krimp'), /regel 2, kolom 5: Regio nummer 1, naam: is verplicht\./],
    ['a person Oogst cannot recognise', lines('mensen:', '  - naam: Anoniem'), /Bij "Anoniem" staat geen e-mail en geen platform_id/],
    ['the same e-mail twice', lines('mensen:', '  - {naam: A, e-mail: a@x.example}', '  - {naam: B, e-mail: A@X.example}'), /regel 3, .*a@x\.example staat ook al bij "A"/],
    ['a coordinator of an unknown partnership', lines('mensen:', '  - naam: A', '    e-mail: a@x.example', '    coordinator_van: Nergens'), /regel 4, kolom 22: Partnerschap "Nergens" bestaat niet/],
    ['a lead of an unknown region', lines('mensen: [{naam: A, e-mail: a@x.example, regioleider_van: [Nergens]}]'), /Regio "Nergens" bestaat niet/],
    ['a Teams id without tenant in the file', lines('mensen: [{naam: A, platform_id: "teams:3f2b8c1e-0d4a-4a57-9c1e-2b7d6e8f9a01"}]'), /is geen platform-id; schrijf teams:<tenant-id>:<object-id>/],
    ['a name of only punctuation', lines("regio's: [{naam: '!!!'}]"), /De naam "!!!" moet letters of cijfers bevatten/],
    ['a list where a block belongs', lines('- naam: A'), /Het bestand moet een blok met velden zijn/],
    ['an empty file', '# alleen commentaar\n', /Het bestand is leeg/],
  ])('%s', (_case, text, message) => {
    const { plan, problems } = read(text);
    expect(plan).toBeUndefined();
    expect(problems.join('\n')).toMatch(message);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const { problems } = read(lines("regio's:", '  - naam: A', '    soort: [krimp', 'partnerschappen: []'));
    expect(problems).toEqual([expect.stringMatching(/^regio\.yml, regel 4, kolom 1: YAML-fout: de inspringing klopt niet \(/)]);
  });

  it('reports a field written twice as a YAML error at the second one', () => {
    expect(read(lines("regio's:", '  - naam: A', '    naam: B')).problems).toEqual([expect.stringMatching(/^regio\.yml, regel 3, kolom 5: YAML-fout: een veld staat twee keer/)]);
  });

  it('reports every problem at once, in file order', () => {
    const { problems } = read(lines("regio's:", '  - naam: A', '    soort: groei', 'mensen:', '  - naam: B', '    e-mail: nee', '    rol: baas'));
    expect(problems.map((p) => p.match(/regel (\d+)/)?.[1])).toEqual(['3', '6', '7']);
  });
});
