import { openDatabase } from '../../src/storage/database';
import { createRepositories } from '../../src/storage/repositories';
import { digestPeriod } from '../../src/domain/digest/digest-period';
import { describeEachDatabase } from '../support/test-databases';

describeEachDatabase('smoke', (db) => {
  it('runs', async () => {
    const d = await openDatabase(db().url);
    const region = await d.prisma.region.create({ data: { name: 'R', nameKey: 'r' } });
    const p = await d.prisma.partnership.create({ data: { name: 'P', nameKey: 'p' } });
    await d.prisma.partnershipRegion.create({ data: { partnershipId: p.id, regionId: region.id, positioning: 'within' } });
    const people = await Promise.all([1, 2, 3].map((i) => d.prisma.person.create({ data: { displayName: `x${i}` } })));
    for (const person of people) await d.prisma.partnershipRole.create({ data: { personId: person.id, partnershipId: p.id, role: 'member' } });
    const prompt = await d.prisma.prompt.create({ data: { partnershipId: p.id, slotKey: 's', focusCode: 'kwaliteit', opensAt: new Date('2026-11-24T08:00:00Z'), closesAt: new Date('2026-11-29T08:00:00Z') } });
    for (const [i, person] of people.entries()) await d.prisma.answer.create({ data: { promptId: prompt.id, personId: person.id, score: i + 2, keyword: 'brug', shareAnonymously: true, scenario: `s${i}` } });
    const repos = createRepositories(d.prisma);
    const stats = await repos.digest.stats(region.id, digestPeriod('2026-11-23'));
    console.log(JSON.stringify(stats, null, 1));
    await d.close();
  });
});
