/** The shared conversation, as both platforms use it: commands in, replies out, state in the real database. */
import { Conversation, ConversationContext } from '../../../src/bots/shared/conversation';
import { PlatformDeps } from '../../../src/bots/shared/platform-deps';
import { Database } from '../../../src/storage/database';
import { buildDeps, RecordingGateway } from '../../support/app-deps';
import { describeEachDatabase } from '../../support/test-databases';

const text = (reply: Awaited<ReturnType<Conversation['handleText']>>) => (reply.kind === 'message' ? reply.view.lines.join('\n') : reply.view.title);

function context(userId: string, name: string, channelId?: string): ConversationContext {
  return {
    user: { platform: 'slack', workspaceId: 'T1', userId, displayName: name },
    channel: channelId ? { platform: 'slack', workspaceId: 'T1', channelId, conversationRef: JSON.stringify({ channelId }) } : undefined,
    locale: 'nl',
    deliveryKey: `${userId}-${Math.random()}`,
    resolveMention: async (ref) => (ref.platform === 'slack' ? { platform: 'slack', workspaceId: 'T1', userId: ref.userId, displayName: ref.name ?? ref.userId } : undefined),
  };
}

describeEachDatabase('shared conversation', (testDb) => {
  let db: Database;
  let deps: PlatformDeps;
  let conversation: Conversation;
  const gateway = new RecordingGateway('slack');

  beforeAll(async () => {
    ({ db, deps } = await buildDeps(testDb().url));
    deps.services.prompts.registerGateway(gateway);
    conversation = new Conversation(deps);
    await db.prisma.partnership.create({ data: { name: 'Stad & Streek', nameKey: 'stad streek', sectors: 'po' } });
  });
  afterAll(() => db.close());

  it('tells how to link when a channel is not linked yet', async () => {
    expect(text(await conversation.handleText(context('U1', 'Sanne', 'C1'), 'status'))).toMatch(/nog niet gekoppeld.*koppel <naam partnerschap>/s);
  });

  it('lists the options for an unknown partnership and changes nothing', async () => {
    const reply = await conversation.handleText(context('U1', 'Sanne', 'C1'), 'koppel Onbekend Verband');
    expect(text(reply)).toContain('Stad & Streek');
    expect(await db.prisma.channelBinding.count()).toBe(0);
  });

  it('links the channel; the first to link becomes coordinator', async () => {
    const reply = await conversation.handleText(context('U1', 'Sanne', 'C1'), 'koppel stad & streek');
    expect(reply).toMatchObject({ kind: 'message', visibility: 'public' });
    expect(text(reply)).toMatch(/Gelukt.*Stad & Streek[\s\S]*coördinator/);
    expect(text(await conversation.handleText(context('U2', 'Kees', 'C1'), 'koppel Stad & Streek'))).toMatch(/al gekoppeld/);
  });

  it('refuses "vraag nu" from a member and says who can', async () => {
    const reply = await conversation.handleText(context('U2', 'Kees', 'C1'), 'vraag nu');
    expect(text(reply)).toMatch(/alleen de coördinatoren van Stad & Streek.*Sanne/);
    expect(gateway.posts).toHaveLength(0);
  });

  it('posts a prompt for the coordinator, once per delivery', async () => {
    const ctx = context('U1', 'Sanne', 'C1');
    const reply = await conversation.handleText(ctx, 'vraag nu financiën');
    expect(text(reply)).toMatch(/Financiën staat klaar/);
    await conversation.handleText(ctx, 'vraag nu financiën'); // the platform retried the same delivery
    expect(gateway.posts).toHaveLength(1);
    expect(gateway.posts[0].prompt.focusCode).toBe('financien');
    expect(await db.prisma.promptPost.findMany()).toEqual([expect.objectContaining({ state: 'posted', messageId: 'msg-1' })]);
  });

  it('adds a coordinator by mention, only when a coordinator asks', async () => {
    expect(text(await conversation.handleText(context('U2', 'Kees', 'C1'), 'coordinator <@U3|fatima>'))).toMatch(/alleen de coördinatoren/);
    expect(text(await conversation.handleText(context('U1', 'Sanne', 'C1'), 'coordinator <@U3|fatima>'))).toMatch(/fatima is nu coördinator/);
  });

  it('shows status with the open prompt and its answers', async () => {
    const reply = await conversation.handleText(context('U2', 'Kees', 'C1'), 'status');
    expect(text(reply)).toMatch(/Stad & Streek[\s\S]*Sanne[\s\S]*Financiën, 0 antwoorden/);
  });

  it('suggests the closest command for a typo', async () => {
    expect(text(await conversation.handleText(context('U2', 'Kees', 'C1'), 'staus'))).toMatch(/Bedoel je "status"/);
  });

  it('lists my answers in a personal chat', async () => {
    const reply = await conversation.handleText(context('U2', 'Kees'), 'mijn antwoorden');
    expect(reply).toMatchObject({ kind: 'answerList', view: { items: [] } });
  });
  it('refuses linking another channel to a partnership that has coordinators, unless asked by one of them', async () => {
    const reply = await conversation.handleText(context('U7', 'Buitenstaander', 'C-other'), 'koppel Stad & Streek');
    expect(text(reply)).toMatch(/alleen de coördinatoren van Stad & Streek.*Sanne/);
    expect(await db.prisma.channelBinding.count({ where: { channelId: 'C-other' } })).toBe(0);
    const byCoordinator = await conversation.handleText(context('U1', 'Sanne', 'C-second'), 'koppel Stad & Streek');
    expect(text(byCoordinator)).toMatch(/Gelukt/);
  });
});
