/**
 * The standalone HTML report and the chart pictures behind signed, expiring links, over HTTP against the real app
 * (both databases): the report is complete and names nobody, the pictures are PNGs, and forged, altered and
 * expired links are refused before anything is read.
 */
import { digestLinks } from '../../src/server/digest/digest.links';
import { FixedClock } from '../support/app-deps';
import { describeEachDatabase } from '../support/test-databases';
import { startTeamsTestApp, TeamsTestApp } from '../bots/teams/support/teams-test-app';
import { GOLDEN, GOLDEN_NOW, GOLDEN_WEEK, MEMBER_NAMES, seedDialogues, seedRegion, SeededRegion } from './support/golden-region';

const SECRET = 'digest-report-test-secret-0123456789abcdef';

describeEachDatabase('the digest report over HTTP', (db) => {
  let t: TeamsTestApp;
  let region: SeededRegion;
  const clock = new FixedClock(GOLDEN_NOW);
  const links = (locale: 'nl' | 'en' = 'nl', regionId = region.regionId) => digestLinks(configOf(t), regionId, GOLDEN_WEEK, locale, clock.now());
  const configOf = (app: TeamsTestApp) => ({ OOGST_LINK_SECRET: SECRET, HOST: '127.0.0.1', PORT: Number(new URL(app.app.url).port) });

  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { OOGST_LINK_SECRET: SECRET, SCHEDULER_ENABLED: 'false' }, clock);
    region = await seedRegion(t.app.db.prisma, 'Regio Rapport', GOLDEN);
    await seedDialogues(t.app.db.prisma, region.partnerships.Alfa);
  });
  afterAll(async () => t?.stop());

  it('serves the report: every section, charts inline as SVG, a strict CSP, and no names', async () => {
    const res = await fetch(links().report);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Weekoverzicht Regio Rapport');
    expect(html).toContain('Week 48: 23 november t/m 29 november 2026');
    expect(html.match(/<svg /g)).toHaveLength(2);
    for (const text of ['Voor de agenda', 'Financiën: laagste gemiddelde score (2,0)', 'Alfa: deelname gedaald (−20 procentpunt)', 'Bravo: deelname gedaald tot te weinig reacties', 'Brug (2)', 'We delen de begeleiding.', 'Afspraak met HR plannen.', '@page', '@media print']) expect(html).toContain(text);
    for (const name of MEMBER_NAMES) expect(html).not.toContain(name);
    for (const ids of Object.values(region.people)) for (const id of ids) expect(html).not.toContain(id);
    // Shared by a group below k (Bravo, Charlie): never in the report.
    expect(html).not.toContain('Bravo deelt iets');
    expect(html).not.toContain('Charlie citaat');
  });

  it('speaks English at the English link', async () => {
    const html = await (await fetch(links('en').report)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Weekly digest Regio Rapport');
    expect(html).toContain('too few responses');
  });

  it('serves the three chart pictures as PNG', async () => {
    for (const url of Object.values(links().charts)) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
  });

  it('refuses forged and altered links (403), unknown paths (404) and expired links (410)', async () => {
    const good = new URL(links().report);
    const forged = new URL(good);
    forged.searchParams.set('signature', 'f'.repeat(64));
    expect((await fetch(forged)).status).toBe(403);
    const otherLanguage = new URL(good);
    otherLanguage.pathname = otherLanguage.pathname.replace('report.nl.html', 'report.en.html');
    expect((await fetch(otherLanguage)).status).toBe(403);
    const otherRegion = new URL(good);
    otherRegion.pathname = otherRegion.pathname.replace(region.regionId, region.partnerships.Alfa);
    expect((await fetch(otherRegion)).status).toBe(403);
    const longer = new URL(good);
    longer.searchParams.set('expires', String(Number(good.searchParams.get('expires')) + 3600));
    expect((await fetch(longer)).status).toBe(403);
    const unsigned = new URL(good);
    unsigned.search = '';
    expect((await fetch(unsigned)).status).toBe(403);
    const notMonday = new URL(good);
    notMonday.pathname = notMonday.pathname.replace(GOLDEN_WEEK, '2026-11-24');
    expect((await fetch(notMonday)).status).toBe(404);
    // A correctly signed link to a region that does not exist finds nothing.
    expect((await fetch(links('nl', '99999999-9999-4999-8999-999999999999').report)).status).toBe(404);
    const expiring = links().report;
    clock.advance(31 * 24 * 3_600_000);
    try {
      const res = await fetch(expiring);
      expect(res.status).toBe(410);
      expect(await res.text()).toMatch(/verlopen/);
    } finally {
      clock.advance(-31 * 24 * 3_600_000);
    }
  });
});
