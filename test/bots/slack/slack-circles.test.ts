/**
 * Partners in beeld on Slack (signed requests, fake Web API), on SQLite and PostgreSQL: "/oogst cirkels" posts the
 * panel in the channel, buttons open modals, submissions are validated in the ack (errors under the inputs,
 * nothing stored) or update the panel message for everyone, and closing puts the picture in an image block
 * pointing at its signed link.
 */
import { PNG } from 'pngjs';
import { describeEachDatabase } from '../../support/test-databases';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { blockText, checked, click, command, expectSaved, submit, text, updateSince } from './slack-panels';
import { Where } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const channel: Where = { channelId: 'C0CIRKELS1', channelName: 'binnenmeren' };

describeEachDatabase('Slack: Partners in beeld', (testDb) => {
  let h: SlackHarness;
  let panel: Json;
  const counts = async () => [await h.app.db.prisma.circleActor.count(), await h.app.db.prisma.circleVote.count(), await h.app.db.prisma.circleActor.count({ where: { challenging: true } })];
  const idOf = async (name: string) => (await h.app.db.prisma.circleActor.findFirstOrThrow({ where: { name } })).id;
  const propose = async (who = h.member, name: string, organisation: string) => {
    const view = (await click(h, who, channel, panel, /Partner voorstellen/)) as Json;
    return submit(h, who, view, { name: text(name), organisation: text(organisation), role: text(null) });
  };

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, { SCHEDULER_ENABLED: 'false' });
    await seedPartnership(h.app, 'Binnenmeren');
    await command(h, h.coordinator, channel, 'koppel Binnenmeren');
    await command(h, h.member, channel, 'status');
  });
  afterAll(async () => h?.stop());

  it('"/oogst cirkels" starts it and posts the panel in the channel', async () => {
    panel = await command(h, h.coordinator, channel, 'cirkels');
    expect(panel.response_type).toBe('in_channel');
    expect(blockText(panel)).toMatch(/Partners in beeld is gestart/);
    expect(await h.app.db.prisma.circleExercise.count()).toBe(1);
  });

  it('a member proposes partners in a modal; the panel message is updated, the modal confirms', async () => {
    for (const [name, org] of [['Wethouder', 'Gemeente Lelystad'], ['Bestuurder', 'Stichting Flevo'], ['HR-adviseur', 'Scholengroep'], ['Pabo-directeur', 'Hogeschool'], ['Teamleider', 'MBO College'], ['Schoolleider', 'Basisschool']]) {
      const mark = h.fake.calls.length;
      expectSaved(await propose(h.member, name, org), new RegExp(`${name} staat op de lijst`));
      const update = await updateSince(h, mark);
      expect(update).toMatchObject({ channel: channel.channelId, ts: '1700000000.000100' });
      expect(blockText(update)).toContain(name);
      panel = update; // the buttons follow the state (voting appears once there are partners)
    }
  });

  it('a name over its limit comes back under the input; nothing stored', async () => {
    const before = await counts();
    expect(await propose(h.member, 'n'.repeat(81), 'Org')).toEqual({ response_action: 'errors', errors: { name: expect.stringMatching(/maximaal 80 tekens, nu 81/) } });
    expect(await counts()).toEqual(before);
  });

  it('a top 5 of six is refused; a top 5 of two is stored', async () => {
    const view = (await click(h, h.member, channel, panel, /Top 5 kiezen/)) as Json;
    const all = (await h.app.db.prisma.circleActor.findMany()).map((a) => a.id);
    expect(await submit(h, h.member, view, { actors: checked(all) })).toMatchObject({ errors: { actors: expect.stringMatching(/hoogstens 5/) } });
    expect((await counts())[1]).toBe(0);
    expectSaved(await submit(h, h.member, view, { actors: checked([await idOf('Schoolleider'), await idOf('Teamleider')]) }));
    expect((await counts())[1]).toBe(2);
  });

  it('the coordinator marks 2 as most challenging (4 refused) and a member fills in what and how', async () => {
    const memberTry = await click(h, h.member, channel, panel, /Meest uitdagend/);
    expect(JSON.stringify(memberTry?.blocks)).toMatch(/coördinator/);
    const view = (await click(h, h.coordinator, channel, panel, /Meest uitdagend/)) as Json;
    const four = await Promise.all(['Schoolleider', 'Teamleider', 'Wethouder', 'Bestuurder'].map(idOf));
    expect(await submit(h, h.coordinator, view, { actors: checked(four) })).toMatchObject({ errors: { actors: expect.stringMatching(/hoogstens 3/) } });
    const mark = h.fake.calls.length;
    expectSaved(await submit(h, h.coordinator, view, { actors: checked(four.slice(0, 2)) }));
    panel = await updateSince(h, mark);
    const detail = (await click(h, h.member, channel, panel, /Wat en hoe: Schoolleider/)) as Json;
    expect(detail.blocks.filter((b: Json) => b.type === 'input').map((b: Json) => b.block_id)).toEqual(['what', 'whatText', 'how', 'howText']);
    const beforeDetail = h.fake.calls.length;
    expectSaved(await submit(h, h.member, detail, { what: checked(['solidariteit']), whatText: text('Samen de krimp opvangen'), how: checked(['bilateraal']), howText: text(null) }));
    expect(blockText(await updateSince(h, beforeDetail))).toMatch(/Solidariteit; Samen de krimp opvangen/);
    const actor = await h.app.db.prisma.circleActor.findFirstOrThrow({ where: { name: 'Schoolleider' } });
    expect(actor).toMatchObject({ whatCodes: 'solidariteit', howCodes: 'bilateraal', whatText: 'Samen de krimp opvangen' });
  });

  it('closing replaces the panel with the summary and its picture (an image block at a signed link)', async () => {
    const mark = h.fake.calls.length;
    await click(h, h.coordinator, channel, panel, /Afsluiten/);
    const summary = await updateSince(h, mark);
    const image = (summary.blocks as Json[]).find((b) => b.type === 'image') as Json;
    const url = new URL(image.image_url);
    expect(url.pathname).toMatch(/^\/files\/circles\/[0-9a-f-]{36}\/diagram\.png$/);
    const res = await fetch(`${h.app.url}${url.pathname}${url.search}`);
    expect(res.status).toBe(200);
    expect(PNG.sync.read(Buffer.from(await res.arrayBuffer())).width).toBe(800);
    expect(blockText(summary)).toMatch(/Dialoog plannen: Schoolleider/);
    expect((await h.app.db.prisma.circleExercise.findFirstOrThrow()).status).toBe('closed');
  });

  it('after closing a proposal is refused and nothing changes', async () => {
    const before = await counts();
    const refused = await click(h, h.member, channel, panel, /Partner voorstellen/);
    expect(JSON.stringify(refused?.blocks)).toMatch(/afgesloten/);
    expect(await counts()).toEqual(before);
  });
});
