/**
 * The rhythm commands end to end through the shared conversation (parser, registry, services, database):
 * anyone sees the rhythm, only coordinators change it, and bad input gets a Dutch message with the right form
 * while the stored schedule stays exactly as it was.
 */
import { Conversation, ConversationContext } from '../../src/bots/shared/conversation';
import { loadConfig } from '../../src/config';
import { createServices } from '../../src/domain/services';
import { createLogger } from '../../src/shared/logger';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';
import { FakeClock } from './support/fake-clock';
import { addMember, addPartnership, linkChannel } from './support/rhythm-fixture';

// Wednesday 6 January 2027, 10:00 Amsterdam.
const NOW = '2027-01-06T09:00:00Z';

describeEachDatabase('rhythm commands', (testDb) => {
  let db: Database;
  let conversation: Conversation;
  let partnershipId: string;
  let channelId: string;
  let coordinator: { userId: string; id: string };
  let member: { userId: string; id: string };
  const clock = new FakeClock(new Date(NOW));

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
    const repos = createRepositories(db.prisma);
    const log = createLogger('silent');
    const services = createServices(repos, clock, log);
    conversation = new Conversation({ config: loadConfig({}), log, repos, services, clock });
    const partnership = await addPartnership(db, { holidayRegion: 'midden', name: 'Stad en Streek' });
    partnershipId = partnership.id;
    channelId = (await linkChannel(db, partnershipId)).channelId;
    coordinator = await addMember(db, partnershipId, { role: 'coordinator' });
    member = await addMember(db, partnershipId);
  });
  afterAll(() => db.close());
  beforeEach(() => clock.set(NOW));

  const ctx = (userId: string, inChannel = true): ConversationContext => ({
    user: { platform: 'slack', workspaceId: 'T1', userId, displayName: `Persoon ${userId}` },
    ...(inChannel ? { channel: { platform: 'slack', workspaceId: 'T1', channelId, conversationRef: '{}' } } : {}),
    locale: 'nl',
    deliveryKey: `d-${Math.random()}`,
    resolveMention: async () => undefined,
  });
  const say = async (text: string, who = coordinator.userId, inChannel = true) => {
    const reply = await conversation.handleText(ctx(who, inChannel), text);
    if (reply.kind !== 'message') throw new Error('expected a message');
    return { text: reply.view.lines.join('\n'), tone: reply.view.tone, visibility: reply.visibility };
  };
  const stored = async () => ({
    schedule: await db.prisma.schedule.findUnique({ where: { partnershipId }, omit: { updatedAt: true } }),
    blackouts: await db.prisma.blackoutDate.findMany({ where: { partnershipId }, select: { date: true } }),
  });

  it('shows anyone the default rhythm and the next three slots with their focus points', async () => {
    const reply = await say('ritme', member.userId);
    expect(reply.visibility).toBe('private');
    expect(reply.text).toContain('Het ritme is: wekelijks op dinsdag om 09:00.');
    expect(reply.text).toContain('Focuspunten: alle elf');
    expect(reply.text).toContain('Antwoorden kan: 5 dagen');
    expect(reply.text).toContain('Herinnering: 24 uur voor het sluiten');
    expect(reply.text).toContain('schoolvakantie (regio midden)');
    expect(reply.text).toContain('De volgende vragen:\n• dinsdag 12 januari, 09:00: Kwaliteit\n• dinsdag 19 januari, 09:00: Doelstellingen\n• dinsdag 26 januari, 09:00: Bovenbestuurlijke solidariteit');
  });

  it('lets only coordinators change the rhythm', async () => {
    const before = await stored();
    const reply = await say('ritme maandelijks donderdag 14:00', member.userId);
    expect(reply.text).toMatch(/alleen de coördinatoren/);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['ritme wekelijks dinsdag 25:00', /Schrijf de tijd als uu:mm.*Zo werkt het: ritme wekelijks\|tweewekelijks\|maandelijks <dag> <uu:mm>/s],
    ['ritme dinsdag om negen', /Zo werkt het: ritme wekelijks\|tweewekelijks\|maandelijks <dag> <uu:mm>/],
    ['ritme wekelijks dinsdga 09:00', /Bedoel je "dinsdag"\?/],
    ['ritme wekelijks blauwemaandag 09:00', /Noem een dag van de week/],
    ['focus kwalitiet, onzinpunt', /Zo werkt het: focus <focuspunt>, <focuspunt>/],
    ['focus', /Er mist nog iets.*Zo werkt het: focus/s],
    ['venster 10 dagen', /langer dan het ritme \(wekelijks\).*hoogstens 7 dagen, bijvoorbeeld: venster 7 dagen/],
    ['venster tien dagen', /Gebruik een heel getal.*Zo werkt het: venster <aantal> dagen/s],
    ['pauze tot 2026-12-01', /Die datum is al voorbij.*Zo werkt het: pauze tot <datum>/s],
    ['pauze tot 2027-01-06', /Die datum is al voorbij/],
    ['pauze tot morgen', /Schrijf de datum als 2027-01-05/],
    ['vrij 2027-01-05', /Die dag is al voorbij.*Zo werkt het: vrij <datum>/s],
    ['vrij 31-02-2027', /Schrijf de datum als/],
    ['herinneringen misschien', /Kies aan of uit/],
  ])('refuses "%s" in Dutch, with the right form, and changes nothing', async (input, message) => {
    await say('ritme'); // the schedule exists
    const before = await stored();
    const remindersBefore = (await db.prisma.person.findUniqueOrThrow({ where: { id: coordinator.id } })).remindersEnabled;
    const reply = await say(input);
    expect(reply.tone).toBe('warning');
    expect(reply.text).toMatch(message);
    expect(await stored()).toEqual(before);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: coordinator.id } })).remindersEnabled).toBe(remindersBefore);
  });

  it('sets a monthly rhythm on the n-th weekday, anchored on the first slot after now, and announces it', async () => {
    const reply = await say('ritme maandelijks dinsdag 09:30');
    expect(reply).toMatchObject({ tone: 'success', visibility: 'public' });
    // The first Tuesday after Wednesday 6 January is the 12th: the second Tuesday of the month.
    expect(reply.text).toBe('Top, het ritme is nu maandelijks op de tweede dinsdag om 09:30. De eerste vraag komt dinsdag 12 januari, 09:30.');
    expect((await stored()).schedule).toMatchObject({ cadence: 'monthly', weekday: 2, time: '09:30', anchorDate: '2027-01-12' });
    expect((await say('ritme', member.userId)).text).toContain('• dinsdag 9 februari, 09:30');
  });

  it('accepts a window up to the cadence, and refuses a rhythm the current window does not fit', async () => {
    await say('ritme tweewekelijks woensdag 11:00');
    expect((await say('venster 14 dagen')).text).toBe('Je kunt voortaan 14 dagen antwoorden op een vraag.');
    const before = await stored();
    const reply = await say('ritme wekelijks dinsdag 09:00');
    expect(reply.text).toMatch(/Het antwoordvenster is nu 14 dagen: te lang voor een wekelijks ritme \(hoogstens 7 dagen\).*venster 7 dagen/);
    expect(await stored()).toEqual(before);
    await say('venster 5 dagen');
    expect((await say('ritme wekelijks dinsdag 09:00')).tone).toBe('success');
  });

  it('chooses focus points and back to all of them', async () => {
    // Stored and shown in principle order, whatever order they were typed in.
    expect((await say('focus financien, kwaliteit')).text).toBe('De vragen gaan nu over: Kwaliteit en Financiën.');
    expect((await stored()).schedule?.focusCodes).toBe('kwaliteit,financien');
    expect((await say('ritme', member.userId)).text).toContain('Focuspunten: Kwaliteit en Financiën');
    expect((await say('focus alle')).text).toBe('De vragen gaan weer over alle focuspunten.');
    expect((await stored()).schedule?.focusCodes).toBe('');
  });

  it('pauses until a date and resumes', async () => {
    expect((await say('pauze tot 1 februari 2027')).text).toBe('Oogst pauzeert tot maandag 1 februari 2027. Typ "hervat" om eerder verder te gaan.');
    const shown = (await say('ritme', member.userId)).text;
    expect(shown).toContain('Gepauzeerd tot maandag 1 februari 2027, 00:00');
    expect(shown).toContain('• dinsdag 2 februari, 09:00');
    expect((await say('hervat')).text).toBe('We gaan weer verder. De volgende vraag komt dinsdag 12 januari, 09:00.');
    expect((await stored()).schedule?.pausedUntil).toBeNull();
    expect((await say('hervat')).text).toBe('Oogst was niet gepauzeerd.');
  });

  it('adds a day off; the slot of that day moves to the next school day', async () => {
    const reply = await say('vrij 2027-01-19');
    expect(reply.text).toBe('Op dinsdag 19 januari 2027 komt er geen vraag.\nDe vraag van die dag komt dan op woensdag 20 januari, 09:00.');
    expect((await stored()).blackouts).toEqual([{ date: '2027-01-19' }]);
    expect((await say('ritme', member.userId)).text).toContain('woensdag 20 januari, 09:00: Doelstellingen (verschoven vanwege een vrije dag)');
  });

  it('lets anyone switch their own reminders off and on, also in a direct message', async () => {
    expect((await say('herinneringen uit', member.userId, false)).text).toBe('Je krijgt geen herinneringen meer.');
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: member.id } })).remindersEnabled).toBe(false);
    expect((await say('herinneringen aan', member.userId)).text).toMatch(/Je krijgt weer een herinnering/);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: member.id } })).remindersEnabled).toBe(true);
  });

  it('explains how to link when the channel is not linked', async () => {
    const reply = await conversation.handleText({ ...ctx(member.userId), channel: { platform: 'slack', workspaceId: 'T1', channelId: 'CNOTLINKED', conversationRef: '{}' } }, 'ritme');
    expect(reply.kind === 'message' && reply.view.lines.join(' ')).toMatch(/nog niet gekoppeld/);
  });
});
