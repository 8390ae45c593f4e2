/** Which Slack mode a configuration selects, and the messages that name what is missing. */
import { isSlackConfigured, slackMode } from '../../../src/bots/slack/slack-mode';
import { loadConfig } from '../../../src/config';

const config = (env: Record<string, string>) => loadConfig(env);

describe('slackMode', () => {
  it('is off without Slack variables (a signing secret alone does nothing)', () => {
    expect(isSlackConfigured(config({}))).toBe(false);
    expect(slackMode(config({ SLACK_SIGNING_SECRET: 's' }))).toBeUndefined();
  });

  it('uses HTTP with a signing secret and a bot token', () => {
    expect(slackMode(config({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }))).toEqual({ kind: 'http', signingSecret: 's', botToken: 'xoxb-1' });
  });

  it('uses Socket Mode when an app token is set', () => {
    expect(slackMode(config({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' }))).toEqual({ kind: 'socket', appToken: 'xapp-1', botToken: 'xoxb-1' });
  });

  it('uses OAuth (many workspaces) with client id, secret, state secret and signing secret', () => {
    const mode = slackMode(config({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st' }));
    expect(mode).toEqual({ kind: 'oauth', signingSecret: 's', clientId: '1.2', clientSecret: 'c', stateSecret: 'st' });
  });

  it('names every missing OAuth variable', () => {
    expect(() => slackMode(config({ SLACK_CLIENT_ID: '1.2' }))).toThrow(/SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_SIGNING_SECRET/);
  });

  it('refuses a bot token next to OAuth (each workspace brings its own)', () => {
    expect(() => slackMode(config({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CLIENT_ID: '1', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st' }))).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('asks for the bot token in Socket Mode', () => {
    expect(() => slackMode(config({ SLACK_APP_TOKEN: 'xapp-1' }))).toThrow(/SLACK_BOT_TOKEN/);
  });
});
