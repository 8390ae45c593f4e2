/**
 * The digest of a small seeded region, on SQLite and PostgreSQL, against numbers worked out by hand (k = 3).
 * Weeks: w0 = 5 Oct ... w7 = 23 Nov 2026 (the reported week); baseline = w3..w6 (26 Oct - 22 Nov).
 */
import pino from 'pino';
import { createServices } from '../../src/domain/services';
import type { RegionDigest } from '../../src/domain/digest/digest.types';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';
import { GOLDEN, GOLDEN_NOW, GOLDEN_WEEK, seedDialogues, seedRegion, SeededRegion } from './support/golden-region';

const v = (value: number) => ({ kind: 'value', value });
const TOO_FEW = { kind: 'tooFew' };
const NONE = { kind: 'none' };

describeEachDatabase('digest golden content', (testDb) => {
  let db: Database;
  let region: SeededRegion;
  let digest: RegionDigest;

  beforeAll(async () => {
    db = await openDatabase(testDb().url);
    region = await seedRegion(db.prisma, 'Regio Gouden Standaard', GOLDEN);
    await seedDialogues(db.prisma, region.partnerships.Alfa);
    const services = createServices(createRepositories(db.prisma), { now: () => GOLDEN_NOW }, pino({ level: 'silent' }));
    digest = (await services.digest.compute(region.regionId, GOLDEN_WEEK))!;
  });
  afterAll(async () => db?.close());

  it('reports the last complete week and the eight before it', () => {
    expect(digest.week).toBe('2026-11-23');
    expect(digest.weekEnd).toBe('2026-11-29');
    expect(digest.weeks).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(digest.minGroup).toBe(3);
  });

  it('region totals: 3 prompts, 7 answers, 7 of 11 slots = 64%, change 63.6 - 88.9 = -25 points', () => {
    // Last week: Alfa 3/5, Bravo 2/4, Charlie 2/2 answers per member; 7 different people >= 3.
    // Baseline: Alfa wk 47 4 of 5, Bravo wk 46 4 of 4: 8 / 9 = 88.9%; 63.6 - 88.9 = -25.3 -> -25.
    expect(digest.totals).toEqual({ prompts: 3, partnershipsAsked: 3, answers: v(7), participation: v(64), change: v(-25) });
  });

  it('per partnership: answers, participation, change; below k only "too few"', () => {
    const [alfa, bravo, charlie] = digest.partnerships;
    // Alfa: 3 of 5 = 60%; baseline 4 of 5 = 80%: -20 points.
    expect(alfa).toMatchObject({ name: 'Alfa', members: 5, prompts: 1, answers: v(3), participation: v(60), change: v(-20) });
    // Bravo: 2 answered (< 3): no figure; baseline had 4, so "dropped" but no number.
    expect(bravo).toMatchObject({ name: 'Bravo', members: 4, prompts: 1, answers: TOO_FEW, participation: TOO_FEW, change: TOO_FEW });
    expect(charlie).toMatchObject({ name: 'Charlie', members: 2, prompts: 1, answers: TOO_FEW, participation: TOO_FEW, change: NONE });
    // Alfa's weekly participation: wk 42 3/5 = 60, wk 47 4/5 = 80, wk 48 60; no prompt elsewhere.
    expect(alfa.trend).toEqual([NONE, v(60), NONE, NONE, NONE, NONE, v(80), v(60)]);
  });

  it('the region trend over eight weeks: participation and average score per week', () => {
    expect(digest.trend.map((p) => p.participation)).toEqual([NONE, v(60), NONE, NONE, NONE, v(100), v(80), v(64)]);
    // wk 42: (3+3+4)/3 = 3.3; wk 46: 16/4 = 4.0; wk 47: 14/4 = 3.5; wk 48: (2+1+3+3+2+5+5)/7 = 3.0.
    expect(digest.trend.map((p) => p.average)).toEqual([NONE, v(3.3), NONE, NONE, NONE, v(4), v(3.5), v(3)]);
  });

  it('focus points: average, spread and trend over the halves', () => {
    const byCode = Object.fromEntries(digest.focus.map((f) => [f.focusCode, f]));
    // kwaliteit: 13 scores from 8 people, sum 45, squares 167: 45/13 = 3.46 -> 3.5; sd sqrt(167/13 - 3.46^2) = 0.93 -> 0.9.
    // Halves: first (wk 41-44) Alfa wk 42 10/3 = 3.33; second (wk 45-48) 35/10 = 3.5: +0.17 -> +0.2.
    expect(byCode.kwaliteit).toEqual({ focusCode: 'kwaliteit', average: v(3.5), spread: v(0.9), trend: v(0.2), partnerships: 2 });
    // financien: 2,1,3 -> 2.0; sd sqrt(14/3 - 4) = 0.82 -> 0.8; asked in the second half only: no trend.
    expect(byCode.financien).toEqual({ focusCode: 'financien', average: v(2), spread: v(0.8), trend: NONE, partnerships: 1 });
    // relaties: two people: nothing shown.
    expect(byCode.relaties).toEqual({ focusCode: 'relaties', average: TOO_FEW, spread: TOO_FEW, trend: NONE, partnerships: 1 });
    expect(digest.focus.map((f) => f.focusCode)).toEqual(['kwaliteit', 'financien', 'relaties']);
  });

  it('the heat map partnership x focus point', () => {
    expect(digest.heatmap.focusCodes).toEqual(['kwaliteit', 'financien', 'relaties']);
    // Alfa kwaliteit: wk 42 + wk 47, 4 people, 24/7 = 3.43 -> 3.4; Bravo kwaliteit: 4 people, 21/6 = 3.5.
    expect(digest.heatmap.rows).toEqual([
      { partnershipId: region.partnerships.Alfa, name: 'Alfa', cells: [v(3.4), v(2), NONE] },
      { partnershipId: region.partnerships.Bravo, name: 'Bravo', cells: [v(3.5), NONE, NONE] },
      { partnershipId: region.partnerships.Charlie, name: 'Charlie', cells: [NONE, NONE, TOO_FEW] },
    ]);
  });

  it('keywords and quotes: shared answers of groups of at least k only', () => {
    // Alfa (3 people): "Brug"/"brug" merged; "kompas" was not shared. Bravo and Charlie are below k.
    expect(digest.keywords).toEqual([{ text: 'Brug', count: 2 }]);
    expect(digest.quotes).toEqual(['We delen de begeleiding.', 'Wie betaalt de opleidingsplekken?']);
  });

  it('voor de agenda: the lowest focus points and the partnerships whose participation dropped', () => {
    expect(digest.agenda).toEqual([
      { kind: 'lowScore', focusCode: 'financien', average: 2 },
      { kind: 'lowScore', focusCode: 'kwaliteit', average: 3.5 },
      { kind: 'participationDrop', partnershipId: region.partnerships.Bravo, name: 'Bravo', change: TOO_FEW },
      { kind: 'participationDrop', partnershipId: region.partnerships.Alfa, name: 'Alfa', change: v(-20) },
    ]);
  });

  it('dialogue tables: one to come, one held with its next step, one follow-up overdue', () => {
    expect(digest.dialogues).toEqual({ planned: 1, held: 1, overdueFollowUps: 1, nextSteps: [{ partnershipName: 'Alfa', text: 'Afspraak met HR plannen.' }] });
  });

  it('never carries a person: no names, no person ids', () => {
    const json = JSON.stringify(digest);
    for (const ids of Object.values(region.people)) for (const id of ids) expect(json).not.toContain(id);
    for (const name of ['Marieke', 'Pieter', 'Fatima', 'Joris', 'Sanne', 'Bram', 'Lotte', 'Youssef', 'Eva', 'Daan', 'Noor']) expect(json).not.toContain(name);
  });
});
