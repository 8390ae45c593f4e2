/**
 * Link, post, answer, edit and close through the real endpoint (POST /slack/events with signed requests) against
 * the fake Slack Web API, on SQLite and PostgreSQL. Every Block Kit payload Oogst sends is checked against
 * Slack's limits.
 */
import { ACTIONS } from '../../../src/cards';
import { checkBlockKitMessage, checkModalView } from '../../support/block-kit-check';
import { describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, settle, SlackHarness, startSlackHarness } from './slack-harness';
import { answerValues, buttonClick, eventEnvelope, sendCommand, sendEvent, sendInteraction, slashCommand, viewSubmission, Where } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const channel: Where = { channelId: 'C0LINKED1', channelName: 'stad-en-streek' };

describeEachDatabase('Slack: link, post, answer, edit, close', (testDb) => {
  let h: SlackHarness;
  let partnershipId: string;
  let promptId: string;
  let promptTs: string;
  let modal: Json;

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url);
    partnershipId = await seedPartnership(h.app, 'Stad & Streek');
  });
  afterAll(async () => {
    await h?.stop();
  });

  const answers = () => h.app.db.prisma.answer.findMany({ where: { promptId } });

  async function openModal(who = h.member): Promise<Json> {
    const before = h.fake.callsTo('views.open').length;
    const res = await sendInteraction(h.app.url, buttonClick(who, channel, { action_id: ACTIONS.openAnswer, value: promptId }));
    expect(res.status).toBe(200);
    await h.fake.waitFor('views.open', () => h.fake.callsTo('views.open').length > before);
    return h.fake.callsTo('views.open')[before].args.view as Json;
  }

  it('answers Slack\'s url_verification challenge', async () => {
    const res = await sendEvent(h.app.url, { token: 'x', challenge: 'c0ffee', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: 'c0ffee' });
  });

  it('posts a setup message when the bot is added to a channel', async () => {
    const res = await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'member_joined_channel', user: h.fake.botUserId, channel: channel.channelId, channel_type: 'C', team: h.fake.teamId }));
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel.channelId);
    expect(post.token).toBe('xoxb-test');
    expect(JSON.stringify(post.args.blocks)).toContain('koppel');
    expect(checkBlockKitMessage({ text: post.args.text, blocks: post.args.blocks })).toEqual([]);
  });

  it('does not greet other people joining the channel', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'member_joined_channel', user: h.member.userId, channel: channel.channelId, channel_type: 'C', team: h.fake.teamId }));
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(before);
  });

  it('links the channel with "/oogst koppel Stad & Streek" (Slack escapes & in command text)', async () => {
    const res = await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'koppel Stad &amp; Streek', h.fake.responseUrl('link')));
    expect(res.status).toBe(200);
    const reply = (await h.fake.waitForResponse('link')) as Json;
    expect(reply.response_type).toBe('in_channel');
    expect(JSON.stringify(reply.blocks)).toContain('Stad &amp; Streek');
    expect(checkBlockKitMessage(reply)).toEqual([]);
    const binding = await h.app.db.prisma.channelBinding.findFirst({ where: { platform: 'slack', channelId: channel.channelId } });
    expect(binding).toMatchObject({ partnershipId, workspaceId: h.fake.teamId, active: true });
    expect(JSON.parse(binding!.conversationRef)).toEqual({ teamId: h.fake.teamId, channelId: channel.channelId });
    const person = await h.app.db.prisma.platformIdentity.findFirst({ where: { userId: h.coordinator.userId }, include: { person: true } });
    expect(person?.person.displayName).toBe('Carla de Coördinator'); // users.info real_name
  });

  it('refuses "vraag nu" from someone who is not coordinator (ephemeral, nothing posted)', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await sendCommand(h.app.url, slashCommand(h.member, channel, 'vraag nu', h.fake.responseUrl('ask-member')));
    const reply = (await h.fake.waitForResponse('ask-member')) as Json;
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toContain('Carla de Coördinator');
    expect(await h.app.db.prisma.prompt.count()).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(before);
  });

  it('posts the prompt with "/oogst vraag nu kwaliteit" and stores the message ts', async () => {
    await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'vraag nu kwaliteit', h.fake.responseUrl('ask')));
    const reply = (await h.fake.waitForResponse('ask')) as Json;
    expect(reply.response_type).toBe('ephemeral');
    const post = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks ?? '').includes(ACTIONS.openAnswer));
    expect(post.args.channel).toBe(channel.channelId);
    expect(checkBlockKitMessage({ text: post.args.text, blocks: post.args.blocks })).toEqual([]);
    const blocks = post.args.blocks as Json[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Kwaliteit' } });
    const button = blocks.find((b) => b.type === 'actions')!.elements[0];
    expect(button).toMatchObject({ action_id: ACTIONS.openAnswer, text: { text: 'Beantwoorden' } });
    promptId = button.value;
    const stored = await h.app.db.prisma.promptPost.findFirst({ where: { promptId } });
    expect(stored?.state).toBe('posted');
    promptTs = stored!.messageId!;
    expect(promptTs).toMatch(/^\d+\.\d{6}$/);
  });

  it('opens the answer modal from the Beantwoorden button', async () => {
    modal = await openModal();
    expect(checkModalView(modal)).toEqual([]);
    expect(modal.callback_id).toBe(ACTIONS.submitAnswer);
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ promptId, channelId: channel.channelId, teamId: h.fake.teamId, from: 'channel' });
    // Clicking in the linked channel made the member part of the partnership.
    const identity = await h.app.db.prisma.platformIdentity.findFirst({ where: { userId: h.member.userId } });
    expect(await h.app.db.prisma.partnershipRole.findFirst({ where: { personId: identity!.personId, partnershipId } })).toMatchObject({ role: 'member' });
  });

  it('shows field errors inline and stores nothing when the answer is invalid', async () => {
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, modal, answerValues({ score: '4', scenario: 'x'.repeat(1001) })));
    expect(res.status).toBe(200);
    const body = res.json() as Json;
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['scenario']);
    expect(body.errors.scenario).toMatch(/1000/);
    expect(await answers()).toHaveLength(0);
  });

  it('refuses values in a shape the modal cannot produce, storing nothing', async () => {
    const values = answerValues({ score: '4' });
    values.scenario.scenario = { type: 'plain_text_input', value: { nested: 'object' } };
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, modal, values));
    expect(res.json()).toMatchObject({ response_action: 'errors', errors: { scenario: expect.any(String) } });
    expect(await answers()).toHaveLength(0);
  });

  it('refuses a submission with damaged private_metadata, storing nothing', async () => {
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, modal, answerValues({ score: '4' }), '{"promptId":'));
    expect(res.status).toBe(200);
    const body = res.json() as Json;
    expect(body.response_action).toBe('update');
    expect(checkModalView(body.view)).toEqual([]);
    expect(await answers()).toHaveLength(0);
  });

  it('refuses an answer to another partnership\'s prompt, storing nothing', async () => {
    const otherId = await seedPartnership(h.app, 'Binnenmeren');
    const other = await h.app.services.prompts.createNow(otherId, 'financien', 'other-partnership');
    const metadata = JSON.stringify({ ...JSON.parse(modal.private_metadata), promptId: other.id });
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, modal, answerValues({ score: '4' }), metadata));
    const body = res.json() as Json;
    expect(body.response_action).toBe('errors');
    expect(body.errors.score).toMatch(/ander partnerschap/);
    expect(await h.app.db.prisma.answer.count({ where: { promptId: other.id } })).toBe(0);
  });

  it('stores a valid answer: the modal becomes the confirmation, channel message updated to 1 reactie', async () => {
    const ephemeralsBefore = h.fake.callsTo('chat.postEphemeral').length;
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, modal, answerValues({ score: '4', scenario: 'In deze Onderwijsregio delen we kwaliteit.', keyword: 'samen', share: true })));
    expect(res.status).toBe(200);
    const ack = res.json() as Json;
    expect(ack.response_action).toBe('update');
    expect(checkModalView(ack.view)).toEqual([]);
    expect(JSON.stringify(ack.view.blocks)).toMatch(/Dank je/);
    expect((ack.view.blocks as Json[]).some((b) => b.type === 'input')).toBe(false);
    const stored = await answers();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ score: 4, scenario: 'In deze Onderwijsregio delen we kwaliteit.', keyword: 'samen', shareAnonymously: true });
    const update = await h.fake.waitFor('chat.update', (c) => c.args.ts === promptTs && JSON.stringify(c.args.blocks).includes('1 reactie'));
    expect(update.args.channel).toBe(channel.channelId);
    expect(checkBlockKitMessage({ text: update.args.text, blocks: update.args.blocks })).toEqual([]);
    expect(h.fake.callsTo('chat.postEphemeral').length).toBe(ephemeralsBefore); // the confirmation costs no API call
  });

  it('pre-fills the modal when editing, and an edit keeps one answer', async () => {
    const again = await openModal();
    expect(checkModalView(again)).toEqual([]);
    const scoreBlock = (again.blocks as Json[]).find((b) => b.block_id === 'score')!;
    expect(scoreBlock.element.initial_option.value).toBe('4');
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, again, answerValues({ score: '2', scenario: 'Bijgesteld.' })));
    expect(JSON.stringify((res.json() as Json).view.blocks)).toMatch(/bijgewerkt/);
    const stored = await answers();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ score: 2, scenario: 'Bijgesteld.', keyword: null, shareAnonymously: false });
  });

  it('lists my answers in the DM (message.im)', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'message', channel_type: 'im', channel: 'D0MEMBER1', user: h.member.userId, text: 'mijn antwoorden', ts: '1700000001.000001' }));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0MEMBER1');
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
    expect(JSON.stringify(post.args.blocks)).toContain('Kwaliteit');
    expect(checkBlockKitMessage({ text: post.args.text, blocks: post.args.blocks })).toEqual([]);
  });

  it('publishes the App Home: open prompt with a button, my answers, and the coordinator status', async () => {
    await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'app_home_opened', user: h.member.userId, channel: 'D0MEMBER1', tab: 'home' }));
    const memberHome = await h.fake.waitFor('views.publish', (c) => c.args.user_id === h.member.userId);
    const view = memberHome.args.view as Json;
    expect(view.type).toBe('home');
    expect(checkBlockKitMessage({ text: 'home', blocks: view.blocks })).toEqual([]);
    const buttons = (view.blocks as Json[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements);
    expect(buttons).toEqual([expect.objectContaining({ value: promptId, action_id: `${ACTIONS.openAnswer}:home:0` })]);
    expect(JSON.stringify(view.blocks)).toContain('Bijgesteld.');

    await sendEvent(h.app.url, eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'app_home_opened', user: h.coordinator.userId, channel: 'D0COORD01', tab: 'home' }));
    const coordinatorHome = await h.fake.waitFor('views.publish', (c) => c.args.user_id === h.coordinator.userId);
    expect(JSON.stringify((coordinatorHome.args.view as Json).blocks)).toContain('Status');
    expect(checkBlockKitMessage({ text: 'home', blocks: (coordinatorHome.args.view as Json).blocks })).toEqual([]);
  });

  it('opens the modal from the App Home button too; after the answer the App Home is published again', async () => {
    const before = h.fake.callsTo('views.open').length;
    await sendInteraction(h.app.url, buttonClick(h.member, undefined, { action_id: `${ACTIONS.openAnswer}:home:0`, value: promptId, block_id: 'home-prompt-0' }));
    await h.fake.waitFor('views.open', () => h.fake.callsTo('views.open').length > before);
    const homeModal = h.fake.callsTo('views.open')[before].args.view as Json;
    expect(JSON.parse(homeModal.private_metadata)).toMatchObject({ promptId, from: 'home' });
    const publishedBefore = h.fake.callsTo('views.publish').length;
    const res = await sendInteraction(h.app.url, viewSubmission(h.member, homeModal, answerValues({ score: '3', scenario: 'Vanuit home.' })));
    expect(JSON.stringify((res.json() as Json).view.blocks)).toMatch(/bijgewerkt/);
    const home = await h.fake.waitFor('views.publish', (c) => c.args.user_id === h.member.userId && h.fake.callsTo('views.publish').indexOf(c) >= publishedBefore);
    expect(JSON.stringify((home.args.view as Json).blocks)).toContain('Vanuit home.');
    expect(await answers()).toEqual([expect.objectContaining({ score: 3 })]);
  });

  it('a newcomer whose profile Slack is slow to give still gets the modal and the thanks within Slack\'s 3 s', async () => {
    const newcomer = { teamId: h.fake.teamId, userId: 'U0TRAAG001', userName: 'joris' };
    h.fake.addUser({ id: newcomer.userId, name: 'joris', realName: 'Joris Traag' });
    h.fake.failNext('users.info', { slowMs: 4_000 }, 2); // the click and the submission each ask once
    const started = Date.now();
    const view = await openModal(newcomer);
    const res = await sendInteraction(h.app.url, viewSubmission(newcomer, view, answerValues({ score: '3' })));
    // Both answers come without waiting for users.info: a 4 s wait would be past Slack's deadline.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(JSON.stringify((res.json() as Json).view.blocks)).toMatch(/Dank je/);
    expect(await answers()).toHaveLength(2); // the member's and the newcomer's
  });

  it('refuses answers once the prompt is closed, and says so in the modal', async () => {
    const before = await answers();
    await h.app.services.prompts.close(promptId);
    const closed = await h.fake.waitFor('chat.update', (c) => c.args.ts === promptTs && JSON.stringify(c.args.blocks).includes('gesloten'));
    expect(checkBlockKitMessage({ text: closed.args.text, blocks: closed.args.blocks })).toEqual([]);

    const res = await sendInteraction(h.app.url, viewSubmission(h.member, modal, answerValues({ score: '5', scenario: 'Te laat.' })));
    const body = res.json() as Json;
    expect(body.response_action).toBe('errors');
    expect(body.errors.score).toMatch(/gesloten/);
    expect(await answers()).toEqual(before);

    const closedModal = await openModal();
    expect(checkModalView(closedModal)).toEqual([]);
    expect(JSON.stringify(closedModal.blocks)).toContain('gesloten');
    expect((closedModal.blocks as Json[]).some((b) => b.type === 'input')).toBe(false);
  });
});
