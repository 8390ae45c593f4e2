/**
 * The Teams gateway's rhythm messages against a Bot Connector that misbehaves: reminders in a personal chat
 * (Teams refuses the chat, throttles it), closing summaries as channel thread replies (throttled, app removed),
 * and why findPosted has nothing to find on Teams. SQLite and PostgreSQL.
 */
import { GatewayError } from '../../../src/domain/errors';
import type { BindingRecord, PromptRecord } from '../../../src/domain/model/records';
import type { PromptGateway, ReminderContext } from '../../../src/domain/ports';
import { summarize } from '../../../src/domain/rhythm/closing-summary';
import { findByType } from '../../support/adaptive-card-check';
import { describeEachDatabase } from '../../support/test-databases';
import { BRAM, channelMessage, GENERAL, MEGAN, TENANT_ID } from './fixtures/teams-activities';
import { cardText, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

describeEachDatabase('Teams gateway: reminders and closing summaries', (db) => {
  let t: TeamsTestApp;
  let gateway: Required<PromptGateway>;
  let binding: BindingRecord;
  let prompt: PromptRecord;
  let messageId: string;
  const bram = () => ({ platform: 'teams' as const, workspaceId: TENANT_ID, userId: BRAM.aadObjectId });
  const context = (locale: ReminderContext['locale'] = 'nl'): ReminderContext => ({ locale, binding, messageId, text: locale === 'nl' ? 'Nog even: de vraag staat open.' : 'A reminder: the question is open.' });

  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { SCHEDULER_ENABLED: 'false' });
    const partnershipId = (await t.seedPartnership('Stad & Streek')).id;
    expect((await t.post(channelMessage({ serviceUrl: t.connector.url, user: MEGAN }, 'koppel Stad &amp; Streek'))).status).toBe(200);
    gateway = t.app.services.prompts.gatewayFor('teams') as Required<PromptGateway>;
    [binding] = await t.app.repos.bindings.listActive(partnershipId);
    prompt = await t.app.services.prompts.createNow(partnershipId, 'kwaliteit', 'rhythm-gateway');
    await t.app.services.prompts.publish(prompt.id);
    messageId = (await t.app.repos.prompts.posts(prompt.id))[0].messageId!;
  });
  afterAll(async () => t?.stop());
  afterEach(() => t.connector.clearFaults());

  it('sends the reminder in the person\'s language, with the answer form and the prompt\'s own submit action', async () => {
    const mark = t.connector.requests.length;
    await gateway.remind(bram(), prompt, context('en'));
    const sent = t.connector.since(mark).find((r) => r.operation === 'send');
    const card = validCard(sent);
    expect(card.lang).toBe('en');
    expect(cardText(card)).toMatch(/A reminder: the question is open\.[\s\S]*Quality/);
    expect(findByType(card, 'Action.Execute')[0]).toMatchObject({ verb: 'oogst.answer.submit', data: { promptId: prompt.id }, fallback: { type: 'Action.Submit' } });
  });

  it('waits out a throttled personal chat (429 + Retry-After) and then sends', async () => {
    t.connector.fail({ status: 429, retryAfter: '0', match: (r) => r.operation === 'createConversation' });
    const mark = t.connector.requests.length;
    await gateway.remind(bram(), prompt, context());
    expect(t.connector.since(mark).map((r) => `${r.operation} ${r.status}`)).toEqual(['createConversation 429', 'createConversation 201', 'send 201']);
  });

  it('reports a person Teams will not open a chat with (app not installed for them) as gone, and leaves the channel alone', async () => {
    t.connector.fail({ status: 403, code: 'Forbidden', times: Infinity, match: (r) => r.operation === 'createConversation' });
    await expect(gateway.remind(bram(), prompt, context())).rejects.toEqual(expect.objectContaining({ name: 'GatewayError', kind: 'gone' }));
    expect(await t.app.repos.bindings.findById(binding.id)).toMatchObject({ active: true });
  });

  it('posts the summary as a reply in the prompt\'s thread, retrying a throttled call', async () => {
    t.connector.fail({ status: 429, retryAfter: '0', match: (r) => r.operation === 'send' });
    const mark = t.connector.requests.length;
    const summary = summarize(prompt, []);
    const { messageId: replyId } = await gateway.postSummary(binding, messageId, summary);
    const sends = t.connector.since(mark).filter((r) => r.operation === 'send');
    expect(sends.map((r) => r.status)).toEqual([429, 201]);
    expect(sends[1].conversationId).toBe(`${GENERAL.id};messageid=${messageId}`);
    expect(replyId).toBe(sends[1].returnedId);
    expect(cardText(validCard(sends[1]))).toMatch(/Oogst van de vraag over Kwaliteit[\s\S]*0 antwoorden/);
  });

  it('reports the summary of a channel the app was removed from as gone', async () => {
    t.connector.fail({ status: 403, code: 'BotNotInConversationRoster', match: (r) => r.operation === 'send' });
    await expect(gateway.postSummary(binding, messageId, summarize(prompt, []))).rejects.toBeInstanceOf(GatewayError);
  });

  it('has no way to find a lost post: Teams gives bots no read access to channel messages', async () => {
    const outboxId = (await t.app.repos.prompts.posts(prompt.id))[0].id;
    expect(await gateway.findPosted(binding, prompt, outboxId)).toBeNull();
  });
});
