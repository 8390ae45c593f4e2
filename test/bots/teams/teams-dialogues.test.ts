/**
 * Dialogue tables on Teams over the real protocol, on SQLite and PostgreSQL: planning with the form (bad input
 * refused in the form, nothing stored), the invite at its signed link parsed back with ical.js, moving (SEQUENCE
 * up, the new time across the DST change), the list, the reminder the day before and the follow-up question
 * posted by the tick, the owner's follow-up captured, cancelling (METHOD:CANCEL), and overdue ones in "status".
 */
import { findByType, inputIds } from '../../support/adaptive-card-check';
import { FixedClock } from '../../support/app-deps';
import { describeEachDatabase } from '../../support/test-databases';
import { fetchInvite, icsLinkIn } from '../../dialogues/ics-fetch';
import { BRAM, CARLA, channelMessage, executeInvoke, GENERAL, MEGAN, TENANT_ID, TeamsUser } from './fixtures/teams-activities';
import { cardText, invokeCard, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

const SUBMIT = 'oogst.form.submit';

describeEachDatabase('Teams: dialogue tables', (db) => {
  let t: TeamsTestApp;
  let formCardId: string;
  let bramId: string;
  let firstLink: string;
  const clock = new FixedClock(new Date('2027-03-01T09:00:00Z'));
  const where = (user: TeamsUser = MEGAN) => ({ serviceUrl: t.connector.url, user });
  const say = async (user: TeamsUser, text: string) => {
    const mark = t.connector.requests.length;
    expect((await t.post(channelMessage(where(user), text))).status).toBe(200);
    const reply = t.connector.since(mark).find((r) => r.operation === 'reply');
    return { card: validCard(reply), id: reply?.returnedId as string };
  };
  const submit = async (user: TeamsUser, cardId: string, data: Record<string, unknown>) =>
    invokeCard((await t.post(executeInvoke(where(user), cardId, SUBMIT, { action: SUBMIT, ...data }))).body);
  const plan = (user: TeamsUser, values: Record<string, unknown>) => submit(user, formCardId, { form: 'dialogue.plan', ...values });
  const valid = () => ({ title: 'Capaciteit met de gemeente', date: '2027-03-29', time: '14:00', duration: '90', format: 'dialoogtafel', goal: 'capaciteit,draagvlak', location: 'Stadhuis Zwolle', owner: bramId, participants: bramId, guests: 'wethouder@zwolle.example' });
  const dialogues = () => t.app.db.prisma.dialogue.count();

  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { SCHEDULER_ENABLED: 'false' }, clock);
    await t.seedPartnership('Stad & Streek');
    await say(MEGAN, 'koppel Stad &amp; Streek');
    for (const user of [BRAM, CARLA]) await say(user, 'status');
    bramId = (await t.app.repos.people.findByIdentity('teams', TENANT_ID, BRAM.aadObjectId))!.id;
  });
  afterAll(async () => t?.stop());

  it('"dialoog plan" shows the planning form; a member cannot plan', async () => {
    const { card, id } = await say(MEGAN, 'dialoog plan');
    formCardId = id;
    expect(inputIds(card)).toEqual(['title', 'actorText', 'goal', 'goalText', 'format', 'date', 'time', 'duration', 'location', 'owner', 'participants', 'guests']);
    expect(findByType(card, 'Input.Date')).toHaveLength(1);
    expect(cardText(await plan(BRAM, valid()))).toMatch(/coördinator/);
    expect(await dialogues()).toBe(0);
  });

  it.each([
    ['a date in the past', { date: '2027-02-01' }, /al voorbij/],
    ['an unparseable date', { date: '2027-02-30' }, /datum begrijp ik niet/],
    ['a duration of 0', { duration: '0' }, /van 1 tot en met 480/],
    ['a duration over 8 hours', { duration: '600' }, /van 1 tot en met 480/],
    ['an invalid e-mail', { guests: 'wethouder@zwolle' }, /geen geldig e-mailadres: "wethouder@zwolle"/],
    ['a title over its limit', { title: 'x'.repeat(121) }, /maximaal 120 tekens/],
  ])('refuses %s in the form and stores nothing', async (_label, change, message) => {
    const card = await plan(MEGAN, { ...valid(), ...change });
    expect(cardText(card)).toMatch(message);
    expect(inputIds(card)).toContain('title');
    expect(await dialogues()).toBe(0);
  });

  it('plans it: card with the invite link; the invite is a REQUEST at 14:00 Amsterdam (CEST)', async () => {
    const mark = t.connector.requests.length;
    const card = await plan(MEGAN, valid());
    expect(cardText(card)).toMatch(/Dialoogtafel 1 staat gepland op maandag 29 maart 2027, 14:00/);
    expect(cardText(card)).toMatch(/Trekker:\*\* Bram Jansen/);
    const shared = validCard(t.connector.since(mark).find((r) => r.operation === 'update' && r.targetId === formCardId));
    firstLink = icsLinkIn(cardText(shared));
    const invite = await fetchInvite(t.app.url, firstLink);
    expect(invite).toMatchObject({ status_code: 200, method: 'REQUEST', sequence: 0, status: 'CONFIRMED', start: '2027-03-29T14:00:00', tzid: 'Europe/Amsterdam', startUtc: '2027-03-29T12:00:00.000Z', summary: 'Dialoogtafel 1: Capaciteit met de gemeente' });
    expect(invite.contentType).toMatch(/^text\/calendar/);
    expect(invite.attendees).toEqual(['mailto:wethouder@zwolle.example']);
  });

  it('"dialoog verzet" moves it: SEQUENCE up, new time; a member may not move', async () => {
    expect(cardText((await say(CARLA, 'dialoog verzet 1 2027-03-30 15:00')).card)).toMatch(/coördinator/);
    const { card } = await say(MEGAN, 'dialoog verzet 1 30 maart 2027 15:00');
    expect(cardText(card)).toMatch(/Dialoogtafel 1 is verzet naar dinsdag 30 maart 2027, 15:00/);
    const invite = await fetchInvite(t.app.url, icsLinkIn(cardText(card)));
    expect(invite).toMatchObject({ method: 'REQUEST', sequence: 1, start: '2027-03-30T15:00:00', startUtc: '2027-03-30T13:00:00.000Z' });
    expect(cardText((await say(MEGAN, 'dialoog verzet 1 gisteren')).card)).toMatch(/Schrijf datum en tijd zo/);
  });

  it('members see the list', async () => {
    expect(cardText((await say(CARLA, 'dialoog lijst')).card)).toMatch(/1\. dinsdag 30 maart 2027, 15:00: Capaciteit met de gemeente/);
  });

  it('the tick posts a reminder the day before, once, in the channel', async () => {
    const mark = t.connector.requests.length;
    clock.current = new Date('2027-03-29T14:00:00Z');
    await t.app.services.dialogues.tick();
    await t.app.services.dialogues.tick();
    const posts = t.connector.since(mark).filter((r) => r.operation === 'send');
    expect(posts).toHaveLength(1);
    expect(posts[0].conversationId).toBe(GENERAL.id);
    expect(cardText(validCard(posts[0]))).toMatch(/Herinnering voor Bram Jansen: morgen is dialoogtafel 1/);
  });

  it('after the end the owner is asked for the follow-up, which only the owner (or a coordinator) gives', async () => {
    const mark = t.connector.requests.length;
    clock.current = new Date('2027-03-30T15:00:00Z');
    await t.app.services.dialogues.tick();
    const post = t.connector.since(mark).find((r) => r.operation === 'send');
    const ask = validCard(post);
    expect(cardText(ask)).toMatch(/Bram Jansen, dialoogtafel 1 \(Capaciteit met de gemeente\) is voorbij/);
    const followUpId = post?.returnedId as string;
    const open = (user: TeamsUser) => t.post(executeInvoke(where(user), followUpId, 'oogst.form.open', { action: 'oogst.form.open', ...findByType(ask, 'Action.Execute')[0].data as object }));
    expect(cardText(invokeCard((await open(CARLA)).body))).toMatch(/Alleen de trekker of een coördinator/);
    const form = invokeCard((await open(BRAM)).body);
    expect(inputIds(form)).toEqual(['held', 'outcome', 'agreements', 'nextStep']);
    const dialogueId = (await t.app.db.prisma.dialogue.findFirstOrThrow({ where: { number: 1 } })).id;
    expect(cardText(await submit(BRAM, followUpId, { form: 'dialogue.followUp', dialogueId, held: 'misschien' }))).toMatch(/Vul dit in: Is de dialoogtafel doorgegaan/);
    const saved = await submit(BRAM, followUpId, { form: 'dialogue.followUp', dialogueId, held: 'yes', outcome: '12 extra plekken', agreements: 'Gemeente betaalt reiskosten', nextStep: 'Pilot in mei' });
    expect(cardText(saved)).toMatch(/terugkoppeling van dialoogtafel 1 is opgeslagen/);
    expect(cardText(saved)).toMatch(/Gehouden\. Opbrengst: 12 extra plekken/);
    expect(await t.app.db.prisma.dialogue.findUniqueOrThrow({ where: { id: dialogueId } })).toMatchObject({ held: true, outcome: '12 extra plekken', nextStep: 'Pilot in mei' });
  });

  it('"dialoog annuleer" cancels: the invite becomes METHOD:CANCEL with a higher SEQUENCE', async () => {
    const { card: planned } = await say(MEGAN, 'dialoog plan 12 april 2027 10:00 Pilot met de pabo');
    expect(cardText(planned)).toMatch(/Dialoogtafel 2 staat gepland op maandag 12 april 2027, 10:00/);
    const { card } = await say(MEGAN, 'dialoog annuleer 2');
    expect(cardText(card)).toMatch(/Dialoogtafel 2 is geannuleerd/);
    const invite = await fetchInvite(t.app.url, icsLinkIn(cardText(card)));
    expect(invite).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 1 });
    expect(cardText((await say(MEGAN, 'dialoog annuleer 2')).card)).toMatch(/is geannuleerd en kan niet meer veranderen/);
  });

  it('a follow-up still missing 3 days after the end shows as overdue in "status"', async () => {
    await say(MEGAN, 'dialoog plan 1 april 2027 10:00 Gesprek met HR');
    clock.current = new Date('2027-04-05T12:00:00Z');
    await t.app.services.dialogues.tick();
    expect(cardText((await say(CARLA, 'status')).card)).toMatch(/Terugkoppeling te laat: 3\. Gesprek met HR/);
  });

  it('an invite link stops working when it expires (410)', async () => {
    const url = new URL(firstLink);
    expect((await fetch(`${t.app.url}${url.pathname}${url.search}`)).status).toBe(200);
    clock.current = new Date(Number(url.searchParams.get('expires')) * 1000 + 1000);
    expect((await fetch(`${t.app.url}${url.pathname}${url.search}`)).status).toBe(410);
  });
});
