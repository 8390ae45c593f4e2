/**
 * Privacy on Teams over the real protocol (SQLite and PostgreSQL): the notice in the personal chat on first
 * contact only; "mijn gegevens" links in the personal chat that download parseable JSON and CSV, refused when
 * expired or forged; "vergeet mij" with a confirmation bound to the person (a colleague's crafted submit erases
 * nothing), after which no table holds the name or Teams ids, and the old link shows empty sections.
 */
import { personalDataPath } from '../../../src/server/personal-data.links';
import { LinkSigner } from '../../../src/server/signed-links';
import { findByType } from '../../support/adaptive-card-check';
import { parseCsv } from '../../support/csv';
import { RecordedRequest } from '../../support/fake-bot-connector';
import { scanTextColumns } from '../../support/personal-data-scan';
import { describeEachDatabase } from '../../support/test-databases';
import { download, tampered } from '../../privacy/support/download';
import { BRAM, CARLA, channelMessage, executeInvoke, MEGAN, personalMessage, TENANT_ID, TeamsUser } from './fixtures/teams-activities';
import { cardText, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

const SECRET = 'teams-privacy-test-secret-0123456789abcdef';
const SUBMIT = 'oogst.answer.submit';

describeEachDatabase('Teams: privacy and data rights', (db) => {
  let t: TeamsTestApp;
  const where = (user: TeamsUser = MEGAN) => ({ serviceUrl: t.connector.url, user });
  const personal = (mark: number) => t.connector.since(mark).filter((r) => r.operation === 'send' && r.conversationId?.startsWith('a:'));
  const texts = (requests: RecordedRequest[]) => requests.map((r) => cardText(validCard(r))).join('\n---\n');
  /** The first-contact notice follows an invoke's response: wait for it in the personal chat. */
  const noticeSince = (mark: number) => t.connector.waitFor((r) => t.connector.requests.indexOf(r) >= mark && r.operation === 'send' && !!r.conversationId?.startsWith('a:') && /Zo gaat Oogst om met je gegevens/.test(cardText(validCard(r))));
  const bramId = async () => (await t.app.repos.people.findByIdentity('teams', TENANT_ID, BRAM.aadObjectId))?.id;
  let jsonLink = '';
  let forgetToken = '';

  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { OOGST_LINK_SECRET: SECRET });
    await t.seedPartnership('Stad & Streek');
  });
  afterAll(async () => t?.stop());

  it('sends the privacy notice to the personal chat with the first command, and only then', async () => {
    let mark = t.connector.requests.length;
    await t.post(channelMessage(where(), 'koppel Stad &amp; Streek'));
    expect(texts(personal(mark))).toMatch(/Zo gaat Oogst om met je gegevens[\s\S]*vergeet mij/);
    expect(findByType(validCard(personal(mark)[0]), 'Action.OpenUrl')[0]).toMatchObject({ url: expect.stringMatching(/\/privacy$/) });
    mark = t.connector.requests.length;
    await t.post(channelMessage(where(), 'status'));
    expect(personal(mark)).toHaveLength(0);
  });

  it('a card action can be the first contact: Bram answers and gets the notice in his personal chat', async () => {
    let mark = t.connector.requests.length;
    await t.post(channelMessage(where(), 'vraag nu kwaliteit'));
    const post = t.connector.since(mark).find((r) => r.operation === 'send' && !r.conversationId?.startsWith('a:'))!;
    const prompt = await t.app.db.prisma.prompt.findFirstOrThrow();
    mark = t.connector.requests.length;
    // Opening Bram's personal chat takes a while: his card (the invoke response) does not wait for it.
    t.connector.hold({ ms: 1_500, match: (r) => r.operation === 'createConversation' });
    const started = Date.now();
    const res = await t.post(executeInvoke(where(BRAM), post.returnedId!, SUBMIT, { action: SUBMIT, promptId: prompt.id, score: '4', scenario: 'Bram Jansen ziet het licht.', shareAnonymously: 'false' }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(JSON.stringify(res.body)).toMatch(/Dank je/);
    expect(texts(personal(mark))).toBe(''); // not yet
    await noticeSince(mark);
  });

  it('a refused answer can be the first contact too: Carla answers a closed prompt and still gets the notice', async () => {
    const prompt = await t.app.db.prisma.prompt.findFirstOrThrow();
    const post = await t.app.db.prisma.promptPost.findFirstOrThrow({ where: { promptId: prompt.id } });
    await t.app.services.prompts.close(prompt.id);
    const mark = t.connector.requests.length;
    const res = await t.post(executeInvoke(where(CARLA), post.messageId!, SUBMIT, { action: SUBMIT, promptId: prompt.id, score: '2' }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toMatch(/gesloten/i);
    expect(await t.app.db.prisma.answer.count({ where: { promptId: prompt.id } })).toBe(1); // Bram's only
    await noticeSince(mark);
  });

  it('"mijn gegevens": links in the personal chat, never in the channel, that download JSON and CSV', async () => {
    const mark = t.connector.requests.length;
    await t.post(channelMessage(where(BRAM), 'mijn gegevens'));
    expect(t.connector.since(mark).filter((r) => r.operation === 'reply')).toHaveLength(0);
    const [card] = personal(mark).map(validCard);
    const links = findByType(card, 'Action.OpenUrl').map((a) => String(a.url));
    expect(links).toHaveLength(2);
    [jsonLink] = links;
    const json = await download(t.app.url, links[0]);
    expect(json).toMatchObject({ status: 200, type: expect.stringMatching(/application\/json/), cacheControl: 'no-store', referrer: 'no-referrer' });
    expect(json.disposition).toMatch(/attachment; filename="oogst-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"/);
    const data = JSON.parse(json.body);
    expect(data.sections.person[0]).toMatchObject({ displayName: 'Bram Jansen' });
    expect(data.sections.identities[0]).toMatchObject({ platform: 'teams', userId: BRAM.aadObjectId });
    expect(data.sections.answers[0]).toMatchObject({ score: 4, scenario: 'Bram Jansen ziet het licht.' });
    const csv = parseCsv((await download(t.app.url, links[1])).body);
    expect(csv.find((row) => row[0] === 'answers' && row[2] === 'scenario')?.[3]).toBe('Bram Jansen ziet het licht.');
  });

  it('refuses an expired link and a forged or re-addressed one', async () => {
    expect((await download(t.app.url, tampered(jsonLink, 'signature'))).status).toBe(403);
    expect((await download(t.app.url, tampered(jsonLink, 'expires'))).status).toBe(403);
    expect((await download(t.app.url, tampered(jsonLink, 'person'))).status).toBe(403);
    const id = (await bramId())!;
    const expired = new LinkSigner(SECRET).signedPath(personalDataPath(id, 'json'), new Date(Date.now() - 1000));
    const res = await download(t.app.url, `http://x${expired}`);
    expect(res.status).toBe(410);
    expect(res.body).toMatch(/verlopen[\s\S]*expired/);
    expect((await download(t.app.url, 'http://x/privacy/export/nonsense.json')).status).toBe(404);
  });

  it('serves the privacy statement and the terms the manifest links to', async () => {
    const privacy = await fetch(`${t.app.url}/privacy`);
    expect(privacy.headers.get('content-type')).toMatch(/text\/html/);
    const html = await privacy.text();
    expect(html).toMatch(/<html lang="nl">[\s\S]*@media print[\s\S]*Privacyverklaring[\s\S]*24 maanden[\s\S]*id="english"[\s\S]*24 months/);
    expect(await (await fetch(`${t.app.url}/voorwaarden`)).text()).toMatch(/Gebruiksvoorwaarden[\s\S]*Terms of use/);
  });

  it('"vergeet mij": a colleague\'s crafted submit with Bram\'s token erases nothing', async () => {
    const mark = t.connector.requests.length;
    await t.post(channelMessage(where(BRAM), 'vergeet mij'));
    const [card] = personal(mark).map(validCard);
    const submits = findByType(card, 'Action.Submit');
    expect(submits.map((s) => (s.data as { decision: string }).decision)).toEqual(['confirm', 'cancel']);
    forgetToken = String((submits[0].data as { token: string }).token);
    const crafted = personalMessage(where(MEGAN), '', { value: { action: 'oogst.privacy.forget', decision: 'confirm', token: forgetToken } });
    const before = t.connector.requests.length;
    expect((await t.post(crafted)).status).toBe(200);
    expect(texts(t.connector.since(before))).toMatch(/verlopen of niet van jou/);
    const malformed = personalMessage(where(BRAM), '', { value: { action: 'oogst.privacy.forget', decision: 'confirm', token: 'x'.repeat(500) } });
    await t.post(malformed);
    expect(await bramId()).toBeDefined();
  });

  it('Bram confirms: the card is replaced, nothing identifying is left, the old link shows empty sections', async () => {
    const mark = t.connector.requests.length;
    const confirm = personalMessage(where(BRAM), '', { value: { action: 'oogst.privacy.forget', decision: 'confirm', token: forgetToken }, replyToId: '1732800000099' });
    expect((await t.post(confirm)).status).toBe(200);
    const update = t.connector.since(mark).find((r) => r.operation === 'update');
    expect(update?.targetId).toBe('1732800000099');
    expect(cardText(validCard(update))).toMatch(/Klaar[\s\S]*niets meer over je/);
    expect(await bramId()).toBeUndefined();
    const { findings } = await scanTextColumns(db().url, [BRAM.name, BRAM.aadObjectId, BRAM.id]);
    expect(findings).toEqual([]);
    const after = JSON.parse((await download(t.app.url, jsonLink)).body);
    expect(Object.values(after.sections).flat()).toEqual([]);
  });
});
