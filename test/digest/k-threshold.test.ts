/**
 * The privacy threshold k at k - 1, k and k + 1 answering people, on both databases: below k no figure, keyword or
 * quote of that group is shown ("too few"); from k on they are. k comes from OOGST_DIGEST_MIN_GROUP (default 3) and
 * can never be set below 2.
 */
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { createServices } from '../../src/domain/services';
import { Database, openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { describeEachDatabase } from '../support/test-databases';
import { AnswerSeed, GOLDEN_NOW, GOLDEN_WEEK, seedRegion } from './support/golden-region';

const shared = (n: number): AnswerSeed[] =>
  Array.from({ length: n }, (_, member) => ({ member, score: 2 + (member % 3), keyword: 'samen', scenario: `Citaat ${member + 1}`, share: true }));

describe('OOGST_DIGEST_MIN_GROUP', () => {
  it('defaults to 3 and refuses 1 (a group of one is one person) and 0', () => {
    expect(loadConfig({}).OOGST_DIGEST_MIN_GROUP).toBe(3);
    expect(loadConfig({ OOGST_DIGEST_MIN_GROUP: '5' }).OOGST_DIGEST_MIN_GROUP).toBe(5);
    expect(() => loadConfig({ OOGST_DIGEST_MIN_GROUP: '1' })).toThrow(/OOGST_DIGEST_MIN_GROUP: must be at least 2/);
    expect(() => loadConfig({ OOGST_DIGEST_MIN_GROUP: '0' })).toThrow(/OOGST_DIGEST_MIN_GROUP/);
    expect(() => loadConfig({ OOGST_DIGEST_MIN_GROUP: 'drie' })).toThrow(/OOGST_DIGEST_MIN_GROUP/);
  });
});

describeEachDatabase('digest privacy threshold', (testDb) => {
  let db: Database;
  afterAll(async () => db?.close());

  async function digestWith(answering: number, minGroup: number) {
    db ??= await openDatabase(testDb().url);
    const region = await seedRegion(db.prisma, `Regio k${minGroup}-${answering}`, [{ name: `Partnerschap ${answering}`, members: 6, prompts: [{ week: GOLDEN_WEEK, focus: 'kwaliteit', answers: shared(answering) }] }]);
    const services = createServices(createRepositories(db.prisma), { now: () => GOLDEN_NOW }, pino({ level: 'silent' }), { digestMinGroup: minGroup });
    return (await services.digest.compute(region.regionId, GOLDEN_WEEK))!;
  }

  it.each([
    [2, 3, false],
    [3, 3, true],
    [4, 3, true],
    [3, 4, false],
    [4, 4, true],
    [5, 4, true],
    [1, 2, false],
    [2, 2, true],
  ])('%i answering with k = %i: shown %s', async (answering, k, shown) => {
    const digest = await digestWith(answering, k);
    const [row] = digest.partnerships;
    const focus = digest.focus[0];
    expect(digest.minGroup).toBe(k);
    if (shown) {
      expect(row.answers).toEqual({ kind: 'value', value: answering });
      expect(row.participation).toEqual({ kind: 'value', value: Math.round((100 * answering) / 6) });
      expect(focus.average.kind).toBe('value');
      expect(digest.totals.answers).toEqual({ kind: 'value', value: answering });
      expect(digest.heatmap.rows[0].cells[0].kind).toBe('value');
      expect(digest.keywords).toEqual([{ text: 'samen', count: answering }]);
      expect(digest.quotes).toHaveLength(Math.min(3, answering));
    } else {
      expect(row.answers).toEqual({ kind: 'tooFew' });
      expect(row.participation).toEqual({ kind: 'tooFew' });
      expect(focus.average).toEqual({ kind: 'tooFew' });
      expect(focus.spread).toEqual({ kind: 'tooFew' });
      expect(digest.totals.answers).toEqual({ kind: 'tooFew' });
      expect(digest.trend[7].average).toEqual({ kind: 'tooFew' });
      expect(digest.heatmap.rows[0].cells[0]).toEqual({ kind: 'tooFew' });
      expect(digest.keywords).toEqual([]);
      expect(digest.quotes).toEqual([]);
    }
  });

  it('counts different people, not answers: two people answering twice in the baseline stay below k = 3', async () => {
    db ??= await openDatabase(testDb().url);
    const twice = [{ member: 0, score: 4 }, { member: 1, score: 2 }];
    const region = await seedRegion(db.prisma, 'Regio tweemaal', [{
      name: 'Tweetal', members: 4,
      prompts: [{ week: '2026-11-09', focus: 'kwaliteit', answers: twice }, { week: '2026-11-16', focus: 'kwaliteit', answers: twice }, { week: GOLDEN_WEEK, focus: 'kwaliteit', answers: shared(3) }],
    }]);
    const services = createServices(createRepositories(db.prisma), { now: () => GOLDEN_NOW }, pino({ level: 'silent' }));
    const digest = (await services.digest.compute(region.regionId, GOLDEN_WEEK))!;
    // Four answers in the baseline, but from two people: the change against it is not shown.
    expect(digest.partnerships[0].change).toEqual({ kind: 'tooFew' });
    expect(digest.partnerships[0].participation).toEqual({ kind: 'value', value: 75 });
  });
});
