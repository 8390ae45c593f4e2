/**
 * Partners in beeld on Teams, over the real protocol (fake Bot Connector), on SQLite and PostgreSQL: a coordinator
 * starts the exercise, members propose partners and vote through Action.Execute forms, bad input comes back in the
 * form with nothing stored, the coordinator marks the most challenging and closes, and the summary card carries the
 * picture at a signed link (PNG and SVG served; a tampered or missing signature refused).
 */
import { PNG } from 'pngjs';
import { findByType, inputIds } from '../../support/adaptive-card-check';
import { describeEachDatabase } from '../../support/test-databases';
import { BRAM, CARLA, channelMessage, executeInvoke, MEGAN, TeamsUser } from './fixtures/teams-activities';
import { cardText, invokeCard, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

const OPEN = 'oogst.form.open';
const SUBMIT = 'oogst.form.submit';
const ACT = 'oogst.panel.act';

describeEachDatabase('Teams: Partners in beeld', (db) => {
  let t: TeamsTestApp;
  let cardId: string;
  let exerciseId: string;
  const where = (user: TeamsUser = MEGAN) => ({ serviceUrl: t.connector.url, user });
  const invoke = async (user: TeamsUser, verb: string, data: Record<string, unknown>) => {
    const res = await t.post(executeInvoke(where(user), cardId, verb, { action: verb, exerciseId, ...data }));
    expect(res.status).toBe(200);
    return invokeCard(res.body);
  };
  const propose = (user: TeamsUser, name: string, organisation: string, role = '') => invoke(user, SUBMIT, { form: 'circles.propose', name, organisation, role });
  const actorId = async (name: string) => (await t.app.db.prisma.circleActor.findFirstOrThrow({ where: { name } })).id;
  const counts = async () => [await t.app.db.prisma.circleActor.count(), await t.app.db.prisma.circleVote.count(), await t.app.db.prisma.circleActor.count({ where: { challenging: true } })];

  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { SCHEDULER_ENABLED: 'false' });
    await t.seedPartnership('Stad & Streek');
    expect((await t.post(channelMessage(where(), 'koppel Stad &amp; Streek'))).status).toBe(200);
    for (const user of [BRAM, CARLA]) await t.post(channelMessage(where(user), 'status'));
  });
  afterAll(async () => t?.stop());

  it('"cirkels" by a coordinator starts the exercise and replies with its card', async () => {
    const mark = t.connector.requests.length;
    expect((await t.post(channelMessage(where(), 'cirkels'))).status).toBe(200);
    const reply = t.connector.since(mark).find((r) => r.operation === 'reply');
    const card = validCard(reply);
    expect(cardText(card)).toMatch(/Partners in beeld is gestart/);
    expect(cardText(card)).toMatch(/Nog geen partners voorgesteld/);
    cardId = reply?.returnedId as string;
    exerciseId = (await t.app.db.prisma.circleExercise.findFirstOrThrow()).id;
  });

  it('"Partner voorstellen" opens the form; submitting it adds the partner and updates everyone\'s card', async () => {
    const form = await invoke(BRAM, OPEN, { form: 'circles.propose' });
    expect(inputIds(form)).toEqual(['name', 'organisation', 'role']);
    expect(findByType(form, 'Action.Execute')[0]).toMatchObject({ verb: SUBMIT, data: { form: 'circles.propose', exerciseId } });
    const mark = t.connector.requests.length;
    const card = await propose(BRAM, 'Wethouder Onderwijs', 'Gemeente Zwolle', 'wethouder');
    expect(cardText(card)).toMatch(/Wethouder Onderwijs staat op de lijst/);
    const update = t.connector.since(mark).find((r) => r.operation === 'update' && r.targetId === cardId);
    expect(cardText(validCard(update))).toMatch(/Wethouder Onderwijs, wethouder \(Gemeente Zwolle\)/);
    expect(cardText(validCard(update))).not.toMatch(/staat op de lijst/);
  });

  it('refuses a name over 80 characters in the form, and stores nothing', async () => {
    const before = await counts();
    const card = await propose(CARLA, 'x'.repeat(81), 'Hogeschool');
    expect(cardText(card)).toMatch(/Naam: maximaal 80 tekens, nu 81/);
    expect(inputIds(card)).toEqual(['name', 'organisation', 'role']);
    expect(await counts()).toEqual(before);
  });

  it('members vote; more than 5 in a top 5 is refused', async () => {
    for (const [who, name, org] of [[CARLA, 'Directeur HR', 'Stichting Primair'], [MEGAN, 'Opleidingsmanager', 'Windesheim'], [BRAM, 'Bestuurder', 'VO Plus'], [CARLA, 'Teamleider', 'Deltion'], [BRAM, 'Regiocoördinator', 'Onderwijsregio']] as const) {
      expect(cardText(await propose(who, name, org))).toMatch(/staat op de lijst/);
    }
    const all = (await t.app.db.prisma.circleActor.findMany()).map((a) => a.id);
    const tooMany = await invoke(BRAM, SUBMIT, { form: 'circles.vote', actors: all.join(',') });
    expect(cardText(tooMany)).toMatch(/hoogstens 5 partners voor je top 5 \(nu 6\)/);
    expect((await counts())[1]).toBe(0);
    const vote = await invoke(BRAM, SUBMIT, { form: 'circles.vote', actors: [await actorId('Teamleider'), await actorId('Regiocoördinator')].join(',') });
    expect(cardText(vote)).toMatch(/Je top 5 is opgeslagen/);
    const form = await invoke(BRAM, OPEN, { form: 'circles.vote' });
    expect(findByType(form, 'Input.ChoiceSet')[0]).toMatchObject({ isMultiSelect: true, value: `${await actorId('Teamleider')},${await actorId('Regiocoördinator')}` });
  });

  it('only a coordinator marks the most challenging; more than 3 is refused', async () => {
    expect(cardText(await invoke(CARLA, OPEN, { form: 'circles.challenging' }))).toMatch(/Alleen coördinatoren.*Megan Bowen|coördinator/i);
    const four = await Promise.all(['Wethouder Onderwijs', 'Directeur HR', 'Teamleider', 'Regiocoördinator'].map(actorId));
    expect(cardText(await invoke(MEGAN, SUBMIT, { form: 'circles.challenging', actors: four.join(',') }))).toMatch(/hoogstens 3 partners/);
    expect((await counts())[2]).toBe(0);
    expect(cardText(await invoke(MEGAN, SUBMIT, { form: 'circles.challenging', actors: four.slice(0, 2).join(',') }))).toMatch(/gemarkeerd/);
  });

  it('what/why and how are filled in for a challenging partner', async () => {
    const id = await actorId('Wethouder Onderwijs');
    const form = await invoke(CARLA, OPEN, { form: 'circles.detail', actorId: id });
    expect(inputIds(form)).toEqual(['what', 'whatText', 'how', 'howText']);
    const card = await invoke(CARLA, SUBMIT, { form: 'circles.detail', actorId: id, what: 'capaciteit,financien', whatText: 'Twaalf extra plekken', how: 'dialoogtafel', howText: '' });
    expect(cardText(card)).toMatch(/Afspraken over capaciteit; Financiële helderheid; Twaalf extra plekken/);
    expect(cardText(card)).toMatch(/Dialoogtafel/);
  });

  it('closing posts the summary with the picture at a signed link, served as PNG and SVG', async () => {
    const mark = t.connector.requests.length;
    const card = await invoke(MEGAN, ACT, { op: 'circles.close' });
    expect(cardText(card)).toMatch(/afgesloten\. Dit is jullie plaatje/);
    const shared = validCard(t.connector.since(mark).find((r) => r.operation === 'update' && r.targetId === cardId));
    const [image] = findByType(shared, 'Image');
    const url = new URL(String(image.url));
    expect(url.pathname).toBe(`/files/circles/${exerciseId}/diagram.png`);
    const png = await fetch(`${t.app.url}${url.pathname}${url.search}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const decoded = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect([decoded.width, decoded.height]).toEqual([800, 860]);
    const svg = await fetch(`${t.app.url}${url.pathname.replace('.png', '.svg')}${url.search}`);
    expect(svg.status).toBe(403); // the signature covers the path: the PNG link does not open the SVG
    const svgLink = new URL(cardText(shared).match(/\(([^)]*diagram\.svg[^)]*)\)/)?.[1] ?? '');
    const svgRes = await fetch(`${t.app.url}${svgLink.pathname}${svgLink.search}`);
    expect(svgRes.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svgRes.text()).toMatch(/Wethouder Onderwijs/);
    expect((await fetch(`${t.app.url}${url.pathname}?expires=${url.searchParams.get('expires')}&signature=${'0'.repeat(64)}`)).status).toBe(403);
    expect((await fetch(`${t.app.url}${url.pathname}`)).status).toBe(403);
  });

  it('after closing nothing changes; a member asking "cirkels" sees the summary', async () => {
    const before = await counts();
    expect(cardText(await propose(BRAM, 'Te laat', 'Nergens'))).toMatch(/afgesloten/);
    expect(await counts()).toEqual(before);
    const mark = t.connector.requests.length;
    await t.post(channelMessage(where(BRAM), 'cirkels'));
    const text = cardText(validCard(t.connector.since(mark).find((r) => r.operation === 'reply')));
    expect(text).toMatch(/Er loopt nu geen Partners in beeld/);
    expect(text).toMatch(/Afgesloten op/);
  });

  it('"Dialoog plannen" on the summary opens the planning form filled in from the partner\'s circles', async () => {
    const id = await actorId('Wethouder Onderwijs');
    const form = await invoke(MEGAN, OPEN, { form: 'dialogue.plan', actorId: id });
    const inputs = Object.fromEntries([...findByType(form, 'Input.Text'), ...findByType(form, 'Input.ChoiceSet')].map((i) => [i.id, i.value]));
    expect(inputs).toMatchObject({ title: 'Wethouder Onderwijs (Gemeente Zwolle)', actors: id, goal: 'capaciteit,financien', format: 'dialoogtafel', goalText: 'Twaalf extra plekken' });
    const card = await invoke(MEGAN, SUBMIT, { form: 'dialogue.plan', actorId: id, title: inputs.title, actors: id, goal: inputs.goal, format: 'dialoogtafel', date: '2027-09-06', time: '16:00', duration: '90', owner: (await t.app.db.prisma.person.findFirstOrThrow({ where: { displayName: MEGAN.name } })).id });
    expect(cardText(card)).toMatch(/Dialoogtafel 1 staat gepland op maandag 6 september 2027, 16:00/);
    expect(cardText(card)).toMatch(/Met:\*\* Wethouder Onderwijs, wethouder \(Gemeente Zwolle\)/);
    expect(await t.app.db.prisma.dialogue.findFirstOrThrow()).toMatchObject({ exerciseId, goalCodes: 'capaciteit,financien' });
    expect(cardText(await invoke(BRAM, OPEN, { form: 'dialogue.plan', actorId: id }))).toMatch(/coördinator/);
  });

  it('refuses a malformed panel action kindly', async () => {
    expect(cardText(await invoke(BRAM, OPEN, { form: 'circles.nope' }))).toMatch(/ken ik niet/);
    expect(cardText(await invoke(BRAM, ACT, { op: 'drop-tables' }))).toMatch(/ken ik niet/);
  });
});
