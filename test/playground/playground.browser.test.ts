/**
 * End to end in a real browser: headless Chromium (the Debian package, driven by playwright-core; never a
 * downloaded browser) opens the playground, acts as the coordinator of Stad & Streek, asks "vraag nu kwaliteit",
 * answers the prompt card by clicking, sees the confirmation, and the answer is in the database; then an invalid
 * form shows its validation messages. Saves the README's screenshot (docs/playground.png) when
 * UPDATE_SCREENSHOT=1, else into a temp folder, so a CI run leaves the tree clean.
 *
 * Without Chromium the test is skipped locally (with the reason in its name) but fails in CI (CI=true), where
 * .ci/run installs it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { PlaygroundTestApp, startPlaygroundApp } from './support/playground-app';

/** Debian's chromium; OOGST_CHROMIUM points elsewhere (another distribution's path). */
const CHROMIUM = process.env.OOGST_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = process.env.UPDATE_SCREENSHOT === '1'
  ? path.join(__dirname, '..', '..', 'docs', 'playground.png')
  : path.join(mkdtempSync(path.join(tmpdir(), 'oogst-screenshot-')), 'playground.png');
const CONFIRMED = /Dank je!|Je hebt deze vraag beantwoord/;
const SANNE = 'sanne.devries@stadstreek.example';

const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';

if (!haveChromium && inCi) {
  it('needs Chromium in CI', () => {
    throw new Error(`Chromium is not installed at ${CHROMIUM}; .ci/run installs it with apt-get (package "chromium").`);
  });
}

if (!haveChromium && !inCi) console.warn(`Skipping the playground browser test: ${CHROMIUM} not found (apt-get install chromium).`);

const suite = haveChromium ? describe : describe.skip;
suite(haveChromium ? 'the playground in headless Chromium' : `the playground in headless Chromium (skipped: ${CHROMIUM} not found; apt-get install chromium)`, () => {
  let t: PlaygroundTestApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    t = await startPlaygroundApp();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 860 }, locale: 'nl-NL' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** The newest prompt card (Web Chat re-renders a card when the bot replaces it, so look it up each time). */
  const promptCard = (): Locator => page.locator('.ac-adaptiveCard', { hasText: 'Versturen' }).last();
  /**
   * The prompt card once it has stopped changing: after an answer the bot refreshes the channel card, and the
   * relay redraws it for each viewer; typing into a card that is about to be replaced would be lost.
   */
  const settledPromptCard = async (): Promise<Locator> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const card = await promptCard().elementHandle();
      await page.waitForTimeout(500);
      if (await card?.evaluate((el) => el.isConnected)) return promptCard();
    }
    throw new Error('the prompt card kept changing');
  };
  const answers = () => t.app.db.prisma.answer.findMany({ where: { person: { email: SANNE }, prompt: { slotKey: { startsWith: 'manual:' } } }, include: { prompt: true } });

  it('acts as coordinator, asks for a prompt, answers it by clicking, and the answer is stored', async () => {
    await page.goto(t.app.playground!.url);
    await page.selectOption('#partnership', 'samen-opleiden-stad-streek');
    await page.selectOption('#role', 'coordinator');
    await page.selectOption('#person', 'sanne-de-vries');
    await page.click('#start');
    await page.waitForFunction(() => document.getElementById('webchat')?.dataset.conversationId);
    await expectText(page.locator('#who'), /Sanne de Vries \(coördinator bij Samen Opleiden Stad & Streek\)/);

    const sendBox = page.locator('.webchat__send-box-text-box__input');
    await sendBox.fill('vraag nu kwaliteit');
    await sendBox.press('Enter');
    await promptCard().waitFor({ timeout: 15_000 });
    await expectText(promptCard(), /Kwaliteit is gedeeld eigenaarschap/);
    await page.getByText('De vraag over Kwaliteit staat klaar').waitFor();

    // No score: the card's own validation (Web Chat's Adaptive Cards renderer) stops the submit.
    await promptCard().getByRole('button', { name: 'Versturen' }).click();
    await promptCard().getByText('Kies eerst een score van 1 tot 5.').waitFor();
    expect(await answers()).toEqual([]);

    const card = await settledPromptCard();
    await card.getByLabel('4 - Dichtbij').check();
    await card.locator('textarea').first().fill('In deze Onderwijsregio ijken opleiders van school en instituut samen hun beoordelingen.');
    await card.locator('input[type=text]').first().fill('gedeeld kompas');
    await card.getByLabel('Deel anoniem in samenvattingen').check();
    await card.getByRole('button', { name: 'Versturen' }).click();

    await page.locator('.ac-adaptiveCard', { hasText: CONFIRMED }).last().waitFor({ timeout: 15_000 });
    const stored = await answers();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ score: 4, keyword: 'gedeeld kompas', shareAnonymously: true, prompt: { focusCode: 'kwaliteit' } });
    expect(stored[0].scenario).toMatch(/^In deze Onderwijsregio ijken/);

    // The picture: the answered card at the top of the transcript, once the count refresh has come and gone.
    await page.waitForTimeout(1_000);
    await page.locator('.ac-adaptiveCard', { hasText: CONFIRMED }).last().evaluate((card) => {
      const transcript = card.closest('.webchat__basic-transcript__scrollable');
      if (transcript) transcript.scrollTop += card.getBoundingClientRect().top - transcript.getBoundingClientRect().top - 12;
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, 60_000);

  it('shows the validation message of the bot for a keyword that is too long, and stores nothing of it', async () => {
    const card = await settledPromptCard();
    const keyword = card.locator('input[type=text]').first();
    // Teams and Web Chat stop typing at maxLength; an older client does not: the bot checks it again.
    await keyword.evaluate((el) => el.removeAttribute('maxlength'));
    await keyword.fill('x'.repeat(120));
    await card.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Je metafoor of trefwoord is te lang: maximaal 80 tekens, nu 120.').waitFor({ timeout: 15_000 });
    expect((await answers())[0].keyword).toBe('gedeeld kompas');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await locator.filter({ hasText: pattern }).first().waitFor({ timeout: 10_000 });
}
