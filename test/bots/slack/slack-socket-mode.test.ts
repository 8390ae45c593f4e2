/**
 * Socket Mode (SLACK_APP_TOKEN): no public URL; the app opens a WebSocket from apps.connections.open and
 * receives the same events, commands and interactions as envelopes, acknowledging each one.
 */
import { ACTIONS } from '../../../src/cards';
import { describeEachDatabase } from '../../support/test-databases';
import { FakeSocketMode } from './fake-socket-mode';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { answerValues, buttonClick, eventEnvelope, slashCommand, viewSubmission, Where } from './slack-requests';

const channel: Where = { channelId: 'C0SOCKET01', channelName: 'socket' };

describeEachDatabase('Slack Socket Mode', (testDb) => {
  let h: SlackHarness;
  let socket: FakeSocketMode;

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, { SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: 'xapp-1-test' }, (fake) => {
      socket = new FakeSocketMode(fake);
    });
    await seedPartnership(h.app, 'Binnenmeren');
    await socket.connected();
  });
  afterAll(async () => {
    await h?.stop();
    await socket?.close();
  });

  it('connects with the app-level token and mounts no HTTP endpoint', async () => {
    expect(h.fake.callsTo('apps.connections.open')[0].token).toBe('xapp-1-test');
    expect((await fetch(`${h.app.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('runs a slash command from an envelope and answers on the response_url', async () => {
    const ack = await socket.send('slash_commands', slashCommand(h.coordinator, channel, 'koppel Binnenmeren', h.fake.responseUrl('socket-link')));
    expect(ack.envelope_id).toBe('env-1');
    expect(await h.fake.waitForResponse('socket-link')).toMatchObject({ response_type: 'in_channel' });
    expect(await h.app.db.prisma.channelBinding.count({ where: { channelId: channel.channelId } })).toBe(1);
  });

  it('posts the prompt, opens the modal and stores an answer through envelopes', async () => {
    await socket.send('slash_commands', slashCommand(h.coordinator, channel, 'vraag nu', h.fake.responseUrl('socket-ask')));
    const post = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks ?? '').includes(ACTIONS.openAnswer));
    const promptId = (post.args.blocks as { type: string; elements?: { value: string }[] }[]).find((b) => b.type === 'actions')!.elements![0].value;
    await socket.send('interactive', buttonClick(h.member, channel, { action_id: ACTIONS.openAnswer, value: promptId }));
    const opened = await h.fake.waitFor('views.open');
    const ack = await socket.send('interactive', viewSubmission(h.member, opened.args.view as Record<string, unknown>, answerValues({ score: '5', scenario: 'Via de socket.' })));
    // The envelope's ack carries the response: the modal becomes the confirmation.
    expect(ack.payload).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
    expect(JSON.stringify(ack.payload)).toMatch(/Dank je/);
    expect(await h.app.db.prisma.answer.findMany({ where: { promptId } })).toEqual([expect.objectContaining({ score: 5 })]);
  });

  it('delivers events (member_joined_channel for the bot: setup message)', async () => {
    await socket.send('events_api', eventEnvelope(h.fake.teamId, h.fake.botUserId, { type: 'member_joined_channel', user: h.fake.botUserId, channel: 'C0NEWCHAN1', channel_type: 'C', team: h.fake.teamId }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0NEWCHAN1');
  });
});
