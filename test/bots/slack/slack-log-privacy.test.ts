/**
 * Even at the most verbose log level, the Slack adapter (and the Slack SDK under it) writes no answer texts and
 * no names into the logs: an answer with a recognisable text goes the whole way while every log line is kept.
 */
import { Writable } from 'node:stream';
import { ACTIONS } from '../../../src/cards';
import { createTestDatabase, TestDatabase } from '../../support/test-databases';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { answerValues, buttonClick, sendCommand, sendInteraction, slashCommand, viewSubmission, Where } from './slack-requests';

const SECRET_TEXT = 'GEHEIM-ANTWOORD-7Q2';
const channel: Where = { channelId: 'C0PRIVACY1', channelName: 'privacy' };

describe('Slack log privacy', () => {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  let db: TestDatabase;
  let h: SlackHarness;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    h = await startSlackHarness(db.url, { LOG_LEVEL: 'trace' }, undefined, sink);
    await seedPartnership(h.app, 'Binnenmeren');
  });
  afterAll(async () => {
    await h?.stop();
    await db?.drop();
  });

  it('logs ids and codes, never answer texts or names', async () => {
    await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'koppel Binnenmeren', h.fake.responseUrl('p-link')));
    await h.fake.waitForResponse('p-link');
    await sendCommand(h.app.url, slashCommand(h.coordinator, channel, 'vraag nu', h.fake.responseUrl('p-ask')));
    const post = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks ?? '').includes(ACTIONS.openAnswer));
    const promptId = (post.args.blocks as { type: string; elements?: { value: string }[] }[]).find((b) => b.type === 'actions')!.elements![0].value;
    await sendInteraction(h.app.url, buttonClick(h.member, channel, { action_id: ACTIONS.openAnswer, value: promptId }));
    const opened = await h.fake.waitFor('views.open');
    await sendInteraction(h.app.url, viewSubmission(h.member, opened.args.view as Record<string, unknown>, answerValues({ score: '4', scenario: SECRET_TEXT })));
    await h.fake.waitFor('chat.postEphemeral', (c) => c.args.user === h.member.userId);
    expect(await h.app.db.prisma.answer.count({ where: { scenario: SECRET_TEXT } })).toBe(1);

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [SECRET_TEXT, 'Carla de Coördinator', 'Mees Meijer', 'xoxb-test', 'carla@example.org']) expect(log).not.toContain(secret);
  });
});
