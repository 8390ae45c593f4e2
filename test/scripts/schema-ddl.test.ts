import { referentialAction } from '../../scripts/lib/schema-ddl';

describe('referentialAction', () => {
  it.each([['Cascade', 'CASCADE'], ['SetNull', 'SET NULL'], ['Restrict', 'RESTRICT'], ['NoAction', 'NO ACTION'], ['SetDefault', 'SET DEFAULT']])('%s -> %s', (prisma, sql) => {
    expect(referentialAction(prisma)).toBe(sql);
  });
});
