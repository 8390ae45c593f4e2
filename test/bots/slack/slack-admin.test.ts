/**
 * Setting up a region from Slack (issue 11) through the real /slack/events endpoint: an administrator from
 * OOGST_ADMINS creates a region and a partnership with /oogst; anyone else is refused and nothing is written.
 */
import { describeEachDatabase } from '../../support/test-databases';
import { SlackHarness, startSlackHarness } from './slack-harness';
import { sendCommand, slashCommand, Where } from './slack-requests';

describeEachDatabase('Slack: admin commands', (db) => {
  let h: SlackHarness;
  let n = 0;
  const channel: Where = { channelId: 'C0ADMIN01', channelName: 'regio' };
  beforeAll(async () => {
    h = await startSlackHarness(db().url, { OOGST_ADMINS: 'slack:T0OOGST01:U0COORD01', SCHEDULER_ENABLED: 'false' });
  });
  afterAll(async () => h?.stop());

  async function oogst(text: string, who = h.coordinator): Promise<string> {
    const id = `admin-${(n += 1)}`;
    expect((await sendCommand(h.app.url, slashCommand(who, channel, text, h.fake.responseUrl(id)))).status).toBe(200);
    return JSON.stringify(await h.fake.waitForResponse(id));
  }

  it('refuses a non-admin and writes nothing', async () => {
    expect(await oogst('regio nieuw Onderwijsregio Veenland krimp noord', h.member)).toMatch(/alleen een beheerder/);
    expect(await h.app.db.prisma.region.count()).toBe(0);
  });

  it('lets the administrator create a region and a partnership in it', async () => {
    expect(h.fake.teamId).toBe('T0OOGST01');
    expect(await oogst('regio nieuw Onderwijsregio Veenland krimp noord')).toMatch(/Onderwijsregio Veenland/);
    expect(await h.app.db.prisma.region.findFirstOrThrow()).toMatchObject({ kind: 'krimp', holidayRegion: 'noord' });
    expect(await oogst('partnerschap nieuw Opleiden in Veenland regio Veenland mbo')).toMatch(/Opleiden in Veenland/);
    expect(await h.app.db.prisma.partnership.findFirstOrThrow()).toMatchObject({ name: 'Opleiden in Veenland', sectors: 'mbo' });
  });
});
