/**
 * What the code listens to and asks for agrees with manifests/slack/manifest.yml (written separately): the
 * OAuth install asks for the manifest's bot scopes, every event with a listener is subscribed, and the command
 * and request URLs point at the one endpoint.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { OOGST_COMMAND } from '../../../src/bots/slack/listeners/commands/oogst.command';
import { SLACK_EVENTS_PATH } from '../../../src/bots/slack/slack-bolt-app';
import { SLACK_BOT_SCOPES } from '../../../src/bots/slack/slack-scopes';

const manifest = YAML.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'manifests', 'slack', 'manifest.yml'), 'utf8'));

describe('Slack code and manifest agree', () => {
  it('asks for exactly the manifest\'s bot scopes at install', () => {
    expect([...SLACK_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it('subscribes to every event the listeners handle', () => {
    const listened = readFileSync(path.join(__dirname, '..', '..', '..', 'src', 'bots', 'slack', 'listeners', 'events', 'index.ts'), 'utf8');
    const events = [...listened.matchAll(/app\.event\('([a-z_]+)'/g)].map((m) => m[1]);
    const subscribed: string[] = manifest.settings.event_subscriptions.bot_events;
    for (const event of events) {
      // `message` arrives as message.im (the DM) for this app.
      expect(event === 'message' ? subscribed.includes('message.im') : subscribed.includes(event)).toBe(true);
    }
  });

  it('sends the command, events and interactivity to the one endpoint', () => {
    const command = manifest.features.slash_commands.find((c: { command: string }) => c.command === OOGST_COMMAND);
    expect(command.url).toMatch(new RegExp(`${SLACK_EVENTS_PATH}$`));
    expect(command.should_escape).toBe(false); // mentions arrive as <@U...>, which the parser resolves
    expect(manifest.settings.event_subscriptions.request_url).toMatch(new RegExp(`${SLACK_EVENTS_PATH}$`));
    expect(manifest.settings.interactivity.request_url).toMatch(new RegExp(`${SLACK_EVENTS_PATH}$`));
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
