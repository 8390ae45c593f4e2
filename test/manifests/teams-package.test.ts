/** The Teams app package (zip) and the configuration `npm run teams:package` needs. */
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { ManifestConfigError, readTeamsPackageConfig } from '../../scripts/lib/manifest-template';
import { buildTeamsPackage, main, TeamsManifestInvalidError, validateTeamsManifest } from '../../scripts/teams-package';

const SAMPLE = { botId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', publicBaseUrl: 'https://oogst.example.nl' };

describe('buildTeamsPackage', () => {
  let zip: JSZip;
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await buildTeamsPackage(SAMPLE);
    zip = await JSZip.loadAsync(bytes);
  });

  it('contains exactly manifest.json, en.json and the two icons, at the root', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('has a valid manifest with the bot id filled in', async () => {
    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toMatch(/\{\{/);
    const manifest = JSON.parse(text) as { id: string; bots: { botId: string }[] };
    expect(manifest.bots[0].botId).toBe(SAMPLE.botId);
    expect(manifest.id).toBe(SAMPLE.botId);
    expect(validateTeamsManifest(manifest)).toEqual([]);
  });

  it('has icons that decode with the right sizes', async () => {
    for (const [name, size] of [['color.png', 192], ['outline.png', 32]] as const) {
      const png = PNG.sync.read(await zip.file(name)!.async('nodebuffer'));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  it('is reproducible', async () => {
    expect((await buildTeamsPackage(SAMPLE)).equals(bytes)).toBe(true);
  });

  it('refuses to build from an invalid template', async () => {
    const template = JSON.stringify({ manifestVersion: '1.30', id: '{{BOT_ID}}' });
    await expect(buildTeamsPackage({ ...SAMPLE, template })).rejects.toThrow(TeamsManifestInvalidError);
    await expect(buildTeamsPackage({ ...SAMPLE, languageFiles: { 'en.json': '{not json' } })).rejects.toThrow(/en\.json: geen geldige JSON/);
  });
});

describe('teams:package configuration', () => {
  it('names MicrosoftAppId when it is missing or empty', () => {
    for (const env of [{ PUBLIC_BASE_URL: SAMPLE.publicBaseUrl }, { MicrosoftAppId: '  ', PUBLIC_BASE_URL: SAMPLE.publicBaseUrl }]) {
      expect(() => readTeamsPackageConfig(env)).toThrow(ManifestConfigError);
      expect(() => readTeamsPackageConfig(env)).toThrow(/^Zet MicrosoftAppId /);
    }
  });

  it('requires a GUID bot id and an https PUBLIC_BASE_URL', () => {
    expect(() => readTeamsPackageConfig({ MicrosoftAppId: 'mijn-bot', PUBLIC_BASE_URL: SAMPLE.publicBaseUrl })).toThrow(/MicrosoftAppId moet een GUID zijn/);
    expect(() => readTeamsPackageConfig({ MicrosoftAppId: SAMPLE.botId })).toThrow(/Zet PUBLIC_BASE_URL/);
    expect(() => readTeamsPackageConfig({ MicrosoftAppId: SAMPLE.botId, PUBLIC_BASE_URL: 'http://oogst.example.nl' })).toThrow(/PUBLIC_BASE_URL moet een https-adres/);
    expect(readTeamsPackageConfig({ MicrosoftAppId: ` ${SAMPLE.botId} `, PUBLIC_BASE_URL: 'https://oogst.example.nl/' })).toEqual({
      botId: SAMPLE.botId,
      publicBaseUrl: 'https://oogst.example.nl/',
    });
  });

  it('main() prints the message and returns exit code 1 without MicrosoftAppId', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(main([], { PUBLIC_BASE_URL: SAMPLE.publicBaseUrl })).resolves.toBe(1);
      expect(String(stderr.mock.calls[0][0])).toMatch(/^Zet MicrosoftAppId op de App ID/);
    } finally {
      stderr.mockRestore();
    }
  });
});
