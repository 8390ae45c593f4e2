/**
 * Multi-workspace mode: the OAuth install (/slack/install -> Slack -> /slack/oauth_redirect) stores the
 * installation in the database, and requests and proactive posts for that workspace use its own token.
 * Also the installation store on its own. Both databases.
 */
import { Installation } from '@slack/bolt';
import { prismaInstallationStore } from '../../../src/bots/slack/storage/prisma-installation.store';
import { SlackStorage } from '../../../src/bots/slack/storage/slack-storage';
import { describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, settle, SlackHarness, startSlackHarness } from './slack-harness';
import { sendCommand, slashCommand, Who } from './slack-requests';

const OAUTH_ENV = { SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'client-secret', SLACK_STATE_SECRET: 'state-secret' };

const installation = (teamId: string, token: string, extra: Partial<Installation> = {}): Installation => ({
  team: { id: teamId, name: 'School' },
  enterprise: undefined,
  user: { id: 'U1', token: undefined, scopes: undefined },
  bot: { id: 'B1', userId: 'UBOT', token, scopes: ['chat:write'] },
  isEnterpriseInstall: false,
  authVersion: 'v2',
  ...extra,
} as Installation);

describeEachDatabase('Slack installation store', (testDb) => {
  let storage: SlackStorage;
  beforeAll(() => {
    storage = SlackStorage.forUrl(testDb().url);
  });
  afterAll(() => storage.close());

  it('stores, replaces on re-install, fetches and deletes a workspace installation', async () => {
    const store = prismaInstallationStore(storage);
    await store.storeInstallation(installation('T1', 'xoxb-old'));
    await store.storeInstallation(installation('T1', 'xoxb-new'));
    const fetched = await store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot?.token).toBe('xoxb-new');
    expect(await (await storage.db()).slackInstallation.count()).toBe(1);
    await store.deleteInstallation!({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(store.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/no Slack installation/);
  });

  it('finds a workspace of an org-wide (Enterprise Grid) install through its enterprise id', async () => {
    const store = prismaInstallationStore(storage);
    await store.storeInstallation(installation('unused', 'xoxb-org', { team: undefined, enterprise: { id: 'E1', name: 'Org' }, isEnterpriseInstall: true }));
    const fetched = await store.fetchInstallation({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: false });
    expect(fetched.bot?.token).toBe('xoxb-org');
    expect((await (await storage.db()).slackInstallation.findUnique({ where: { id: 'E:E1' } }))?.isEnterpriseInstall).toBe(true);
  });
});

describeEachDatabase('Slack OAuth install (many workspaces)', (testDb) => {
  let h: SlackHarness;
  let installed: Who;

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, OAUTH_ENV);
    await seedPartnership(h.app, 'Binnenmeren');
    installed = { teamId: 'T0INSTALL1', userId: 'U0COORD01', userName: 'carla' };
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('installs through /slack/install and /slack/oauth_redirect and stores the installation', async () => {
    const page = await fetch(`${h.app.url}/slack/install`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const authorizeUrl = new URL(/<a href="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&'));
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorizeUrl.searchParams.get('client_id')).toBe('1234.5678');
    expect(authorizeUrl.searchParams.get('scope')).toContain('chat:write');
    const state = authorizeUrl.searchParams.get('state')!;
    const cookie = page.headers.get('set-cookie')!.split(';')[0];
    expect(cookie).toContain(state);

    const done = await fetch(`${h.app.url}/slack/oauth_redirect?code=grant-code&state=${encodeURIComponent(state)}`, { headers: { Cookie: cookie } });
    expect(done.status).toBe(200);
    const exchange = await h.fake.waitFor('oauth.v2.access');
    expect(exchange.args).toMatchObject({ code: 'grant-code', client_id: '1234.5678', client_secret: 'client-secret' });
    const row = await h.app.db.prisma.slackInstallation.findUnique({ where: { id: 'T:T0INSTALL1' } });
    expect(row).toMatchObject({ teamId: 'T0INSTALL1', isEnterpriseInstall: false, botUserId: h.fake.botUserId });
    expect(JSON.parse(row!.installation).bot.token).toBe('xoxb-installed-token');
  });

  it('refuses a redirect whose state does not belong to the browser session', async () => {
    const res = await fetch(`${h.app.url}/slack/oauth_redirect?code=grant-code&state=forged`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await h.app.db.prisma.slackInstallation.count()).toBe(1);
  });

  it('answers the installed workspace with its own token, in requests and proactive posts', async () => {
    const channel = { channelId: 'C0INST0001', channelName: 'binnenmeren' };
    await sendCommand(h.app.url, slashCommand(installed, channel, 'koppel Binnenmeren', h.fake.responseUrl('oauth-link')));
    expect(await h.fake.waitForResponse('oauth-link')).toMatchObject({ response_type: 'in_channel' });
    expect(h.fake.callsTo('users.info').every((c) => c.token === 'xoxb-installed-token')).toBe(true);

    await sendCommand(h.app.url, slashCommand(installed, channel, 'vraag nu', h.fake.responseUrl('oauth-ask')));
    await h.fake.waitForResponse('oauth-ask');
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel.channelId);
    expect(post.token).toBe('xoxb-installed-token');
  });

  it('does nothing for a workspace that never installed Oogst', async () => {
    const stranger = { teamId: 'T0STRANGER', userId: 'U0STRANGE1', userName: 'x' };
    const res = await sendCommand(h.app.url, slashCommand(stranger, { channelId: 'C0X', channelName: 'x' }, 'koppel Binnenmeren', h.fake.responseUrl('stranger')));
    expect(res.status).toBeLessThan(500);
    await settle();
    expect(h.fake.responses.find((r) => r.id === 'stranger')).toBeUndefined();
    expect(await h.app.db.prisma.channelBinding.count({ where: { workspaceId: 'T0STRANGER' } })).toBe(0);
  });
});
