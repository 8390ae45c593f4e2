/** Answering through the shared flow both platforms use: validation, editing, closed and foreign prompts. */
import { answerFormFor, submitAnswer } from '../../../src/bots/shared/answer-flow';
import { ConversationContext } from '../../../src/bots/shared/conversation';
import { PlatformDeps } from '../../../src/bots/shared/platform-deps';
import { Database } from '../../../src/storage/database';
import { buildDeps, FixedClock, RecordingGateway } from '../../support/app-deps';
import { describeEachDatabase } from '../../support/test-databases';

const ctx = (userId: string, channelId = 'C1'): ConversationContext => ({
  user: { platform: 'slack', workspaceId: 'T1', userId, displayName: userId },
  channel: { platform: 'slack', workspaceId: 'T1', channelId, conversationRef: '{}' },
  locale: 'nl',
  deliveryKey: 'd',
  resolveMention: async () => undefined,
});

describeEachDatabase('answer flow', (testDb) => {
  let db: Database;
  let deps: PlatformDeps;
  const clock = new FixedClock(new Date('2027-02-02T08:00:00Z'));
  const gateway = new RecordingGateway('slack');
  let promptId: string;
  let otherPromptId: string;

  beforeAll(async () => {
    ({ db, deps } = await buildDeps(testDb().url, clock));
    deps.services.prompts.registerGateway(gateway);
    const [mine, other] = await Promise.all(['Mijn Verband', 'Ander Verband'].map((name) => db.prisma.partnership.create({ data: { name, nameKey: name.toLowerCase() } })));
    await deps.repos.bindings.link(mine.id, { platform: 'slack', workspaceId: 'T1', channelId: 'C1', conversationRef: '{}' });
    await deps.repos.bindings.link(other.id, { platform: 'slack', workspaceId: 'T1', channelId: 'C2', conversationRef: '{}' });
    promptId = (await deps.services.prompts.createNow(mine.id, 'kwaliteit', 'k1')).id;
    otherPromptId = (await deps.services.prompts.createNow(other.id, 'relaties', 'k2')).id;
    await deps.services.prompts.publish(promptId);
  });
  afterAll(() => db.close());

  it('shows per-field messages for invalid input and stores nothing', async () => {
    const result = await submitAnswer(deps, ctx('U1'), promptId, { score: '7', keyword: 'x'.repeat(81) });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.view.errors?.score).toMatch(/1.*5/);
    expect(result.view.errors?.keyword).toMatch(/80/);
    expect(await db.prisma.answer.count()).toBe(0);
  });

  it('stores a valid answer, thanks with the edit deadline, and updates the channel card count', async () => {
    const result = await submitAnswer(deps, ctx('U1'), promptId, { score: '4', scenario: 'In deze Onderwijsregio ...', shareAnonymously: 'true' });
    expect(result).toMatchObject({ kind: 'saved', view: { confirmation: expect.stringMatching(/^Dank je! .*bewerken tot/), existingAnswer: { score: 4 } } });
    await new Promise((r) => setTimeout(r, 200)); // the card refresh runs after the reply
    expect(gateway.updates.at(-1)).toMatchObject({ messageId: 'msg-1', count: 1 });
  });

  it('an edit replaces the answer and pre-fills the form', async () => {
    await submitAnswer(deps, ctx('U1'), promptId, { score: '2', keyword: 'Brug', shareAnonymously: 'false' });
    expect(await db.prisma.answer.count()).toBe(1);
    const form = await answerFormFor(deps, ctx('U1'), promptId);
    expect(form).toMatchObject({ kind: 'form', view: { existingAnswer: { score: 2, keyword: 'Brug', shareAnonymously: false } } });
  });

  it('a person remembered from a moment ago but erased since (on another instance) still gets their answer stored', async () => {
    await submitAnswer(deps, ctx('U7'), promptId, { score: '3' }); // identified now: remembered for a minute
    const before = await deps.repos.people.findByIdentity('slack', 'T1', 'U7');
    await db.prisma.person.delete({ where: { id: before!.id } }); // what an erasure elsewhere leaves behind
    const result = await submitAnswer(deps, ctx('U7'), promptId, { score: '5', keyword: 'opnieuw' });
    expect(result).toMatchObject({ kind: 'saved', view: { existingAnswer: { score: 5 } } });
    const after = await deps.repos.people.findByIdentity('slack', 'T1', 'U7');
    expect(after?.id).not.toBe(before!.id);
    expect(await db.prisma.answer.findMany({ where: { promptId, personId: after!.id } })).toEqual([expect.objectContaining({ score: 5, keyword: 'opnieuw' })]);
  });

  it('a remembered person answering from another linked channel joins that partnership first, like any first contact', async () => {
    await submitAnswer(deps, ctx('U8'), otherPromptId, { score: '3' }); // refused: not a member of the other one
    expect(await db.prisma.answer.count({ where: { promptId: otherPromptId } })).toBe(0);
    const result = await submitAnswer(deps, ctx('U8', 'C2'), otherPromptId, { score: '3' });
    expect(result).toMatchObject({ kind: 'saved' });
    expect(await db.prisma.answer.count({ where: { promptId: otherPromptId } })).toBe(1);
    await db.prisma.answer.deleteMany({ where: { promptId: otherPromptId } });
  });

  it('refuses a prompt of another partnership', async () => {
    const result = await submitAnswer(deps, ctx('U1'), otherPromptId, { score: '3' });
    expect(result).toMatchObject({ kind: 'rejected', view: { lines: [expect.stringMatching(/ander partnerschap/)] } });
  });

  it('refuses a prompt that does not exist', async () => {
    expect(await submitAnswer(deps, ctx('U1'), 'nope', { score: '3' })).toMatchObject({ kind: 'rejected' });
  });

  it('refuses answers after the window closed, without changing the stored one', async () => {
    clock.advance(6 * 24 * 3600 * 1000);
    const result = await submitAnswer(deps, ctx('U1'), promptId, { score: '5' });
    expect(result).toMatchObject({ kind: 'rejected', view: { lines: [expect.stringMatching(/gesloten/)] } });
    expect((await db.prisma.answer.findFirstOrThrow()).score).toBe(2);
    expect(await answerFormFor(deps, ctx('U1'), promptId)).toMatchObject({ kind: 'rejected' });
  });
});
