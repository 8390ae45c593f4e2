/**
 * Dialogue tables on Slack (signed requests, fake Web API), on SQLite and PostgreSQL: the planning modal (date
 * and time pickers, number input, selects) with bad input refused in the ack and nothing stored, the invite
 * link parsed back with ical.js, moving (SEQUENCE up), cancelling (METHOD:CANCEL), the reminder and follow-up
 * question posted by the tick, and the owner's follow-up captured through its modal.
 */
import { FixedClock } from '../../support/app-deps';
import { describeEachDatabase } from '../../support/test-databases';
import { fetchInvite, icsLinkIn } from '../../dialogues/ics-fetch';
import { seedPartnership, SlackHarness, startSlackHarness } from './slack-harness';
import { blockText, checked, click, command, date, expectSaved, multi, number, radio, select, submit, text, time, updateSince } from './slack-panels';
import { Where } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const channel: Where = { channelId: 'C0DIALOOG1', channelName: 'stad-en-streek' };

describeEachDatabase('Slack: dialogue tables', (testDb) => {
  let h: SlackHarness;
  let planMessage: Json;
  let memberId: string;
  const clock = new FixedClock(new Date('2027-03-01T09:00:00Z'));
  const values = (change: Record<string, Json> = {}) => ({
    title: text('Solidariteit tussen besturen'), actorText: text(null), goal: checked(['solidariteit']), goalText: text(null), format: radio('overleg'),
    date: date('2027-03-29'), time: time('09:30'), duration: number('120'), location: text('https://meet.example.org/solidariteit'),
    owner: select(memberId), participants: multi([memberId]), guests: text('bestuur@flevo.example'), ...change,
  });

  beforeAll(async () => {
    h = await startSlackHarness(testDb().url, { SCHEDULER_ENABLED: 'false' }, undefined, undefined, clock);
    await seedPartnership(h.app, 'Stad & Streek');
    await command(h, h.coordinator, channel, 'koppel Stad & Streek');
    await command(h, h.member, channel, 'status');
    memberId = (await h.app.repos.people.findByIdentity('slack', h.fake.teamId, h.member.userId))!.id;
  });
  afterAll(async () => h?.stop());

  it('"/oogst dialoog plan" posts a button that opens the planning modal; members may not plan', async () => {
    planMessage = await command(h, h.coordinator, channel, 'dialoog plan');
    expect(planMessage.response_type).toBe('in_channel');
    const view = (await click(h, h.coordinator, channel, planMessage, /Dialoogtafel plannen/)) as Json;
    const elements = Object.fromEntries(view.blocks.filter((b: Json) => b.type === 'input').map((b: Json) => [b.block_id, b.element.type]));
    expect(elements).toMatchObject({ date: 'datepicker', time: 'timepicker', duration: 'number_input', goal: 'checkboxes', format: 'radio_buttons', owner: 'static_select', participants: 'multi_static_select' });
    expect(JSON.stringify((await click(h, h.member, channel, planMessage, /Dialoogtafel plannen/))?.blocks)).toMatch(/coördinator/);
    expect((await command(h, h.member, channel, 'dialoog plan 2027-04-01 10:00 Stiekem')).blocks[0].text.text).toMatch(/coördinator/);
    expect(await h.app.db.prisma.dialogue.count()).toBe(0);
  });

  it.each([
    ['a date in the past', { date: date('2027-02-27') }, 'date', /al voorbij/],
    ['no time', { time: time(null) }, 'time', /Vul dit in: Begintijd/],
    ['a duration of 0', { duration: number('0') }, 'duration', /van 1 tot en met 480/],
    ['a duration over 8 hours', { duration: number('481') }, 'duration', /van 1 tot en met 480/],
    ['an invalid e-mail', { guests: text('bestuur@flevo.example; niet@') }, 'guests', /geen geldig e-mailadres: "niet@"/],
    ['a title over its limit', { title: text('t'.repeat(121)) }, 'title', /maximaal 120 tekens, nu 121/],
  ])('refuses %s under the input and stores nothing', async (_label, change, field, message) => {
    const view = (await click(h, h.coordinator, channel, planMessage, /Dialoogtafel plannen/)) as Json;
    const ack = await submit(h, h.coordinator, view, values(change));
    expect(ack).toMatchObject({ response_action: 'errors', errors: { [field]: expect.stringMatching(message) } });
    expect(await h.app.db.prisma.dialogue.count()).toBe(0);
  });

  it('plans it: the message becomes the dialogue card with the invite (REQUEST, 09:30 Amsterdam)', async () => {
    const view = (await click(h, h.coordinator, channel, planMessage, /Dialoogtafel plannen/)) as Json;
    const mark = h.fake.calls.length;
    expectSaved(await submit(h, h.coordinator, view, values()));
    const card = await updateSince(h, mark);
    expect(blockText(card)).toMatch(/Dialoogtafel 1: Solidariteit tussen besturen/);
    const invite = await fetchInvite(h.app.url, icsLinkIn(blockText(card)));
    expect(invite).toMatchObject({ method: 'REQUEST', sequence: 0, start: '2027-03-29T09:30:00', startUtc: '2027-03-29T07:30:00.000Z', tzid: 'Europe/Amsterdam' });
    expect(invite.attendees).toEqual(['mailto:bestuur@flevo.example']);
  });

  it('moving raises SEQUENCE; cancelling makes it METHOD:CANCEL', async () => {
    const moved = await command(h, h.coordinator, channel, 'dialoog verzet 1 2027-03-26 09:30');
    const invite = await fetchInvite(h.app.url, icsLinkIn(blockText(moved)));
    expect(invite).toMatchObject({ sequence: 1, start: '2027-03-26T09:30:00', startUtc: '2027-03-26T08:30:00.000Z' }); // CET, before the change
    await command(h, h.coordinator, channel, 'dialoog plan 2027-04-20 13:00 Tweede gesprek');
    const cancelled = await command(h, h.coordinator, channel, 'dialoog annuleer 2');
    expect(blockText(cancelled)).toMatch(/Dialoogtafel 2 is geannuleerd/);
    expect(await fetchInvite(h.app.url, icsLinkIn(blockText(cancelled)))).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 1 });
    expect(blockText(await command(h, h.member, channel, 'dialoog lijst'))).toMatch(/1\. vrijdag 26 maart 2027, 09:30: Solidariteit tussen besturen/);
  });

  it('the tick reminds the day before and asks the owner afterwards; the owner answers in a modal', async () => {
    clock.current = new Date('2027-03-25T10:00:00Z');
    let mark = h.fake.calls.length;
    await h.app.services.dialogues.tick();
    const reminder = await h.fake.waitFor('chat.postMessage', (c) => h.fake.calls.indexOf(c) >= mark);
    expect(reminder.args.channel).toBe(channel.channelId);
    expect(JSON.stringify(reminder.args.blocks)).toMatch(/Herinnering voor Mees Meijer: morgen is dialoogtafel 1/);
    clock.current = new Date('2027-03-26T11:00:00Z');
    mark = h.fake.calls.length;
    await h.app.services.dialogues.tick();
    const ask = (await h.fake.waitFor('chat.postMessage', (c) => h.fake.calls.indexOf(c) >= mark)).args as Json;
    expect(JSON.stringify(ask.blocks)).toMatch(/Mees Meijer, dialoogtafel 1 .* is voorbij/);
    expect(JSON.stringify((await click(h, h.coordinator, channel, ask, /Terugkoppeling geven/))?.blocks)).toMatch(/Is de dialoogtafel doorgegaan/);
    const view = (await click(h, h.member, channel, ask, /Terugkoppeling geven/)) as Json;
    expect(await submit(h, h.member, view, { held: radio(null), outcome: text(null), agreements: text(null), nextStep: text(null) })).toMatchObject({ errors: { held: expect.stringMatching(/Vul dit in/) } });
    expectSaved(await submit(h, h.member, view, { held: radio('no'), outcome: text(null), agreements: text(null), nextStep: text('Nieuwe datum zoeken') }));
    expect(await h.app.db.prisma.dialogue.findFirstOrThrow({ where: { number: 1 } })).toMatchObject({ held: false, nextStep: 'Nieuwe datum zoeken' });
  });

  it('the same modal sent again (Slack gave up waiting for the first ack) plans no second table; a corrected one still saves', async () => {
    clock.current = new Date('2027-03-01T09:00:00Z');
    const opened = (await click(h, h.coordinator, channel, await command(h, h.coordinator, channel, 'dialoog plan'), /Dialoogtafel plannen/)) as Json;
    const view = { ...opened, id: 'V0ZELFDE01' }; // Slack keeps a modal's id across submissions
    const before = await h.app.db.prisma.dialogue.count();
    expect(await submit(h, h.coordinator, view, values({ time: time(null) }))).toMatchObject({ response_action: 'errors' });
    expectSaved(await submit(h, h.coordinator, view, values({ title: text('Nog een tafel') })));
    expect(await h.app.db.prisma.dialogue.count()).toBe(before + 1);
    const again = await submit(h, h.coordinator, view, values({ title: text('Nog een tafel') }));
    expect(JSON.stringify(again)).toMatch(/al verstuurd/);
    expect(await h.app.db.prisma.dialogue.count()).toBe(before + 1);
  });

  it('the same modal sent twice at once (the first write still running) plans one table', async () => {
    const opened = (await click(h, h.coordinator, channel, await command(h, h.coordinator, channel, 'dialoog plan'), /Dialoogtafel plannen/)) as Json;
    const view = { ...opened, id: 'V0TWEEKEER' };
    const before = await h.app.db.prisma.dialogue.count();
    const acks = await Promise.all([submit(h, h.coordinator, view, values({ title: text('Tegelijk') })), submit(h, h.coordinator, view, values({ title: text('Tegelijk') }))]);
    expect(acks.filter((ack) => JSON.stringify(ack).includes('al verstuurd'))).toHaveLength(1);
    expect(await h.app.db.prisma.dialogue.count()).toBe(before + 1);
  });
});
