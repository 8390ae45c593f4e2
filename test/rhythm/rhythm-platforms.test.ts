/**
 * One rhythm run on both platforms at once, through the real app (startApp, POST /api/messages, POST /slack/events)
 * and the platform fakes, driven by RhythmService.tick on a fake clock: the slot posts the prompt to a Teams channel
 * and a Slack channel; before closing, the members who have not answered (and have reminders on) get a DM with a
 * working way to answer; at closing the channel cards say "gesloten" and the summary is a thread reply, once.
 * SQLite and PostgreSQL.
 */
import { ACTIONS } from '../../src/cards';
import { findByType } from '../support/adaptive-card-check';
import { RecordedRequest } from '../support/fake-bot-connector';
import { checkBlockKitMessage, checkModalView } from '../support/block-kit-check';
import { describeEachDatabase } from '../support/test-databases';
import { BRAM, CARLA, channelMessage, executeInvoke, GENERAL, MEGAN, TENANT_ID, TeamsUser } from '../bots/teams/fixtures/teams-activities';
import { cardText, invokeCard, validCard } from '../bots/teams/support/teams-test-app';
import { answerValues, buttonClick, sendCommand, sendInteraction, slashCommand, viewSubmission, Where, Who } from '../bots/slack/slack-requests';
import { FakeClock, MINUTE } from './support/fake-clock';
import { personalInvoke } from './support/teams-personal-invoke';
import { startTwoPlatformsApp, TwoPlatformsApp } from './support/two-platforms-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SUBMIT = ACTIONS.submitAnswer;
const MONDAY = '2027-01-11T11:00:00Z';
const SLOT = '2027-01-12T08:00:30Z'; // Tuesday 09:00 Amsterdam, the default schedule
const BEFORE_REMINDER = '2027-01-16T07:59:00Z'; // closes Sunday 17 Jan 09:00; reminders 24 h before
const REMINDER_DUE = '2027-01-16T08:01:00Z';
const CLOSED = '2027-01-17T08:00:30Z';
const slackChannel: Where = { channelId: 'C0RHYTHM01', channelName: 'stad-en-streek' };

describeEachDatabase('rhythm on Teams and Slack: post, remind, close', (db) => {
  let p: TwoPlatformsApp;
  let promptId: string;
  let teamsMessageId: string;
  let slackTs: string;
  let teamsReminder: RecordedRequest;
  const slackUsers: Record<'carla' | 'mees' | 'quinten', Who> = {
    carla: { teamId: 'T0OOGST01', userId: 'U0COORD01', userName: 'carla' },
    mees: { teamId: 'T0OOGST01', userId: 'U0MEMBER1', userName: 'mees' },
    quinten: { teamId: 'T0OOGST01', userId: 'U0QUIET01', userName: 'quinten' },
  };
  const where = (user: TeamsUser) => ({ serviceUrl: p.connector.url, user });
  const slackCommand = async (who: Who, text: string, id: string) => {
    expect((await sendCommand(p.app.url, slashCommand(who, slackChannel, text, p.slack.responseUrl(id)))).status).toBe(200);
    await p.slack.waitForResponse(id);
  };
  const tick = () => p.app.services.rhythm.tick();

  beforeAll(async () => {
    const clock = new FakeClock(new Date(MONDAY));
    p = await startTwoPlatformsApp(db(), clock);
    p.slack.addUser({ id: 'U0COORD01', name: 'carla', realName: 'Carla de Coördinator', locale: 'nl-NL' });
    p.slack.addUser({ id: 'U0MEMBER1', name: 'mees', realName: 'Mees Meijer', locale: 'nl-NL' });
    p.slack.addUser({ id: 'U0QUIET01', name: 'quinten', realName: 'Quinten Stil', locale: 'nl-NL' });
    const partnershipId = await p.seedPartnership('Stad & Streek');
    // Linking and any message in a linked channel make people members of its partnership.
    expect((await p.teams(channelMessage(where(MEGAN), 'koppel Stad &amp; Streek'))).status).toBe(200);
    expect((await p.teams(channelMessage(where(BRAM), 'status'))).status).toBe(200);
    expect((await p.teams(channelMessage(where(CARLA), 'herinneringen uit'))).status).toBe(200);
    // Carla coordinates on Slack too (appointed as a setup file would): only a coordinator may link a second channel.
    const carla = await p.app.repos.people.upsertByIdentity({ platform: 'slack', workspaceId: 'T0OOGST01', userId: 'U0COORD01', displayName: 'Carla de Coördinator' });
    await p.app.repos.partnerships.grantRole(carla.id, partnershipId, 'coordinator');
    await slackCommand(slackUsers.carla, 'koppel Stad &amp; Streek', 'link');
    await slackCommand(slackUsers.mees, 'status', 'mees-status');
    await slackCommand(slackUsers.quinten, 'herinneringen uit', 'quiet');
    await tick(); // first sight of the partnership: the default schedule, counting slots from now
  }, 30_000);
  afterAll(async () => p?.stop());

  it('sets everyone up: six members, two with reminders off', async () => {
    const people = await p.app.db.prisma.person.findMany({ include: { partnershipRoles: true } });
    expect(people.filter((person) => person.partnershipRoles.length > 0)).toHaveLength(6);
    expect(people.filter((person) => !person.remindersEnabled)).toHaveLength(2);
  });

  it('posts the due slot to the Teams channel and the Slack channel (with its outbox id as Slack metadata)', async () => {
    p.clock.set(SLOT);
    const teamsMark = p.connector.requests.length;
    expect(await tick()).toMatchObject({ created: 1, posted: 2 });
    const prompt = await p.app.db.prisma.prompt.findFirstOrThrow();
    promptId = prompt.id;
    const rows = await p.app.db.prisma.promptPost.findMany({ where: { promptId }, include: { binding: true } });
    const teamsRow = rows.find((r) => r.binding.platform === 'teams')!;
    const slackRow = rows.find((r) => r.binding.platform === 'slack')!;

    const [teamsPost] = p.connector.since(teamsMark).filter((r) => r.operation === 'send');
    expect(teamsPost.conversationId).toBe(GENERAL.id);
    expect(cardText(validCard(teamsPost))).toMatch(/Kwaliteit/);
    teamsMessageId = teamsPost.returnedId!;
    expect(teamsRow).toMatchObject({ state: 'posted', messageId: teamsMessageId });

    const [slackPost] = p.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === slackChannel.channelId && JSON.stringify(c.args.blocks).includes(ACTIONS.openAnswer));
    expect(slackPost.args.metadata).toEqual({ event_type: 'oogst_prompt', event_payload: { outboxId: slackRow.id } });
    slackTs = slackRow.messageId!;
    expect(slackRow.state).toBe('posted');
    expect(p.slack.messages.find((m) => m.ts === slackTs)?.channel).toBe(slackChannel.channelId);
  });

  it('takes answers on both platforms (Megan on Teams, Mees on Slack)', async () => {
    const teams = await p.teams(executeInvoke(where(MEGAN), teamsMessageId, SUBMIT, { action: SUBMIT, promptId, score: '4', scenario: 'We leren samen.', keyword: 'kompas', shareAnonymously: 'true' }));
    expect(cardText(invokeCard(teams.body))).toMatch(/Dank je!/);
    const opens = p.slack.callsTo('views.open').length;
    await sendInteraction(p.app.url, buttonClick(slackUsers.mees, slackChannel, { action_id: ACTIONS.openAnswer, value: promptId }));
    await p.slack.waitFor('views.open', () => p.slack.callsTo('views.open').length > opens);
    const modal = p.slack.callsTo('views.open')[opens].args.view as Json;
    const res = await sendInteraction(p.app.url, viewSubmission(slackUsers.mees, modal, answerValues({ score: '2', scenario: 'Een brug tussen scholen.', keyword: 'brug', share: true })));
    expect(res.json()).toMatchObject({ response_action: 'update', view: { type: 'modal' } }); // the thanks, in the modal
    expect(await p.app.db.prisma.answer.count({ where: { promptId } })).toBe(2);
  });

  it('reminds, 24 hours before closing, only the members without an answer and with reminders on, once', async () => {
    p.clock.set(BEFORE_REMINDER);
    expect(await tick()).toMatchObject({ reminders: 0 });
    const teamsMark = p.connector.requests.length;
    const slackMark = p.slack.calls.length;
    p.clock.set(REMINDER_DUE);
    expect(await tick()).toMatchObject({ reminders: 2 });

    // Teams: Bram's personal chat is opened for him (his Entra object id, our tenant) and gets the reminder card.
    const teamsCalls = p.connector.since(teamsMark);
    const created = teamsCalls.filter((r) => r.operation === 'createConversation');
    expect(created).toHaveLength(1);
    expect(created[0].body).toMatchObject({ isGroup: false, tenantId: TENANT_ID, members: [{ id: BRAM.aadObjectId }], bot: { id: expect.stringMatching(/^28:/) } });
    const sent = teamsCalls.filter((r) => r.operation === 'send');
    expect(sent.map((r) => r.conversationId)).toEqual([created[0].returnedId]);
    teamsReminder = sent[0];
    const card = validCard(teamsReminder);
    expect(cardText(card)).toMatch(/Nog even: de vraag over Kwaliteit staat open tot/);
    expect(findByType(card, 'Action.Execute')[0]).toMatchObject({ verb: SUBMIT, data: { action: SUBMIT, promptId } });

    // Slack: a DM to Carla (the coordinator has not answered either) with the Beantwoorden button.
    const slackCalls = p.slack.calls.slice(slackMark);
    expect(slackCalls.filter((c) => c.method === 'conversations.open').map((c) => c.args.users)).toEqual(['U0COORD01']);
    const dms = slackCalls.filter((c) => c.method === 'chat.postMessage');
    expect(dms.map((c) => c.args.channel)).toEqual(['DU0COORD01']);
    expect(checkBlockKitMessage({ text: dms[0].args.text, blocks: dms[0].args.blocks })).toEqual([]);
    expect(String(dms[0].args.text)).toMatch(/Nog even: de vraag over Kwaliteit/);
    const button = (dms[0].args.blocks as Json[]).find((b) => b.type === 'actions')!.elements[0];
    expect(button).toMatchObject({ action_id: ACTIONS.openAnswer, value: promptId, text: { text: 'Beantwoorden' } });

    const reminders = await p.app.db.prisma.reminder.findMany({ where: { promptId } });
    expect(reminders).toHaveLength(2);
    expect(reminders.every((r) => r.sentAt && !r.error)).toBe(true);
    p.clock.advance(MINUTE);
    expect(await tick()).toMatchObject({ reminders: 0 });
  });

  it('the reminder lets the person answer: Slack opens the modal from the DM, Teams answers in the reminder card', async () => {
    const opens = p.slack.callsTo('views.open').length;
    const dm: Where = { channelId: 'DU0COORD01', channelName: 'directmessage' };
    expect((await sendInteraction(p.app.url, buttonClick(slackUsers.carla, dm, { action_id: ACTIONS.openAnswer, value: promptId, block_id: 'reminder' }))).status).toBe(200);
    await p.slack.waitFor('views.open', () => p.slack.callsTo('views.open').length > opens);
    const modal = p.slack.callsTo('views.open')[opens].args.view as Json;
    expect(checkModalView(modal)).toEqual([]);
    expect(modal.callback_id).toBe(SUBMIT);
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ promptId, from: 'dm' });

    const chat = teamsReminder.conversationId!;
    const res = await p.teams(personalInvoke(where(BRAM), chat, teamsReminder.returnedId!, SUBMIT, { action: SUBMIT, promptId, score: '5', scenario: 'Samen de stage regelen.', shareAnonymously: 'true' }));
    expect(res.status).toBe(200);
    expect(cardText(invokeCard(res.body))).toMatch(/Dank je! Je kunt je antwoord bewerken tot/);
    expect(await p.app.db.prisma.answer.count({ where: { promptId } })).toBe(3);
  });

  it('closes: both channel cards say "gesloten" and the summary is a thread reply on each platform, posted once', async () => {
    const teamsMark = p.connector.requests.length;
    const slackMark = p.slack.calls.length;
    p.clock.set(CLOSED);
    expect(await tick()).toMatchObject({ closed: 1, summaries: 2 });

    const teamsCalls = p.connector.since(teamsMark);
    // The last update of the channel card (a count refresh from the last answer may still come before it).
    const closedCard = teamsCalls.filter((r) => r.operation === 'update' && r.targetId === teamsMessageId).at(-1);
    expect(closedCard?.conversationId).toBe(GENERAL.id);
    expect(cardText(validCard(closedCard))).toMatch(/Deze vraag is gesloten/);
    const summaries = teamsCalls.filter((r) => r.operation === 'send');
    expect(summaries.map((r) => r.conversationId)).toEqual([`${GENERAL.id};messageid=${teamsMessageId}`]);
    const summaryText = cardText(validCard(summaries[0]));
    expect(summaryText).toMatch(/Oogst van de vraag over Kwaliteit/);
    expect(summaryText).toMatch(/Er kwamen 3 antwoorden binnen/);
    expect(summaryText).toMatch(/Gemiddelde score: 3,7 van 5/);
    expect(summaryText).toContain('Samen de stage regelen.');
    expect(summaryText).not.toMatch(/Megan|Bram|Mees|Carla/);

    const slackCalls = p.slack.calls.slice(slackMark);
    const update = slackCalls.filter((c) => c.method === 'chat.update' && c.args.ts === slackTs).at(-1);
    expect(JSON.stringify(update?.args.blocks)).toContain('Deze vraag is gesloten.');
    const replies = slackCalls.filter((c) => c.method === 'chat.postMessage');
    expect(replies).toHaveLength(1);
    expect(replies[0].args).toMatchObject({ channel: slackChannel.channelId, thread_ts: slackTs });
    expect(checkBlockKitMessage({ text: replies[0].args.text, blocks: replies[0].args.blocks })).toEqual([]);
    expect(JSON.stringify(replies[0].args.blocks)).toContain('Een brug tussen scholen.');
    expect(JSON.stringify(replies[0].args)).not.toMatch(/Megan|Bram|Mees|Carla/);

    const rows = await p.app.db.prisma.summaryPost.findMany({ where: { promptId } });
    expect(rows.map((r) => r.state)).toEqual(['posted', 'posted']);
    p.clock.advance(MINUTE);
    const again = p.connector.requests.length + p.slack.calls.length;
    expect(await tick()).toMatchObject({ closed: 0, summaries: 0 });
    expect(p.connector.requests.length + p.slack.calls.length).toBe(again);
  });

  it('wrote no names or answer texts to the logs', () => {
    const logs = p.logs.join('\n');
    for (const secret of ['Megan', 'Bram Jansen', 'Carla de', 'Mees Meijer', 'Quinten', 'We leren samen', 'brug tussen', 'stage regelen']) expect(logs).not.toContain(secret);
  });
});
