/** OOGST_ADMINS and the setup file's platform_id use one format; a wrong entry stops start-up, naming the variable. */
import { loadConfig } from '../../src/config';
import { formatPlatformId, matchesPlatformId, parsePlatformId, parsePlatformIdList } from '../../src/domain/access/platform-id';

const AAD = '3f2b8c1e-0d4a-4a57-9c1e-2b7d6e8f9a01';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('platform ids', () => {
  it.each([
    [`teams:${AAD}`, { platform: 'teams', userId: AAD }],
    [`TEAMS:${AAD.toUpperCase()}`, { platform: 'teams', userId: AAD }],
    [`teams:${TENANT}:${AAD}`, { platform: 'teams', workspaceId: TENANT, userId: AAD }],
    ['slack:T0123ABCD:U0456EFGH', { platform: 'slack', workspaceId: 'T0123ABCD', userId: 'U0456EFGH' }],
    [' slack:t0123abcd:w0456efgh ', { platform: 'slack', workspaceId: 'T0123ABCD', userId: 'W0456EFGH' }],
  ])('reads %s', (text, expected) => {
    expect(parsePlatformId(text)).toEqual(expected);
  });

  it.each(['U0456EFGH', 'slack:U0456EFGH', 'teams:29:1abc', 'teams:not-a-guid', 'slack:T1:X2', 'discord:1:2', ''])('refuses %j', (text) => {
    expect(parsePlatformId(text)).toBeUndefined();
  });

  it('matches users as the platforms report them', () => {
    const teams = parsePlatformId(`teams:${AAD}`)!;
    expect(matchesPlatformId(teams, { platform: 'teams', workspaceId: 'any-tenant', userId: AAD.toUpperCase() })).toBe(true);
    expect(matchesPlatformId(teams, { platform: 'slack', workspaceId: 'T1', userId: AAD })).toBe(false);
    const scoped = parsePlatformId(`teams:${TENANT}:${AAD}`)!;
    expect(matchesPlatformId(scoped, { platform: 'teams', workspaceId: 'other', userId: AAD })).toBe(false);
    const slack = parsePlatformId('slack:T0123ABCD:U0456EFGH')!;
    expect(matchesPlatformId(slack, { platform: 'slack', workspaceId: 'T0123ABCD', userId: 'U0456EFGH' })).toBe(true);
    expect(matchesPlatformId(slack, { platform: 'slack', workspaceId: 'T9999', userId: 'U0456EFGH' })).toBe(false);
    expect(formatPlatformId(slack)).toBe('slack:T0123ABCD:U0456EFGH');
  });

  it('splits a list on commas and reports every wrong entry', () => {
    expect(parsePlatformIdList(`teams:${AAD}, slack:T0123ABCD:U0456EFGH,,nope, U1`)).toEqual({
      ids: [parsePlatformId(`teams:${AAD}`), parsePlatformId('slack:T0123ABCD:U0456EFGH')],
      invalid: ['nope', 'U1'],
    });
  });
});

describe('OOGST_ADMINS in the config', () => {
  it('is empty by default: nobody is an admin', () => {
    expect(loadConfig({}).OOGST_ADMINS).toEqual([]);
  });

  it('is parsed once into platform ids', () => {
    expect(loadConfig({ OOGST_ADMINS: `teams:${AAD},slack:T0123ABCD:U0456EFGH` }).OOGST_ADMINS).toHaveLength(2);
  });

  it('stops start-up on a wrong entry, naming the variable, the entry and the format', () => {
    expect(() => loadConfig({ OOGST_ADMINS: `teams:${AAD},U0456EFGH` })).toThrow(/OOGST_ADMINS: not a platform id: "U0456EFGH"; use teams:<AAD object id>.*slack:<team id>:<user id>/);
  });
});
