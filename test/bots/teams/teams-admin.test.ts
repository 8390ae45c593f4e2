/**
 * Setting up a region from Teams (issue 11) through the real /api/messages endpoint: an administrator from
 * OOGST_ADMINS creates a region and a partnership; anyone else is refused and nothing is written.
 */
import { describeEachDatabase } from '../../support/test-databases';
import { BRAM, channelMessage, GENERAL, MEGAN, TENANT_ID } from './fixtures/teams-activities';
import { cardText, startTeamsTestApp, TeamsTestApp, validCard } from './support/teams-test-app';

describeEachDatabase('Teams: admin commands', (db) => {
  let t: TeamsTestApp;
  beforeAll(async () => {
    t = await startTeamsTestApp(db(), { OOGST_ADMINS: `teams:${TENANT_ID}:${MEGAN.aadObjectId}`, SCHEDULER_ENABLED: 'false' });
  });
  afterAll(async () => t?.stop());

  async function say(text: string, user = MEGAN): Promise<string> {
    const mark = t.connector.requests.length;
    const res = await t.post(channelMessage({ serviceUrl: t.connector.url, user, channel: GENERAL }, text));
    expect(res.status).toBe(200);
    const replies = t.connector.since(mark).filter((r) => r.operation === 'reply');
    expect(replies).toHaveLength(1);
    return cardText(validCard(replies[0]));
  }

  it('refuses a non-admin and writes nothing', async () => {
    expect(await say('regio nieuw Onderwijsregio Veenland krimp noord', BRAM)).toMatch(/alleen een beheerder/);
    expect(await t.app.db.prisma.region.count()).toBe(0);
  });

  it('lets the administrator create a region and a partnership in it', async () => {
    expect(await say('regio nieuw Onderwijsregio Veenland krimp noord')).toMatch(/Onderwijsregio Veenland/);
    expect(await t.app.db.prisma.region.findFirstOrThrow()).toMatchObject({ name: 'Onderwijsregio Veenland', kind: 'krimp', holidayRegion: 'noord' });
    expect(await say('partnerschap nieuw Opleiden in Veenland regio Veenland po vo')).toMatch(/Opleiden in Veenland/);
    const partnership = await t.app.db.prisma.partnership.findFirstOrThrow({ include: { regions: true } });
    expect(partnership).toMatchObject({ name: 'Opleiden in Veenland', sectors: 'po,vo' });
    expect(partnership.regions).toHaveLength(1);
    expect(await say('partnerschap lijst')).toMatch(/Opleiden in Veenland/);
  });

  it('refuses a duplicate that differs only in case and accents, and changes nothing', async () => {
    expect(await say('regio nieuw onderwijsregio véénland')).toMatch(/bestaat al|al een/);
    expect(await t.app.db.prisma.region.count()).toBe(1);
  });
});
