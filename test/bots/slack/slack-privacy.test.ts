/**
 * Privacy on Slack over signed HTTP requests (SQLite and PostgreSQL): the notice as a second ephemeral answer to
 * the first command only; "mijn gegevens" ephemeral with link buttons that download; "vergeet mij" buttons that
 * only the person who asked can use (a colleague's click with the same token erases nothing); afterwards no
 * table holds the name or Slack ids.
 */
import { FORGET_ACTION_ID_PATTERN, forgetActionId, linkActionId } from '../../../src/cards';
import { checkBlockKitMessage } from '../../support/block-kit-check';
import { parseCsv } from '../../support/csv';
import { scanTextColumns } from '../../support/personal-data-scan';
import { describeEachDatabase } from '../../support/test-databases';
import { download, tampered } from '../../privacy/support/download';
import { seedPartnership, settle, SlackHarness, startSlackHarness } from './slack-harness';
import { buttonClick, sendCommand, sendInteraction, slashCommand, Where, Who } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const channel: Where = { channelId: 'C0PRIV0001', channelName: 'binnenmeren' };
const buttons = (message: Json): Json[] => (message.blocks as Json[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);

describeEachDatabase('Slack: privacy and data rights', (testDb) => {
  let h: SlackHarness;
  let n = 0;
  let token = '';

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, { OOGST_LINK_SECRET: 'slack-privacy-test-secret-0123456789abcdef' });
    await seedPartnership(h.app, 'Binnenmeren');
  });
  afterAll(async () => h?.stop());

  /** A slash command; every answer on its response_url, in order. */
  async function command(who: Who, text: string, answers = 1): Promise<Json[]> {
    const id = `privacy-${(n += 1)}`;
    expect((await sendCommand(h.app.url, slashCommand(who, channel, text, h.fake.responseUrl(id)))).status).toBe(200);
    await h.fake.waitForResponse(id);
    await settle(answers > 1 ? 300 : 100);
    const replies = h.fake.responses.filter((r) => r.id === id).map((r) => r.body as Json);
    for (const reply of replies) expect(checkBlockKitMessage(reply)).toEqual([]);
    return replies;
  }
  const memberId = async () => (await h.app.repos.people.findByIdentity('slack', h.fake.teamId, h.member.userId))?.id;

  it('answers the first command and adds the privacy notice, ephemerally; later commands come without it', async () => {
    await command(h.coordinator, 'koppel Binnenmeren', 2);
    const first = await command(h.member, 'status', 2);
    expect(first).toHaveLength(2);
    expect(first[1]).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(first[1].blocks)).toMatch(/Zo gaat Oogst om met je gegevens.*vergeet mij/);
    expect(buttons(first[1])[0]).toMatchObject({ action_id: linkActionId(0), url: expect.stringMatching(/\/privacy$/) });
    expect(await command(h.member, 'status')).toHaveLength(1);
  });

  it('acknowledges a click on a link button (Slack posts it although it opens the URL itself)', async () => {
    const res = await sendInteraction(h.app.url, buttonClick(h.member, channel, { action_id: linkActionId(0), value: 'x', block_id: 'privacy' }));
    expect(res.status).toBe(200);
  });

  it('"mijn gegevens": ephemeral link buttons that download JSON and CSV; tampered links are refused', async () => {
    const [reply] = await command(h.member, 'mijn gegevens');
    expect(reply.response_type).toBe('ephemeral');
    const [json, csv] = buttons(reply).map((b) => String(b.url));
    const data = JSON.parse((await download(h.app.url, json)).body);
    expect(data.sections.person[0]).toMatchObject({ displayName: 'Mees Meijer' });
    expect(data.sections.identities[0]).toMatchObject({ platform: 'slack', workspaceId: h.fake.teamId, userId: h.member.userId });
    expect(data.sections.partnershipRoles[0]).toMatchObject({ partnership: 'Binnenmeren', role: 'member' });
    const rows = parseCsv((await download(h.app.url, csv)).body);
    expect(rows.find((r) => r[0] === 'person' && r[2] === 'displayName')?.[3]).toBe('Mees Meijer');
    expect((await download(h.app.url, tampered(json, 'signature'))).status).toBe(403);
    expect((await download(h.app.url, tampered(json, 'person'))).status).toBe(403);
  });

  it('"vergeet mij": the coordinator clicking with the member\'s token erases nothing', async () => {
    const [reply] = await command(h.member, 'vergeet mij');
    const [confirm, cancel] = buttons(reply);
    expect(confirm).toMatchObject({ action_id: forgetActionId('confirm'), style: 'danger' });
    expect(cancel.action_id).toMatch(FORGET_ACTION_ID_PATTERN);
    token = String(confirm.value);
    await sendInteraction(h.app.url, buttonClick(h.coordinator, channel, { action_id: forgetActionId('confirm'), value: token, block_id: 'privacy' }, h.fake.responseUrl('stolen')));
    expect(JSON.stringify((await h.fake.waitForResponse('stolen')).blocks)).toMatch(/verlopen of niet van jou/);
    await sendInteraction(h.app.url, buttonClick(h.member, channel, { action_id: forgetActionId('confirm'), value: `${token}0`, block_id: 'privacy' }, h.fake.responseUrl('forged')));
    expect(JSON.stringify((await h.fake.waitForResponse('forged')).blocks)).toMatch(/verlopen of niet van jou/);
    expect(await memberId()).toBeDefined();
  });

  it('the member confirms: the ephemeral card is replaced and nothing identifying is left', async () => {
    await sendInteraction(h.app.url, buttonClick(h.member, channel, { action_id: forgetActionId('confirm'), value: token, block_id: 'privacy' }, h.fake.responseUrl('confirm')));
    const done = await h.fake.waitForResponse('confirm');
    expect(done).toMatchObject({ replace_original: true });
    expect(JSON.stringify(done.blocks)).toMatch(/Klaar.*niets meer over je/);
    expect(await memberId()).toBeUndefined();
    const { findings } = await scanTextColumns(testDb().url, ['Mees Meijer', h.member.userId]);
    expect(findings).toEqual([]);
    const again = await command(h.member, 'status', 2);
    expect(JSON.stringify(again[1].blocks)).toMatch(/Zo gaat Oogst om met je gegevens/);
  });

  it('the coordinator\'s audit log shows the linking and the erasure, without naming who was forgotten', async () => {
    const [log] = await command(h.coordinator, 'audit');
    expect(log.response_type).toBe('ephemeral');
    const text = JSON.stringify(log.blocks);
    expect(text).toMatch(/Carla de Coördinator koppelde een kanaal \(binnenmeren\) aan Binnenmeren/);
    expect(text).toMatch(/iemand die vergeten is liet de eigen gegevens wissen \(Binnenmeren\)/);
    expect(text).not.toMatch(/Mees/);
  });
});
