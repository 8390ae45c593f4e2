/**
 * The Slack app manifest against the official schema from slackapi/manifest-schema (MIT), read from
 * ../shared/schemas/slack-app-manifest beside the project (or SLACK_MANIFEST_SCHEMA_DIR).
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { findTokens, KNOWN_TOKENS, readSlackManifestConfig } from '../../scripts/lib/manifest-template';
import { fillSlackManifest, loadSlackManifestValidator, renderSlackManifest, SLACK_TEMPLATE_PATH, validateSlackManifest } from '../../scripts/slack-manifest';

const templateText = readFileSync(SLACK_TEMPLATE_PATH, 'utf8');
const BASE = 'https://oogst.example.nl';

interface SlackManifest {
  features: { slash_commands: Record<string, unknown>[]; bot_user: { display_name: string; always_online: boolean }; app_home: Record<string, boolean> };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } } & Record<string, unknown>;
  display_information: Record<string, string>;
}

const filled = () => fillSlackManifest(templateText, { publicBaseUrl: `${BASE}/` }) as unknown as SlackManifest;

describe('Slack manifest', () => {
  beforeAll(() => {
    loadSlackManifestValidator(); // fails with a message naming the expected schema folder when it is missing
  });

  it('template contains only the known tokens, and fills them all', () => {
    const tokens = findTokens(YAML.parse(templateText));
    expect(tokens).toEqual(['PUBLIC_BASE_URL']);
    expect(tokens.every((t) => (KNOWN_TOKENS as readonly string[]).includes(t))).toBe(true);
    expect(renderSlackManifest(filled() as unknown as Record<string, unknown>)).not.toMatch(/\{\{|\}\}/);
  });

  it('validates against the official schema once filled', () => {
    expect(validateSlackManifest(filled())).toEqual([]);
  });

  it('the printed YAML parses back to the same manifest', () => {
    const manifest = filled();
    expect(YAML.parse(renderSlackManifest(manifest as unknown as Record<string, unknown>))).toEqual(manifest);
  });

  it('sends commands, events and interactions to /slack/events over https', () => {
    const m = filled();
    expect(m.features.slash_commands).toEqual([expect.objectContaining({ command: '/oogst', url: `${BASE}/slack/events`, should_escape: false })]);
    expect(m.settings.event_subscriptions.request_url).toBe(`${BASE}/slack/events`);
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: `${BASE}/slack/events` });
    expect(m.oauth_config.redirect_urls).toEqual([`${BASE}/slack/oauth_redirect`]);
    expect(m.settings).toMatchObject({ org_deploy_enabled: false, socket_mode_enabled: false, token_rotation_enabled: false });
    expect(m.features.bot_user).toEqual({ display_name: 'Oogst', always_online: true });
    expect(m.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('asks for the scopes its events need, and nothing broader', () => {
    const { bot } = filled().oauth_config.scopes;
    const events = filled().settings.event_subscriptions.bot_events;
    expect([...events].sort()).toEqual(['app_home_opened', 'app_mention', 'member_joined_channel', 'message.im']);
    const needs: Record<string, string[]> = { app_mention: ['app_mentions:read'], member_joined_channel: ['channels:read', 'groups:read'], 'message.im': ['im:history'] };
    for (const event of events) for (const scope of needs[event] ?? []) expect(bot).toContain(scope);
    for (const scope of ['commands', 'chat:write', 'im:write', 'users:read', 'users:read.email', 'files:write']) expect(bot).toContain(scope);
    for (const broad of ['channels:history', 'groups:history', 'chat:write.customize', 'admin']) expect(bot).not.toContain(broad);
  });

  it('the validator rejects broken manifests (so "valid" means something)', () => {
    const noCommand = filled();
    delete noCommand.features.slash_commands[0].command;
    expect(validateSlackManifest(noCommand).join('\n')).toMatch(/must have required property 'command'/);

    const badColour = filled();
    badColour.display_information.background_color = 'green';
    expect(validateSlackManifest(badColour).join('\n')).toMatch(/background_color must pass "regex" keyword validation/);

    const shortLong = filled();
    shortLong.display_information.long_description = 'Te kort.';
    expect(validateSlackManifest(shortLong).join('\n')).toMatch(/long_description must NOT have fewer than 175 characters/);

    const unknown = filled() as unknown as Record<string, unknown>;
    unknown.features = { ...(unknown.features as object), bot: { name: 'x' } };
    expect(validateSlackManifest(unknown).join('\n')).toMatch(/\/features must NOT have additional properties \("bot"\)/);
  });

  it('says where the schema is expected when it is missing', () => {
    expect(() => loadSlackManifestValidator('/nonexistent/slack-schema')).toThrow(/schemas\/slack-app-manifest.*SLACK_MANIFEST_SCHEMA_DIR/s);
  });

  it('slack:manifest needs an https PUBLIC_BASE_URL', () => {
    expect(() => readSlackManifestConfig({})).toThrow(/^Zet PUBLIC_BASE_URL /);
    expect(() => readSlackManifestConfig({ PUBLIC_BASE_URL: 'oogst.example.nl' })).toThrow(/https-adres/);
    expect(readSlackManifestConfig({ PUBLIC_BASE_URL: BASE })).toEqual({ publicBaseUrl: BASE });
  });
});
