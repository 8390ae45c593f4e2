/**
 * The setup file against a real database (SQLite and PostgreSQL): apply, re-apply, change, dry run, and every
 * bad input leaving the database exactly as it was.
 */
import { applySetupText, SetupOutcome } from '../../src/cli/setup-apply';
import { DEMO_PLAN } from '../../src/domain/setup/demo-cases';
import { SetupReport } from '../../src/domain/setup/setup-plan';
import { SetupService } from '../../src/domain/setup/setup.service';
import { Repositories } from '../../src/domain/ports';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';
import { DEMO_COUNTS, EMPTY_COUNTS, EXAMPLE, rowCounts, withoutBlock } from './setup-fixtures';

const report = (outcome: SetupOutcome): SetupReport => {
  if (!outcome.ok) throw new Error(`unexpected problems: ${outcome.problems.map((p) => p.message).join('\n')}`);
  return outcome.report;
};
const problems = (outcome: SetupOutcome): string => (outcome.ok ? '(no problems)' : outcome.problems.map((p) => `${p.line ?? '-'}: ${p.message}`).join('\n'));
const kinds = (r: SetupReport, kind: string) => r.changes.filter((c) => c.kind === kind).map((c) => `${c.entity} ${c.name}`);

describeEachDatabase('setup file', (testDb) => {
  let db: Database;
  let repos: Repositories;
  const apply = (text: string, dryRun = false) => applySetupText(text, repos, { dryRun });

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
    repos = createRepositories(db.prisma);
  });
  afterAll(() => db.close());

  it('a dry run reports what it would create and writes nothing', async () => {
    const r = report(await apply(EXAMPLE, true));
    expect(kinds(r, 'created')).toHaveLength(35);
    expect(await rowCounts(db)).toEqual(EMPTY_COUNTS);
  });

  it('applies the example: the same as the demo plan', async () => {
    const r = report(await apply(EXAMPLE));
    expect(kinds(r, 'created')).toHaveLength(35);
    expect(r.unlisted).toEqual([]);
    expect(await rowCounts(db)).toEqual(DEMO_COUNTS);
    // Applying DEMO_PLAN on top changes nothing: the file and the plan describe the same region.
    const demo = await new SetupService(repos.setup).applyWithReport(DEMO_PLAN);
    expect(demo.changes.filter((c) => c.kind !== 'unchanged')).toEqual([]);
    expect(demo.unlisted).toEqual([]);
  });

  it('re-applying changes nothing', async () => {
    const r = report(await apply(EXAMPLE));
    expect(kinds(r, 'created')).toEqual([]);
    expect(kinds(r, 'updated')).toEqual([]);
    expect(await rowCounts(db)).toEqual(DEMO_COUNTS);
  });

  it('a changed file updates and adds, deletes nothing, keeps answers, and says what it no longer lists', async () => {
    const mbo = await db.prisma.partnership.findUniqueOrThrow({ where: { nameKey: 'opleiden in de binnenmeren mbo' } });
    const tom = await db.prisma.person.findUniqueOrThrow({ where: { email: 'tom.hendriks@binnenmeren.example' } });
    const prompt = await db.prisma.prompt.create({ data: { partnershipId: mbo.id, slotKey: 'manual:1', focusCode: 'kwaliteit', opensAt: new Date(), closesAt: new Date() } });
    await db.prisma.answer.create({ data: { promptId: prompt.id, personId: tom.id, score: 4, scenario: 'In deze Onderwijsregio ...' } });

    const changed = withoutBlock(EXAMPLE, /naam: Opleiden in de Binnenmeren MBO/, /^# Fictieve/)
      .replace('soort: anders', 'soort: krimp')
      .replace('sectoren: [po]', 'sectoren: [po, vo]')
      .replace('naam: Noor Peters', 'naam: Noor Peters-Bos')
      .concat('  - naam: Evi de Boer\n    e-mail: evi.deboer@binnenmeren.example\n    lid_van: Opleiden in de Binnenmeren MBO\n');
    const r = report(await apply(changed));

    expect(kinds(r, 'updated').sort()).toEqual([
      'partnership Opleiden in de Binnenmeren PO',
      'person Noor Peters-Bos (noor.peters@binnenmeren.example)',
      'region Onderwijsregio Kustland',
    ]);
    expect(kinds(r, 'created')).toEqual([
      'person Evi de Boer (evi.deboer@binnenmeren.example)',
      'role Evi de Boer (evi.deboer@binnenmeren.example): lid van Opleiden in de Binnenmeren MBO',
    ]);
    expect(r.unlisted).toEqual([
      { entity: 'partnership', name: 'Opleiden in de Binnenmeren MBO' },
      { entity: 'membership', name: 'Opleiden in de Binnenmeren MBO / Onderwijsregio Binnenmeren' },
    ]);
    expect(await rowCounts(db)).toEqual({ ...DEMO_COUNTS, people: 12, roles: 11, answers: 1 });
    expect(await db.prisma.answer.findFirst()).toMatchObject({ score: 4, scenario: 'In deze Onderwijsregio ...' });
    expect(await db.prisma.region.findUniqueOrThrow({ where: { nameKey: 'onderwijsregio kustland' } })).toMatchObject({ kind: 'krimp' });
  });

  it('a field the file leaves out keeps its stored value', async () => {
    const r = report(await apply("regio's:\n  - naam: Onderwijsregio Kustland\n"));
    expect(r.changes).toEqual([{ entity: 'region', name: 'Onderwijsregio Kustland', kind: 'unchanged' }]);
    expect(await db.prisma.region.findUniqueOrThrow({ where: { nameKey: 'onderwijsregio kustland' } })).toMatchObject({ kind: 'krimp', holidayRegion: 'noord' });
  });

  it('recognises people by platform id, and links that id to a person set up by e-mail', async () => {
    const text = 'mensen:\n  - naam: Sam Slack\n    platform_id: slack:T0123ABCD:U0SAM\n    lid_van: Samen Opleiden Stad & Streek\n'
      + '  - naam: Kees Bakker\n    e-mail: kees.bakker@stadstreek.example\n    platform_id: slack:T0123ABCD:U0KEES\n';
    const first = report(await apply(text));
    expect(kinds(first, 'created')).toContain('person Sam Slack (slack:T0123ABCD:U0SAM)');
    expect(kinds(first, 'updated')).toEqual(['person Kees Bakker (kees.bakker@stadstreek.example)']);
    expect(report(await apply(text)).changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect((await repos.people.findByIdentity('slack', 'T0123ABCD', 'U0KEES'))?.email).toBe('kees.bakker@stadstreek.example');
    expect((await repos.people.findByIdentity('slack', 'T0123ABCD', 'U0SAM'))?.displayName).toBe('Sam Slack');
  });

  describe('bad input writes nothing', () => {
    let before: Awaited<ReturnType<typeof rowCounts>>;
    beforeEach(async () => {
      before = await rowCounts(db);
    });
    afterEach(async () => {
      expect(await rowCounts(db)).toEqual(before);
    });

    it.each<[string, string, RegExp]>([
      ['an unknown region', "regio's: [{naam: Nieuwland}]\npartnerschappen: [{naam: P, sectoren: po, regio's: [Onderwijsregio Binnemeren]}]\n", /^2: Regio "Onderwijsregio Binnemeren" bestaat niet.*Bedoel je "Onderwijsregio Binnenmeren"/],
      ['names differing in case or accents', "regio's:\n  - naam: Nieuwland\n  - naam: NIEUWLÄND\n", /^3: Regio "NIEUWLÄND" staat al in het bestand als "Nieuwland"/],
      ['is the region and in another', "regio's: [{naam: Nieuwland}]\npartnerschappen:\n  - naam: P\n    sectoren: po\n    regio's: [{regio: Nieuwland, positie: is_regio}, {regio: Onderwijsregio Kustland, positie: overspant}]\n", /is de regio "Nieuwland"/],
      ['an invalid e-mail', "regio's: [{naam: Nieuwland}]\nmensen: [{naam: X, e-mail: 'x@@y'}]\n", /^2: Persoon "X", e-mail: "x@@y" is geen geldig e-mailadres/],
      ['an unknown sector', "regio's: [{naam: Nieuwland}]\npartnerschappen: [{naam: P, sectoren: [hbo], regio's: Nieuwland}]\n", /"hbo" ken ik niet/],
      ['a YAML syntax error', "regio's:\n  - naam: Nieuwland\n   soort: krimp\n", /^3: YAML-fout/],
    ])('%s', async (_case, text, message) => {
      expect(problems(await apply(text))).toMatch(message);
    });

    it('a partnership the region is, placed in a second region by a later file (stored links count)', async () => {
      const text = "regio's: [{naam: Nieuwland}]\npartnerschappen: [{naam: Samen Opleiden Stad & Streek, sectoren: [po, vo, mbo], regio's: [Nieuwland]}]\n";
      expect(problems(await apply(text))).toMatch(/is de regio "Onderwijsregio Stad & Streek".*Oogst verwijdert geen koppelingen/s);
    });

    it('a plan naming a region that exists nowhere is refused by SetupService itself', async () => {
      const plan = { regions: [{ name: 'Nieuwland' }], partnerships: [{ name: 'P', sectors: ['po' as const], regions: [{ region: 'Nergens', positioning: 'within' as const }] }], people: [] };
      await expect(new SetupService(repos.setup).apply(plan)).rejects.toThrow('Partnerschap "P" hoort bij regio "Nergens", maar die regio bestaat niet');
    });

    it('a conflict found half-way through the transaction rolls back what came before it', async () => {
      await repos.people.upsertByIdentity({ platform: 'slack', workspaceId: 'T0123ABCD', userId: 'U0AHMED', displayName: 'Ahmed', email: 'ahmed.elamrani@stadstreek.example' });
      before = await rowCounts(db);
      // The region is written first; the person then turns out to be two different people in Oogst.
      const text = "regio's: [{naam: Nieuwland}]\nmensen: [{naam: Sanne, e-mail: sanne.devries@stadstreek.example, platform_id: 'slack:T0123ABCD:U0AHMED'}]\n";
      expect(problems(await apply(text))).toMatch(/horen in Oogst bij verschillende personen/);
      expect(await db.prisma.region.findUnique({ where: { nameKey: 'nieuwland' } })).toBeNull();
    });
  });
});
