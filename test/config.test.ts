import { loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('has working defaults: SQLite under ./data, port 3978, local only', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, HOST: '127.0.0.1', DATABASE_URL: 'file:./data/oogst.db', LOG_LEVEL: 'info', OOGST_DEFAULT_LOCALE: 'nl' });
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '  ' })).toMatchObject({ PORT: 3978, MicrosoftAppId: undefined });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_BOT_TOKEN: 'abc' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ MicrosoftAppId: '00000000-0000-0000-0000-000000000000' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, 'PUBLIC_BASE_URL'],
  ])('rejects %j and names %s', (env, variable) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(new RegExp(`${variable}:`));
  });

  it('lists every wrong variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT:[\s\S]*LOG_LEVEL:/);
  });
});
