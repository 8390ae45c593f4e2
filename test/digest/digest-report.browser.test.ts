/**
 * The digest's HTML report in a real browser: headless Chromium (the Debian package, through playwright-core; never
 * a downloaded browser) opens the signed link, the page renders without errors (its Content-Security-Policy allows
 * its own style and script, nothing else), the charts are drawn, a screenshot is taken, and with print media the
 * print button disappears, nothing is wider than an A4 page, and a PDF comes out. Screenshots and the PDF go to a
 * temp folder. Skipped locally without Chromium (with the reason), a failure in CI (CI=true).
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { digestLinks } from '../../src/server/digest/digest.links';
import { FixedClock } from '../support/app-deps';
import { createTestDatabase, TestDatabase } from '../support/test-databases';
import { startTeamsTestApp, TeamsTestApp } from '../bots/teams/support/teams-test-app';
import { GOLDEN, GOLDEN_NOW, GOLDEN_WEEK, seedDialogues, seedRegion } from './support/golden-region';

const CHROMIUM = process.env.OOGST_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SECRET = 'digest-browser-test-secret-0123456789abcdef';
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';

if (!haveChromium && inCi) {
  it('needs Chromium in CI', () => {
    throw new Error(`Chromium is not installed at ${CHROMIUM}; .ci/run installs it with apt-get (package "chromium").`);
  });
}
if (!haveChromium && !inCi) console.warn(`Skipping the digest report browser test: ${CHROMIUM} not found (apt-get install chromium).`);

const suite = haveChromium ? describe : describe.skip;
suite(haveChromium ? 'the digest report in headless Chromium' : `the digest report in headless Chromium (skipped: ${CHROMIUM} not found; apt-get install chromium)`, () => {
  const out = mkdtempSync(path.join(tmpdir(), 'oogst-digest-report-'));
  let db: TestDatabase;
  let t: TeamsTestApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    t = await startTeamsTestApp(db, { OOGST_LINK_SECRET: SECRET, SCHEDULER_ENABLED: 'false' }, new FixedClock(GOLDEN_NOW));
    const region = await seedRegion(t.app.db.prisma, 'Onderwijsregio Binnenmeren', GOLDEN);
    await seedDialogues(t.app.db.prisma, region.partnerships.Alfa);
    const links = digestLinks({ OOGST_LINK_SECRET: SECRET, HOST: '127.0.0.1', PORT: Number(new URL(t.app.url).port) }, region.regionId, GOLDEN_WEEK, 'nl', GOLDEN_NOW);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL' });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    const response = await page.goto(links.report);
    expect(response?.status()).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await db?.drop();
  });

  it('renders every section and both charts, with no errors or CSP violations', async () => {
    expect(await page.locator('h1').textContent()).toBe('Weekoverzicht Onderwijsregio Binnenmeren');
    expect(await page.locator('section h2').allTextContents()).toEqual([
      'Voor de agenda', 'Deelname per week (8 weken)', 'Focuspunten (8 weken)', 'Partnerschappen (vorige week)',
      'Partnerschap × focuspunt (gemiddelde score, 8 weken)', 'Meest gebruikte trefwoorden', 'Anoniem gedeeld', 'Dialoogtafels',
    ]);
    for (const chart of await page.locator('figure svg').all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(400);
      expect(box?.height).toBeGreaterThan(200);
    }
    expect(await page.locator('svg .series').count()).toBe(1);
    expect(await page.locator('svg .bar').count()).toBe(2);
    expect(await page.locator('table.heatmap td.few').count()).toBeGreaterThan(0);
    // The print button is the page's only script: allowed by its hash, it opens the print dialog.
    const printed = await page.evaluate(() => {
      let called = false;
      window.print = () => { called = true; };
      document.getElementById('print')?.click();
      return called;
    });
    expect(printed).toBe(true);
    expect(problems).toEqual([]);
  });

  it('takes a screenshot', async () => {
    const file = path.join(out, 'digest-report.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(20_000);
  });

  it('prints cleanly: no button, nothing wider than A4, colours kept, and a PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    expect(await page.locator('#print').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('td.few')!).backgroundColor)).toBe('rgb(228, 231, 233)');
    await page.screenshot({ path: path.join(out, 'digest-report-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: path.join(out, 'digest-report.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#print').isVisible()).toBe(true);
  });
});
