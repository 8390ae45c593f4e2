/**
 * Teams over the real protocol: a coordinator posts a prompt, members answer with Action.Execute (and the
 * Action.Submit fallback), edit, get validation errors, and meet a closed prompt. SQLite and PostgreSQL.
 */
import { answerInputSchema } from '../../../src/domain/catalogue';
import { findByType, inputIds } from '../../support/adaptive-card-check';
import { RecordedRequest } from '../../support/fake-bot-connector';
import { describeEachDatabase } from '../../support/test-databases';
import { BRAM, CARLA, channelMessage, executeInvoke, GENERAL, MEGAN, personalMessage, submitMessage, TENANT_ID, TeamsUser } from './fixtures/teams-activities';
import { cardText, invokeCard, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

const SUBMIT = 'oogst.answer.submit';
const REFRESH = 'oogst.answer.refresh';

describeEachDatabase('Teams: prompts and answers', (db) => {
  let t: TeamsTestApp;
  let promptId: string;
  let cardMessageId: string;
  const where = (user: TeamsUser = MEGAN) => ({ serviceUrl: t.connector.url, user });

  beforeAll(async () => {
    t = await startTeamsTestApp(db());
    await t.seedPartnership('Stad & Streek');
    expect((await t.post(channelMessage(where(), 'koppel Stad &amp; Streek'))).status).toBe(200);
  });
  afterAll(async () => t?.stop());

  const execute = (user: TeamsUser, data: Record<string, unknown>, id?: string) =>
    t.post(executeInvoke(where(user), cardMessageId, SUBMIT, { action: SUBMIT, promptId, ...data }, id));
  const answersOf = async (user: TeamsUser) => {
    const person = await t.app.repos.people.findByIdentity('teams', TENANT_ID, user.aadObjectId);
    return person ? t.app.db.prisma.answer.findMany({ where: { personId: person.id } }) : [];
  };
  const channelUpdates = (mark: number) => t.connector.since(mark).filter((r) => r.operation === 'update' && r.targetId === cardMessageId);

  it('"vraag nu kwaliteit" posts the prompt card to the channel as a new post, through the gateway', async () => {
    const mark = t.connector.requests.length;
    const res = await t.post(channelMessage(where(), 'vraag nu kwaliteit'));
    expect(res.status).toBe(200);
    const post = t.connector.since(mark).find((r) => r.operation === 'send') as RecordedRequest;
    expect(post.conversationId).toBe(GENERAL.id);
    const card = validCard(post);
    expect(cardText(card)).toMatch(/Kwaliteit/);
    // The inputs of the card are exactly the fields the server-side schema validates.
    expect(inputIds(card).sort()).toEqual(Object.keys(answerInputSchema.shape).sort());
    expect(findByType(card, 'Action.Execute')[0]).toMatchObject({ verb: SUBMIT });
    const prompt = await t.app.db.prisma.prompt.findFirstOrThrow();
    promptId = prompt.id;
    cardMessageId = post.returnedId as string;
    const [outbox] = await t.app.repos.prompts.posts(promptId);
    expect(outbox).toMatchObject({ state: 'posted', messageId: cardMessageId });
    expect(cardText(validCard(t.connector.since(mark).find((r) => r.operation === 'reply')))).toMatch(/staat klaar/);
  });

  it('Action.Execute stores the answer, returns the personal card with a confirmation, and updates the count', async () => {
    const mark = t.connector.requests.length;
    const res = await execute(BRAM, { score: '4', scenario: 'In deze regio leren we samen.', keyword: 'kompas', shareAnonymously: 'true' });
    expect(res.status).toBe(200);
    const card = invokeCard(res.body);
    expect(cardText(card)).toMatch(/Dank je! Je kunt je antwoord bewerken tot/);
    expect(findByType(card, 'Input.ChoiceSet')[0]).toMatchObject({ value: '4' });
    expect(inputIds(card).sort()).toEqual(Object.keys(answerInputSchema.shape).sort());
    expect(await answersOf(BRAM)).toEqual([expect.objectContaining({ score: 4, keyword: 'kompas', shareAnonymously: true })]);
    const update = await t.connector.waitFor((r) => r.operation === 'update' && r.targetId === cardMessageId && t.connector.requests.indexOf(r) >= mark);
    expect(update.conversationId).toBe(GENERAL.id);
    const channelCard = validCard(update);
    expect(cardText(channelCard)).toMatch(/1 reactie/);
    // The shared channel card never shows someone's answer.
    expect(cardText(channelCard)).not.toMatch(/kompas/);
  });

  it('a second submit edits the answer: still one answer, updated', async () => {
    const res = await execute(BRAM, { score: '2', keyword: 'brug', shareAnonymously: 'false' });
    expect(cardText(invokeCard(res.body))).toMatch(/bijgewerkt/);
    const answers = await answersOf(BRAM);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ score: 2, keyword: 'brug', shareAnonymously: false, scenario: null });
  });

  it('the channel card asks each viewer for their own view: who answered sees their answer, others the empty form', async () => {
    const mark = t.connector.requests.length;
    await execute(BRAM, { score: '2', keyword: 'brug', shareAnonymously: 'false' });
    const update = await t.connector.waitFor((r) => r.operation === 'update' && r.targetId === cardMessageId && t.connector.requests.indexOf(r) >= mark);
    const refresh = (validCard(update) as { refresh?: { action: { verb: string; data: Record<string, unknown> } } }).refresh;
    expect(refresh?.action).toMatchObject({ verb: REFRESH, data: { action: REFRESH, promptId } });
    const before = await t.app.db.prisma.answer.count();
    const bramView = invokeCard((await t.post(executeInvoke(where(BRAM), cardMessageId, REFRESH, refresh!.action.data))).body);
    expect(cardText(bramView)).toMatch(/Je hebt deze vraag beantwoord/);
    expect(findByType(bramView, 'Input.ChoiceSet')[0]).toMatchObject({ value: '2' });
    const carlaView = invokeCard((await t.post(executeInvoke(where(CARLA), cardMessageId, REFRESH, refresh!.action.data))).body);
    expect(cardText(carlaView)).not.toMatch(/beantwoord|brug/);
    expect(findByType(carlaView, 'Input.ChoiceSet')[0]).not.toHaveProperty('value');
    expect(await t.app.db.prisma.answer.count()).toBe(before);
  });

  it.each([
    ['a score outside 1-5', { score: '9' }, /score is een heel getal van 1 tot 5/],
    ['no score', { scenario: 'zonder score' }, /Kies eerst een score/],
    ['a scenario over 1,000 characters', { score: '3', scenario: 'x'.repeat(1001) }, /maximaal 1000 tekens, nu 1001/],
    ['a keyword over 80 characters', { score: '3', keyword: 'k'.repeat(81) }, /maximaal 80 tekens, nu 81/],
  ])('rejects %s with the errors in the card and stores nothing', async (_label, data, message) => {
    const res = await execute(BRAM, data);
    expect(res.status).toBe(200);
    expect(cardText(invokeCard(res.body))).toMatch(message);
    expect(await answersOf(BRAM)).toEqual([expect.objectContaining({ score: 2, keyword: 'brug' })]);
  });

  it('a re-sent invoke (same activity id) is stored once and answered with the current state', async () => {
    const first = await execute(CARLA, { score: '5', keyword: 'samen' }, 'f:carla-once');
    const [before] = await answersOf(CARLA);
    const second = await execute(CARLA, { score: '1', keyword: 'anders' }, 'f:carla-once');
    expect(cardText(invokeCard(first.body))).toMatch(/Dank je!/);
    expect(cardText(invokeCard(second.body))).not.toMatch(/Dank je!|bijgewerkt/);
    const after = await answersOf(CARLA);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ score: 5, keyword: 'samen' });
    expect(after[0].updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it('a double click (two invokes, two ids) still leaves one answer', async () => {
    await Promise.all([execute(CARLA, { score: '4', keyword: 'een' }), execute(CARLA, { score: '4', keyword: 'een' })]);
    expect(await answersOf(CARLA)).toHaveLength(1);
  });

  it('Action.Submit fallback in the channel: answer stored, confirmation in the thread, no answer shown to all', async () => {
    const dirk: TeamsUser = { id: '29:dirk', name: 'Dirk Bakker', aadObjectId: 'a1b2c3d4-0000-4000-8000-000000000001' };
    const mark = t.connector.requests.length;
    const activity = submitMessage(where(dirk), cardMessageId, { action: SUBMIT, promptId, score: '3', scenario: 'Geheim scenario van Dirk' });
    expect((await t.post(activity)).status).toBe(200);
    expect(await answersOf(dirk)).toEqual([expect.objectContaining({ score: 3 })]);
    const reply = t.connector.since(mark).find((r) => r.operation === 'reply');
    expect(reply).toMatchObject({ targetId: activity.id });
    expect(cardText(validCard(reply))).toMatch(/Dank je!/);
    await t.connector.waitFor((r) => r.operation === 'update' && t.connector.requests.indexOf(r) >= mark);
    for (const request of t.connector.since(mark)) expect(JSON.stringify(request.body)).not.toContain('Geheim scenario');
  });

  it('Action.Submit fallback in the personal chat replaces the submitted card with the personal one', async () => {
    const personalCardId = '1732899999999';
    const mark = t.connector.requests.length;
    const activity = personalMessage(where(BRAM), '', { text: undefined, replyToId: personalCardId, value: { action: SUBMIT, promptId, score: '5' } });
    expect((await t.post(activity)).status).toBe(200);
    const update = t.connector.since(mark).find((r) => r.operation === 'update' && r.targetId === personalCardId);
    expect(update?.conversationId).toBe(activity.conversation.id);
    expect(cardText(validCard(update))).toMatch(/bijgewerkt/);
    expect(await answersOf(BRAM)).toEqual([expect.objectContaining({ score: 5 })]);
  });

  it('"mijn antwoorden" in a channel goes to the personal chat, not into the thread', async () => {
    const mark = t.connector.requests.length;
    expect((await t.post(channelMessage(where(BRAM), 'mijn antwoorden'))).status).toBe(200);
    // (Card count updates from earlier answers may still arrive; they are not part of this reply.)
    const sent = t.connector.since(mark).filter((r) => r.operation !== 'update');
    expect(sent.map((r) => r.operation)).toEqual(['createConversation', 'send']);
    expect(sent[0].body).toMatchObject({ isGroup: false, members: [{ id: BRAM.id }], tenantId: TENANT_ID });
    expect(sent[1].conversationId).toBe(sent[0].returnedId);
    expect(cardText(validCard(sent[1]))).toMatch(/Jouw antwoorden \(1\)/);
  });

  it('refuses unknown actions and payloads without crashing', async () => {
    const unknownVerb = await t.post(executeInvoke(where(BRAM), cardMessageId, 'oogst.nope', { promptId }));
    expect(cardText(invokeCard(unknownVerb.body))).toMatch(/ken ik niet/);
    const noAction = { ...executeInvoke(where(BRAM), cardMessageId, SUBMIT, {}), value: { trigger: 'manual' } };
    expect(cardText(invokeCard((await t.post(noAction)).body))).toMatch(/ken ik niet/);
    const mark = t.connector.requests.length;
    expect((await t.post(submitMessage(where(BRAM), cardMessageId, { action: 'weird', x: 1 }))).status).toBe(200);
    expect(cardText(validCard(t.connector.since(mark)[0]))).toMatch(/ken ik niet/);
  });

  it('refuses an answer to a prompt of another partnership, or one that does not exist', async () => {
    const other = await t.seedPartnership('Kop van Noord');
    const foreign = await t.app.services.prompts.createNow(other.id, 'kwaliteit');
    const res = await t.post(executeInvoke(where(BRAM), cardMessageId, SUBMIT, { action: SUBMIT, promptId: foreign.id, score: '3' }));
    expect(cardText(invokeCard(res.body))).toMatch(/ander partnerschap/);
    expect(await t.app.db.prisma.answer.count({ where: { promptId: foreign.id } })).toBe(0);
    const missing = await t.post(executeInvoke(where(BRAM), cardMessageId, SUBMIT, { action: SUBMIT, promptId: 'no-such-prompt', score: '3' }));
    expect(cardText(invokeCard(missing.body))).toMatch(/niet \(meer\) vinden/);
  });

  it('after closing, the channel card shows "gesloten" and submissions are refused', async () => {
    const mark = t.connector.requests.length;
    await t.app.services.prompts.close(promptId);
    // Late count refreshes of earlier answers may still be on their way; once the closed card has been sent,
    // none of them may bring back the open one (each renders the stored state when it is sent).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const updates = channelUpdates(mark);
    const texts = updates.map((update) => cardText(validCard(update)));
    const firstClosed = texts.findIndex((text) => /Deze vraag is gesloten/.test(text));
    expect(firstClosed).toBeGreaterThanOrEqual(0);
    for (const text of texts.slice(firstClosed)) expect(text).toMatch(/Deze vraag is gesloten/);
    const closedCard = validCard(updates[updates.length - 1]);
    expect(findByType(closedCard, 'Action.Execute')).toHaveLength(0);
    const res = await execute(BRAM, { score: '1' });
    expect(cardText(invokeCard(res.body))).toMatch(/gesloten/);
    expect(await answersOf(BRAM)).toEqual([expect.objectContaining({ score: 5 })]);
  });

  it('a re-sent "vraag nu" posts one prompt', async () => {
    const activity = channelMessage(where(MEGAN), 'vraag nu doelstellingen');
    const mark = t.connector.requests.length;
    await Promise.all([t.post(activity), t.post(activity)]);
    expect(t.connector.since(mark).filter((r) => r.operation === 'send')).toHaveLength(1);
    expect(await t.app.db.prisma.prompt.count({ where: { focusCode: 'doelstellingen' } })).toBe(1);
  });

  it('writes no names or answer texts into the logs', () => {
    const all = t.logs.join('\n');
    for (const secret of [BRAM.name, CARLA.name, 'Dirk Bakker', 'kompas', 'Geheim scenario', 'In deze regio']) expect(all).not.toContain(secret);
  });
});
