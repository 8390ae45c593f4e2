/**
 * Partners in beeld through the domain service on both databases: the full exercise, the rights, and every kind
 * of bad input the issue lists (names over their limits, more than 5 votes, more than 3 challenging, a partner
 * outside the inner circle), each refused with a clear message and nothing changed.
 */
import { isDomainError } from '../../src/domain/errors';
import type { CircleService } from '../../src/domain/circles/circle.service';
import { describeEachDatabase } from '../support/test-databases';
import { circleFixture, CircleFixture } from './circles-fixture';

const codeOf = async (run: Promise<unknown>) => run.then(() => 'ok', (e: unknown) => (isDomainError(e) ? e.code : String(e)));

describeEachDatabase('CircleService', (testDb) => {
  let f: CircleFixture;
  let circles: CircleService;
  let exerciseId: string;
  const ids: Record<string, string> = {};
  const counts = async () => ({
    actors: await f.db.prisma.circleActor.count(),
    votes: await f.db.prisma.circleVote.count(),
    challenging: await f.db.prisma.circleActor.count({ where: { challenging: true } }),
  });

  beforeAll(async () => {
    f = await circleFixture(testDb().url);
    circles = f.deps.services.circles;
  });
  afterAll(async () => f?.db.close());

  it('a member cannot start the exercise; a coordinator can, and a second start shows the same one', async () => {
    expect(await codeOf(circles.startOrShow(f.anna, f.partnership))).toBe('CIRCLES.NONE_OPEN');
    expect(await f.db.prisma.circleExercise.count()).toBe(0);
    const first = await circles.startOrShow(f.coordinator, f.partnership);
    const again = await circles.startOrShow(f.anna, f.partnership);
    expect(first.started).toBe(true);
    expect(again).toMatchObject({ started: false, state: { exercise: { id: first.state.exercise.id } } });
    exerciseId = first.state.exercise.id;
  });

  it('members propose partners (name, organisation, role)', async () => {
    const proposals = [
      [f.anna, 'Wethouder Onderwijs', 'Gemeente Zwolle', 'wethouder'],
      [f.bram, 'Directeur HR', 'Stichting Primair', ''],
      [f.anna, 'Opleidingsmanager', 'Hogeschool Windesheim', 'pabo'],
      [f.coordinator, 'Bestuurder', 'Stichting VO Plus', ''],
      [f.bram, 'Teamleider', 'Deltion College', 'mbo'],
      [f.anna, 'Regiocoördinator', 'Onderwijsregio', ''],
    ] as const;
    for (const [who, name, organisation, role] of proposals) {
      const outcome = await circles.propose(who, exerciseId, { name, organisation, role }, 'nl');
      expect(outcome).toMatchObject({ kind: 'saved', message: `${name} staat op de lijst.` });
    }
    const state = await circles.state(f.bram, exerciseId);
    for (const a of state.actors) ids[a.name] = a.id;
    expect(state.actors.map((a) => a.inner)).toEqual([true, true, true, true, true, false]);
  });

  it.each([
    ['a name over 80 characters', { name: 'n'.repeat(81), organisation: 'X' }, 'name', /maximaal 80 tekens, nu 81/],
    ['an organisation over 100 characters', { name: 'Y', organisation: 'o'.repeat(101) }, 'organisation', /maximaal 100 tekens, nu 101/],
    ['a role over 80 characters', { name: 'Y', organisation: 'X', role: 'r'.repeat(81) }, 'role', /maximaal 80 tekens/],
    ['no name', { organisation: 'X' }, 'name', /Vul dit in: Naam/],
    ['a partner that is there already', { name: 'wethouder  onderwijs', organisation: 'GEMEENTE Zwolle' }, 'name', /staat er al bij/],
  ])('refuses %s and changes nothing', async (_label, values, field, message) => {
    const before = await counts();
    const outcome = await circles.propose(f.anna, exerciseId, values, 'nl');
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.fieldErrors[field]).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('a vote for more than 5 partners is refused; a top 5 is stored and replaces the earlier one', async () => {
    const all = Object.values(ids);
    const tooMany = await circles.vote(f.anna, exerciseId, { actors: all.join(',') }, 'nl');
    expect(tooMany.kind === 'invalid' && tooMany.fieldErrors.actors).toMatch(/hoogstens 5 partners.*nu 6/);
    expect((await counts()).votes).toBe(0);
    await circles.vote(f.anna, exerciseId, { actors: [ids['Regiocoördinator'], ids['Bestuurder']] }, 'nl');
    await circles.vote(f.anna, exerciseId, { actors: [ids['Regiocoördinator'], ids['Teamleider']] }, 'nl');
    await circles.vote(f.bram, exerciseId, { actors: `${ids['Regiocoördinator']},${ids['Teamleider']}` }, 'nl');
    const state = await circles.state(f.anna, exerciseId);
    expect(state.actors.slice(0, 2).map((a) => [a.name, a.votes])).toEqual([['Teamleider', 2], ['Regiocoördinator', 2]]); // a tie: proposed first ranks first
    expect(state.actors.find((a) => a.name === 'Bestuurder')?.inner).toBe(false);
    expect(state.voterCount).toBe(2);
  });

  it('only coordinators mark the most challenging; more than 3, or one outside the top 5, is refused', async () => {
    expect(await codeOf(circles.markChallenging(f.anna, exerciseId, { actors: ids['Teamleider'] }, 'nl'))).toBe('PARTNERSHIP.NOT_COORDINATOR');
    const four = [ids['Regiocoördinator'], ids['Teamleider'], ids['Wethouder Onderwijs'], ids['Directeur HR']];
    const tooMany = await circles.markChallenging(f.coordinator, exerciseId, { actors: four }, 'nl');
    expect(tooMany.kind === 'invalid' && tooMany.fieldErrors.actors).toMatch(/hoogstens 3 partners.*nu 4/);
    const outside = await circles.markChallenging(f.coordinator, exerciseId, { actors: [ids['Bestuurder']] }, 'nl');
    expect(outside.kind === 'invalid' && outside.fieldErrors.actors).toMatch(/binnenste cirkel.*Bestuurder/);
    expect((await counts()).challenging).toBe(0);
    expect(await codeOf(circles.close(f.coordinator, exerciseId))).toBe('CIRCLES.NEEDS_CHALLENGING');
    const ok = await circles.markChallenging(f.coordinator, exerciseId, { actors: four.slice(0, 3) }, 'nl');
    expect(ok.kind).toBe('saved');
    expect((await counts()).challenging).toBe(3);
  });

  it('members fill in what/why and how for challenging partners only, with known options', async () => {
    const notChallenging = await circles.setDetail(f.anna, exerciseId, ids['Directeur HR'], { what: 'visie' }, 'nl');
    expect(notChallenging.kind).toBe('invalid');
    const badOption = await circles.setDetail(f.anna, exerciseId, ids['Teamleider'], { what: 'geld', how: 'pilot' }, 'nl');
    expect(badOption.kind === 'invalid' && badOption.fieldErrors.what).toMatch(/Kies uit de opties/);
    const long = await circles.setDetail(f.anna, exerciseId, ids['Teamleider'], { what: 'visie', whatText: 'x'.repeat(501) }, 'nl');
    expect(long.kind).toBe('invalid');
    const saved = await circles.setDetail(f.bram, exerciseId, ids['Teamleider'], { what: 'capaciteit,solidariteit', whatText: 'Plekken eerlijk verdelen', how: ['dialoogtafel', 'pilot'] }, 'nl');
    expect(saved.kind).toBe('saved');
    const actor = (await circles.state(f.anna, exerciseId)).actors.find((a) => a.name === 'Teamleider');
    expect(actor).toMatchObject({ whatCodes: ['capaciteit', 'solidariteit'], howCodes: ['dialoogtafel', 'pilot'], whatText: 'Plekken eerlijk verdelen' });
  });

  it('the proposer or a coordinator edits a partner; others may not', async () => {
    expect(await codeOf(circles.editActor(f.bram, exerciseId, ids['Wethouder Onderwijs'], { name: 'X', organisation: 'Y' }, 'nl'))).toBe('CIRCLES.NOT_PROPOSER');
    const edited = await circles.editActor(f.anna, exerciseId, ids['Wethouder Onderwijs'], { name: 'Wethouder Onderwijs', organisation: 'Gemeente Zwolle', role: 'portefeuille onderwijs' }, 'nl');
    expect(edited.kind).toBe('saved');
  });

  it('an outsider sees nothing; after closing nothing changes any more', async () => {
    expect(await codeOf(circles.state(f.outsider, exerciseId))).toBe('ACCESS.NOT_MEMBER');
    const closed = await circles.close(f.coordinator, exerciseId);
    expect(closed.exercise.status).toBe('closed');
    const before = await counts();
    expect(await codeOf(circles.propose(f.anna, exerciseId, { name: 'Laat', organisation: 'Te' }, 'nl'))).toBe('CIRCLES.CLOSED');
    expect(await codeOf(circles.vote(f.anna, exerciseId, { actors: [] }, 'nl'))).toBe('CIRCLES.CLOSED');
    expect(await counts()).toEqual(before);
    expect((await circles.close(f.coordinator, exerciseId)).exercise.status).toBe('closed');
  });

  it('a new exercise holds at most 15 candidates', async () => {
    const { state } = await circles.startOrShow(f.coordinator, f.partnership);
    for (let i = 1; i <= 15; i += 1) expect((await circles.propose(f.anna, state.exercise.id, { name: `Partner ${i}`, organisation: 'Org' }, 'nl')).kind).toBe('saved');
    const before = await counts();
    const full = await circles.propose(f.anna, state.exercise.id, { name: 'Partner 16', organisation: 'Org' }, 'en');
    expect(full.kind === 'invalid' && full.fieldErrors.name).toMatch(/already 15 partners/);
    expect(await counts()).toEqual(before);
  });
});
