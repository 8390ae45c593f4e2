/**
 * Dialogue tables through the domain service on both databases: planning (form values and the quick command),
 * every kind of bad input with nothing stored, moving and cancelling (SEQUENCE up), the rights, and the tick:
 * a reminder the day before, the follow-up after the end, re-asked after 3 days, captured once, overdue in between.
 */
import { isDomainError } from '../../src/domain/errors';
import type { DialogueService } from '../../src/domain/dialogues/dialogue.service';
import { describeEachDatabase } from '../support/test-databases';
import { circleFixture, CircleFixture } from '../circles/circles-fixture';
import { RecordingNotifier } from './dialogue-recording.notifier';

const HOUR = 3_600_000;
const codeOf = async (run: Promise<unknown>) => run.then(() => 'ok', (e: unknown) => (isDomainError(e) ? `${e.code}${e.params.messages ? ` ${JSON.stringify(e.params.messages)}` : ''}` : String(e)));

describeEachDatabase('DialogueService', (testDb) => {
  let f: CircleFixture;
  let dialogues: DialogueService;
  let notifier: RecordingNotifier;
  let bindingId: string;
  const valid = () => ({ title: 'Capaciteit met de gemeente', date: '2027-03-29', time: '14:00', duration: '120', format: 'dialoogtafel', goal: 'capaciteit', location: 'https://meet.example.org/abc', participants: [f.anna.id], guests: 'wethouder@zwolle.example, hr@primair.example', owner: f.anna.id });
  const rows = async () => ({ dialogues: await f.db.prisma.dialogue.count(), participants: await f.db.prisma.dialogueParticipant.count() });

  beforeAll(async () => {
    f = await circleFixture(testDb().url);
    dialogues = f.deps.services.dialogues;
    notifier = new RecordingNotifier('slack');
    dialogues.registerNotifier(notifier);
    const binding = await f.deps.repos.bindings.link(f.partnership.id, { platform: 'slack', workspaceId: 'T1', channelId: 'C1', conversationRef: '{}' });
    bindingId = binding.id;
  });
  afterAll(async () => f?.db.close());

  it.each([
    ['a date in the past', { date: '2027-01-05' }, 'date', /al voorbij/],
    ['an unparseable date', { date: '31 februari 2027' }, 'date', /datum begrijp ik niet: "31 februari 2027"/],
    ['an unparseable time', { time: '25:00' }, 'time', /tijd begrijp ik niet/],
    ['a duration of 0', { duration: '0' }, 'duration', /van 1 tot en met 480/],
    ['a duration over 8 hours', { duration: '481' }, 'duration', /van 1 tot en met 480.*"481"/],
    ['an invalid e-mail address', { guests: 'wethouder@zwolle.example, geen-adres' }, 'guests', /geen geldig e-mailadres: "geen-adres"/],
    ['a title over 120 characters', { title: 't'.repeat(121) }, 'title', /maximaal 120 tekens, nu 121/],
    ['an owner outside the partnership', { owner: 'someone-else' }, 'owner', /Kies iemand uit het partnerschap/],
    ['a link that is not a web address', { location: 'ftp://files.example.org' }, 'location', /begint met https/],
  ])('refuses %s with a clear message and stores nothing', async (_label, change, field, message) => {
    const outcome = await dialogues.plan(f.coordinator, f.partnership, bindingId, { ...valid(), ...change }, 'nl');
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.fieldErrors[field]).toMatch(message);
    expect(await rows()).toEqual({ dialogues: 0, participants: 0 });
  });

  it('only coordinators plan', async () => {
    expect(await codeOf(dialogues.plan(f.anna, f.partnership, bindingId, valid(), 'nl'))).toBe('PARTNERSHIP.NOT_COORDINATOR');
    expect(await rows()).toEqual({ dialogues: 0, participants: 0 });
  });

  it('plans a dialogue in Europe/Amsterdam time, after the spring DST change', async () => {
    const outcome = await dialogues.plan(f.coordinator, f.partnership, bindingId, valid(), 'nl');
    expect(outcome.kind).toBe('saved');
    if (outcome.kind !== 'saved') return;
    expect(outcome.message).toBe('Dialoogtafel 1 staat gepland op maandag 29 maart 2027, 14:00.');
    expect(outcome.dialogue).toMatchObject({ number: 1, sequence: 0, status: 'planned', durationMinutes: 120, format: 'dialoogtafel', goalCodes: ['capaciteit'], owner: { id: f.anna.id } });
    expect(outcome.dialogue.startsAt.toISOString()).toBe('2027-03-29T12:00:00.000Z'); // CEST, UTC+2
    expect(outcome.dialogue.participants.map((p) => p.person?.displayName ?? p.email)).toEqual(['Anna de Vries', 'hr@primair.example', 'wethouder@zwolle.example']);
  });

  it('the quick command plans with defaults; its bad input is refused as a whole', async () => {
    const quick = await dialogues.quickPlan(f.coordinator, f.partnership, bindingId, '26 maart 2027 14:00 Gesprek met de pabo', 'nl');
    expect(quick).toMatchObject({ number: 2, title: 'Gesprek met de pabo', durationMinutes: 90, owner: { id: f.coordinator.id } });
    expect(quick.startsAt.toISOString()).toBe('2027-03-26T13:00:00.000Z'); // CET, UTC+1, before the change
    expect(await codeOf(dialogues.quickPlan(f.coordinator, f.partnership, bindingId, 'volgende week een gesprek', 'nl'))).toMatch(/DIALOGUE.INVALID .*dialoog plan <datum>/);
    expect(await codeOf(dialogues.quickPlan(f.coordinator, f.partnership, bindingId, '2027-01-01 10:00 Te laat', 'nl'))).toMatch(/al voorbij/);
    expect((await rows()).dialogues).toBe(2);
  });

  it('moves a dialogue (sequence up) and refuses a move into the past or by a member', async () => {
    const moved = await dialogues.move(f.coordinator, f.partnership, 2, '2027-03-31 09:30', 'nl');
    expect(moved).toMatchObject({ number: 2, sequence: 1 });
    expect(moved.startsAt.toISOString()).toBe('2027-03-31T07:30:00.000Z');
    expect(await codeOf(dialogues.move(f.coordinator, f.partnership, 2, '2026-12-01 09:30', 'nl'))).toMatch(/al voorbij/);
    expect(await codeOf(dialogues.move(f.anna, f.partnership, 2, '2027-04-01 09:30', 'nl'))).toBe('PARTNERSHIP.NOT_COORDINATOR');
    expect(await codeOf(dialogues.move(f.coordinator, f.partnership, 9, '2027-04-01 09:30', 'nl'))).toBe('DIALOGUE.NOT_FOUND');
    expect((await f.deps.repos.dialogues.findByNumber(f.partnership.id, 2))?.sequence).toBe(1);
  });

  it('cancels once (sequence up); a cancelled dialogue cannot change', async () => {
    const two = await dialogues.byNumber(f.partnership.id, 2);
    const cancelled = await dialogues.cancel(f.coordinator, two);
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2 });
    expect(await codeOf(dialogues.cancel(f.coordinator, cancelled))).toBe('DIALOGUE.CANCELLED');
    expect(await codeOf(dialogues.move(f.coordinator, f.partnership, 2, '2027-04-01 09:30', 'nl'))).toBe('DIALOGUE.CANCELLED');
    expect((await dialogues.list(f.bram, f.partnership.id)).map((d) => d.number)).toEqual([1]);
    expect(await codeOf(dialogues.list(f.outsider, f.partnership.id))).toBe('ACCESS.NOT_MEMBER');
  });

  it('tick: a reminder the day before, once, even when ticked twice', async () => {
    f.clock.current = new Date('2027-03-27T12:00:00Z');
    expect((await dialogues.tick()).sent).toBe(0);
    f.clock.current = new Date('2027-03-28T13:00:00Z'); // 23 h before the start
    await Promise.all([dialogues.tick(), dialogues.tick()]);
    await dialogues.tick();
    expect(notifier.kinds()).toEqual(['reminder:1:0']);
    expect(notifier.sent[0].binding.id).toBe(bindingId);
  });

  it('tick: after the end the owner is asked, again after 3 days, and the follow-up shows as overdue', async () => {
    f.clock.current = new Date('2027-03-29T13:59:00Z'); // the end is 14:00Z
    await dialogues.tick();
    expect(notifier.kinds()).toEqual(['reminder:1:0']);
    expect(await codeOf(dialogues.followUp(f.anna, (await dialogues.byNumber(f.partnership.id, 1)).id, { held: 'yes' }, 'nl'))).toBe('DIALOGUE.NOT_ENDED');
    f.clock.current = new Date('2027-03-29T14:05:00Z');
    await dialogues.tick();
    await dialogues.tick();
    expect(notifier.kinds()).toEqual(['reminder:1:0', 'followUp:1:0']);
    expect(await dialogues.overdue(f.partnership.id)).toEqual([]);
    f.clock.advance(3 * 24 * HOUR + HOUR);
    await dialogues.tick();
    expect(notifier.kinds()).toEqual(['reminder:1:0', 'followUp:1:0', 'followUp:1:1']);
    expect((await dialogues.overdue(f.partnership.id)).map((d) => d.number)).toEqual([1]);
  });

  it('the follow-up is captured from the owner only, validated, and stops the questions', async () => {
    const one = await dialogues.byNumber(f.partnership.id, 1);
    expect(await codeOf(dialogues.followUp(f.bram, one.id, { held: 'yes' }, 'nl'))).toBe('DIALOGUE.NOT_OWNER');
    const invalid = await dialogues.followUp(f.anna, one.id, { held: 'misschien', outcome: 'o'.repeat(1001) }, 'nl');
    expect(invalid.kind === 'invalid' && Object.keys(invalid.fieldErrors).sort()).toEqual(['held', 'outcome']);
    const saved = await dialogues.followUp(f.anna, one.id, { held: 'yes', outcome: 'Afspraak over 12 extra plekken', agreements: 'Gemeente betaalt reiskosten', nextStep: 'Pilot in mei' }, 'nl');
    expect(saved.kind === 'saved' && saved.dialogue.followUp).toMatchObject({ held: true, outcome: 'Afspraak over 12 extra plekken', nextStep: 'Pilot in mei' });
    f.clock.advance(4 * 24 * HOUR);
    await dialogues.tick();
    expect(notifier.sent).toHaveLength(3);
    expect(await dialogues.overdue(f.partnership.id)).toEqual([]);
  });

  it('a failed post is retried on a later tick and sent once', async () => {
    const outcome = await dialogues.plan(f.coordinator, f.partnership, bindingId, { ...valid(), date: '2027-04-20', time: '10:00' }, 'nl');
    if (outcome.kind !== 'saved') throw new Error('not planned');
    f.clock.current = new Date('2027-04-19T10:00:00Z');
    notifier.failNext = 1;
    expect(await dialogues.tick()).toMatchObject({ failed: 1, sent: 0 });
    expect(await dialogues.tick()).toMatchObject({ sent: 0 }); // waiting for the retry delay
    f.clock.advance(2 * 60_000);
    expect(await dialogues.tick()).toMatchObject({ sent: 1 });
    expect(notifier.kinds().filter((k) => k.startsWith('reminder:3'))).toEqual(['reminder:3:0']);
  });
});
