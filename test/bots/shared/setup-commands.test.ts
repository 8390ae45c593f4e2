/**
 * The admin commands through the shared Conversation, as both platforms call it: an admin (by OOGST_ADMINS),
 * a regional lead, a coordinator and someone without rights. Deps are built the way src/app.ts builds them.
 */
import pino from 'pino';
import { Conversation, ConversationContext } from '../../../src/bots/shared/conversation';
import { PlatformDeps } from '../../../src/bots/shared/platform-deps';
import { loadConfig } from '../../../src/config';
import { systemClock } from '../../../src/domain/ports';
import { createServices } from '../../../src/domain/services';
import { Database, openDatabase } from '../../../src/storage/database';
import { createRepositories } from '../../../src/storage/repositories';
import { describeEachDatabase } from '../../support/test-databases';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TEAMS_ADMIN = '3f2b8c1e-0d4a-4a57-9c1e-2b7d6e8f9a01';
const text = (reply: Awaited<ReturnType<Conversation['handleText']>>) => (reply.kind === 'message' ? reply.view.lines.join('\n') : reply.view.title);

function slack(userId: string, name: string, channelId?: string): ConversationContext {
  return {
    user: { platform: 'slack', workspaceId: 'T0TEAM', userId, displayName: name },
    channel: channelId ? { platform: 'slack', workspaceId: 'T0TEAM', channelId, conversationRef: JSON.stringify({ channelId }) } : undefined,
    locale: 'nl',
    deliveryKey: `${userId}-${Math.random()}`,
    resolveMention: async (ref) => (ref.platform === 'slack' ? { platform: 'slack', workspaceId: 'T0TEAM', userId: ref.userId, displayName: ref.name ?? ref.userId } : undefined),
  };
}

function teams(aadObjectId: string, name: string): ConversationContext {
  return {
    user: { platform: 'teams', workspaceId: TENANT, userId: aadObjectId, displayName: name },
    locale: 'en',
    deliveryKey: `${aadObjectId}-${Math.random()}`,
    resolveMention: async (ref) => (ref.platform === 'teams' ? { platform: 'teams', workspaceId: TENANT, userId: `aad-${ref.name}`, displayName: ref.name } : undefined),
  };
}

describeEachDatabase('admin commands in the shared conversation', (testDb) => {
  let db: Database;
  let conversation: Conversation;
  const admin = () => slack('U0ADMIN', 'Beheer');
  const ruud = () => slack('U0RUUD', 'ruud');
  const kees = () => slack('U0KEES', 'Kees');
  const say = async (ctx: ConversationContext, command: string) => text(await conversation.handleText(ctx, command));
  const counts = async () => ({
    regions: await db.prisma.region.count(), partnerships: await db.prisma.partnership.count(),
    leads: await db.prisma.regionRole.count(), coordinators: await db.prisma.partnershipRole.count({ where: { role: 'coordinator' } }),
  });

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
    const config = loadConfig({ DATABASE_URL: testDb().url, OOGST_ADMINS: `slack:T0TEAM:U0ADMIN, teams:${TEAMS_ADMIN}` });
    const log = pino({ level: 'silent' });
    const repos = createRepositories(db.prisma);
    const services = createServices(repos, systemClock, log, { admins: config.OOGST_ADMINS });
    const deps: PlatformDeps = { config, log, repos, services, clock: systemClock };
    conversation = new Conversation(deps);
  });
  afterAll(() => db.close());

  it('someone without rights changes nothing and is told who can', async () => {
    const before = await counts();
    expect(await say(kees(), 'regio nieuw Binnenmeren krimp')).toBe('Dit kan alleen een beheerder van Oogst doen.');
    expect(await say(kees(), 'partnerschap nieuw Opleiden PO regio Binnenmeren po')).toBe('Dit is alleen voor regioleiders.');
    expect(await say(kees(), 'partnerschap lijst')).toBe('Dit is alleen voor regioleiders.');
    expect(await counts()).toEqual(before);
  });

  it('an admin creates regions; the same name again (other case, accents) is refused', async () => {
    const reply = await conversation.handleText(admin(), 'regio nieuw Onderwijsregio Binnenmeren krimp noord');
    expect(reply).toMatchObject({ kind: 'message', view: { tone: 'success' } });
    expect(text(reply)).toBe('Onderwijsregio aangemaakt: Onderwijsregio Binnenmeren.\nSoort: krimpregio. Vakantieregio: noord.');
    expect(await say(admin(), 'regio nieuw onderwijsregio BINNENMÉREN')).toBe('Er is al een onderwijsregio met de naam Onderwijsregio Binnenmeren.');
    expect(await say(admin(), 'regio nieuw !!!')).toBe('Een naam moet letters of cijfers bevatten; "!!!" kan ik niet gebruiken.');
    expect(await say(teams(TEAMS_ADMIN, 'Admin'), 'region new Kustland')).toBe('Education region created: Kustland.\nKind: other. Holiday region: middle.');
    expect(await db.prisma.region.findUniqueOrThrow({ where: { nameKey: 'onderwijsregio binnenmeren' } })).toMatchObject({ kind: 'krimp', holidayRegion: 'noord' });
  });

  it('an admin creates a partnership in an existing region, with sectors', async () => {
    expect(await say(admin(), 'partnerschap nieuw Opleiden VO regio Onderwijsregio Binnemeren vo')).toBe('Ik ken geen onderwijsregio "Onderwijsregio Binnemeren". Bedoel je "Onderwijsregio Binnenmeren"?');
    expect(await say(admin(), 'partnerschap nieuw Opleiden VO regio Noordzee vo')).toMatch(/Ik ken geen onderwijsregio "Noordzee". Kies een van deze: Kustland en Onderwijsregio Binnenmeren/);
    expect(await say(admin(), 'partnerschap nieuw Opleiden VO regio Kustland')).toMatch(/^Noem ook de sector\(en\)/);
    expect(await say(admin(), 'partnerschap nieuw Opleiden VO regio Kustland vo')).toMatch(/^Partnerschap Opleiden VO is aangemaakt, in regio Kustland\.\nKoppel het kanaal/);
    expect(await say(admin(), 'partnerschap nieuw opleiden vo regio Kustland po')).toBe('Er is al een partnerschap met de naam Opleiden VO.');
    const row = await db.prisma.partnership.findUniqueOrThrow({ where: { nameKey: 'opleiden vo' }, include: { regions: true } });
    expect(row).toMatchObject({ sectors: 'vo', regions: [expect.objectContaining({ positioning: 'within' })] });
  });

  it('an admin appoints a regional lead by mention; twice is still one', async () => {
    const reply = await conversation.handleText(admin(), 'regioleider <@U0RUUD|ruud> onderwijsregio binnenmeren');
    expect(reply).toMatchObject({ visibility: 'public' });
    expect(text(reply)).toBe('ruud is nu regioleider van Onderwijsregio Binnenmeren en krijgt de wekelijkse samenvatting.');
    expect(await say(admin(), 'regioleider <@U0RUUD|ruud> Onderwijsregio Binnenmeren')).toBe('ruud is al regioleider van Onderwijsregio Binnenmeren.');
    expect(await say(admin(), 'regioleider @Onbekend Kustland')).toBe('Ik kan Onbekend niet vinden. Noem de persoon met een @-vermelding.');
    expect(await db.prisma.regionRole.count()).toBe(1);
  });

  it('a regional lead sets up their own region, and only that one', async () => {
    const before = await counts();
    expect(await say(ruud(), 'partnerschap nieuw Opleiden X regio Kustland po')).toBe('Dit kan alleen een beheerder of een regioleider van Kustland doen.');
    expect(await say(ruud(), 'regio nieuw Nog Een Regio')).toBe('Dit kan alleen een beheerder van Oogst doen.');
    expect(await say(ruud(), 'regioleider <@U0X|x> Kustland')).toBe('Dit kan alleen een beheerder of een regioleider van Kustland doen.');
    expect(await counts()).toEqual(before);
    expect(await say(ruud(), 'partnerschap nieuw Opleiden PO regio Onderwijsregio Binnenmeren po')).toMatch(/^Partnerschap Opleiden PO is aangemaakt/);
    // "Binnenmeren" finds "Onderwijsregio Binnenmeren": people leave the prefix out.
    expect(await say(ruud(), 'regioleider <@U0INGRID|ingrid> Binnenmeren')).toMatch(/^ingrid is nu regioleider van Onderwijsregio Binnenmeren/);
  });

  it('coordinators: a lead appoints in their region; a coordinator in their partnership; others are told who can', async () => {
    expect(await say(ruud(), 'coordinator <@U0JEROEN|jeroen> Opleiden PO')).toBe('jeroen is nu coördinator van Opleiden PO.');
    expect(await say(ruud(), 'coordinator <@U0JEROEN|jeroen> Opleiden PO')).toBe('jeroen is al coördinator van Opleiden PO.');
    expect(await say(ruud(), 'coordinator <@U0LISA|lisa> Opleiden VO')).toBe('Dit kan alleen een coördinator van Opleiden VO doen, en die is er nog niet. Vraag een beheerder om er een aan te wijzen.');
    expect(await say(kees(), 'coordinator <@U0KEES|Kees> Opleiden PO')).toBe('Dit kunnen alleen de coördinatoren van Opleiden PO doen: jeroen.');
    expect(await say(slack('U0JEROEN', 'jeroen'), 'coordinator <@U0NOOR|noor> Opleiden PO')).toBe('noor is nu coördinator van Opleiden PO.');
    expect(await say(teams(TEAMS_ADMIN, 'Admin'), 'coordinator <at>Lisa</at> Opleiden VO')).toBe('Lisa is now a coordinator of Opleiden VO.');
    expect(await db.prisma.partnershipRole.count({ where: { role: 'coordinator' } })).toBe(3);
  });

  it('the list shows every partnership with its regions and positioning, for admins and leads', async () => {
    const expected = ['Partnerschappen:', '• Opleiden PO (po), regio Onderwijsregio Binnenmeren (binnen)', '• Opleiden VO (vo), regio Kustland (binnen)'].join('\n');
    expect(await say(admin(), 'partnerschap lijst')).toBe(expected);
    expect(await say(ruud(), 'partnerschappen')).toBe(expected);
  });
});
