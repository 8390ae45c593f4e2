/**
 * `npm run teams:package`: fills manifests/teams/manifest.template.json from the environment (MicrosoftAppId,
 * PUBLIC_BASE_URL; .env is read too), validates it and en.json against the official schemas shipped in
 * @microsoft/app-manifest, draws the icons and writes dist/teams/oogst-teams.zip for upload to Teams.
 * `npm run teams:icons` only writes the two icons to manifests/teams/ so you can look at them.
 *
 * The pure parts (fillManifest, validateTeamsManifest, validateTeamsLocalization, buildTeamsPackage) take no
 * environment, so tests call them directly.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import { config as loadDotenv } from 'dotenv';
import JSZip from 'jszip';
import { compileSchema, formatErrors, manifestPackageDir } from './lib/json-schema';
import { fillTokens, ManifestConfigError, readTeamsPackageConfig, tokenValues } from './lib/manifest-template';
import { drawColorIcon, drawOutlineIcon } from './lib/png-icons';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const TEAMS_MANIFEST_DIR = path.join(PROJECT_ROOT, 'manifests', 'teams');
export const TEAMS_TEMPLATE_PATH = path.join(TEAMS_MANIFEST_DIR, 'manifest.template.json');
export const TEAMS_LOCALIZATION_PATH = path.join(TEAMS_MANIFEST_DIR, 'en.json');
export const TEAMS_PACKAGE_PATH = path.join(PROJECT_ROOT, 'dist', 'teams', 'oogst-teams.zip');

type Json = Record<string, unknown>;
type SchemaKind = 'MicrosoftTeams' | 'MicrosoftTeams.Localization';

const SCHEMA_ROOT = path.join(manifestPackageDir, 'build', 'json-schemas', 'teams');
const SCHEMA_URL = (version: string, kind: SchemaKind) => `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/${kind}.schema.json`;

/** Released manifest versions whose schema @microsoft/app-manifest ships (devPreview left out), oldest first. */
export function shippedTeamsSchemaVersions(): string[] {
  return readdirSync(SCHEMA_ROOT)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [aMajor, aMinor] = a.split('.').map(Number);
      const [bMajor, bMinor] = b.split('.').map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
}

export function loadTeamsSchema(version: string, kind: SchemaKind): AnySchemaObject {
  const file = path.join(SCHEMA_ROOT, `v${version}`, `${kind}.schema.json`);
  if (!existsSync(file)) {
    throw new Error(`@microsoft/app-manifest heeft geen ${kind}-schema voor manifestversie ${version} (wel: ${shippedTeamsSchemaVersions().join(', ')}).`);
  }
  // Same clean-up as the toolkit: older schemas contain "\a" in a regex, which is not valid JSON.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007')) as AnySchemaObject;
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(version: string, kind: SchemaKind): ValidateFunction {
  const key = `${kind}@${version}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = compileSchema(loadTeamsSchema(version, kind));
    validators.set(key, validate);
  }
  return validate;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fills the template's {{BOT_ID}}, {{PUBLIC_BASE_URL}} and {{PUBLIC_HOST}}; throws on any other token. */
export function fillManifest(template: string | Json, values: { botId: string; publicBaseUrl: string }): Json {
  const parsed = typeof template === 'string' ? (JSON.parse(template) as Json) : template;
  return fillTokens(parsed, tokenValues(values));
}

/** Errors of a filled manifest against the official schema of its manifestVersion, plus a few checks the schema cannot express. */
export function validateTeamsManifest(manifest: unknown): string[] {
  if (!isObject(manifest)) return ['(root) het manifest moet een JSON-object zijn'];
  const version = String(manifest.manifestVersion ?? '');
  let validate: ValidateFunction;
  try {
    validate = validatorFor(version, 'MicrosoftTeams');
  } catch (error) {
    return [(error as Error).message];
  }
  const errors = validate(manifest) ? [] : formatErrors(validate.errors);
  if (manifest.$schema !== SCHEMA_URL(version, 'MicrosoftTeams')) errors.push(`/$schema moet ${SCHEMA_URL(version, 'MicrosoftTeams')} zijn`);
  const bots = Array.isArray(manifest.bots) ? (manifest.bots as Json[]) : [];
  bots.forEach((bot, b) => {
    const lists = Array.isArray(bot.commandLists) ? (bot.commandLists as Json[]) : [];
    lists.forEach((list, l) => {
      const titles = (Array.isArray(list.commands) ? (list.commands as Json[]) : []).map((c) => String(c.title).toLowerCase());
      const duplicates = titles.filter((t, i) => titles.indexOf(t) !== i);
      if (duplicates.length > 0) errors.push(`/bots/${b}/commandLists/${l} heeft dubbele commando's: ${duplicates.join(', ')}`);
    });
  });
  return errors;
}

/** Looks up a localization key such as `bots[0].commandLists[1].commands[2].description` in the manifest. */
function lookup(manifest: Json, key: string): unknown {
  let current: unknown = manifest;
  for (const part of key.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== 'object') return undefined;
    const index = part.startsWith('[') ? Number(part.slice(1, -1)) : part;
    current = (current as Record<string | number, unknown>)[index];
  }
  return current;
}

/** Errors of a localization file against the official schema, and keys that point at nothing in the manifest. */
export function validateTeamsLocalization(localization: unknown, manifest: Json): string[] {
  if (!isObject(localization)) return ['(root) het taalbestand moet een JSON-object zijn'];
  const version = String(manifest.manifestVersion ?? '');
  let validate: ValidateFunction;
  try {
    validate = validatorFor(version, 'MicrosoftTeams.Localization');
  } catch (error) {
    return [(error as Error).message];
  }
  const errors = validate(localization) ? [] : formatErrors(validate.errors);
  if (localization.$schema !== SCHEMA_URL(version, 'MicrosoftTeams.Localization')) {
    errors.push(`/$schema moet ${SCHEMA_URL(version, 'MicrosoftTeams.Localization')} zijn`);
  }
  for (const key of Object.keys(localization)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof lookup(manifest, key) !== 'string') errors.push(`"${key}" verwijst naar geen tekst in het manifest`);
  }
  return errors;
}

/** Thrown when the filled manifest or a language file does not validate; `errors` has one line per problem. */
export class TeamsManifestInvalidError extends Error {
  constructor(readonly errors: string[]) {
    super(`Het Teams-manifest is niet geldig:\n  ${errors.join('\n  ')}`);
    this.name = 'TeamsManifestInvalidError';
  }
}

export interface TeamsPackageInput {
  botId: string;
  publicBaseUrl: string;
  /** Template text; defaults to manifests/teams/manifest.template.json. */
  template?: string;
  /** Language files by file name; defaults to manifests/teams/en.json. */
  languageFiles?: Record<string, string>;
}

/** A fixed timestamp keeps the zip byte-for-byte reproducible. */
const ZIP_DATE = new Date(2025, 0, 1, 0, 0, 0);

/** Builds the Teams app package (zip with manifest.json, language files and icons at the root). */
export async function buildTeamsPackage(input: TeamsPackageInput): Promise<Buffer> {
  const manifest = fillManifest(input.template ?? readFileSync(TEAMS_TEMPLATE_PATH, 'utf8'), input);
  const languageFiles = input.languageFiles ?? { 'en.json': readFileSync(TEAMS_LOCALIZATION_PATH, 'utf8') };
  const errors = validateTeamsManifest(manifest);

  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  for (const [name, text] of Object.entries(languageFiles)) {
    files.set(name, Buffer.from(text));
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      errors.push(`${name}: geen geldige JSON (${(error as Error).message})`);
      continue;
    }
    errors.push(...validateTeamsLocalization(parsed, manifest).map((e) => `${name}: ${e}`));
  }
  const icons = isObject(manifest.icons) ? manifest.icons : {};
  files.set(String(icons.color ?? 'color.png'), drawColorIcon());
  files.set(String(icons.outline ?? 'outline.png'), drawOutlineIcon());

  const info = isObject(manifest.localizationInfo) ? manifest.localizationInfo : {};
  const languages = Array.isArray(info.additionalLanguages) ? (info.additionalLanguages as Json[]) : [];
  const referenced = [...languages.map((l) => String(l.file)), ...(info.defaultLanguageFile ? [String(info.defaultLanguageFile)] : [])];
  for (const file of referenced) if (!files.has(file)) errors.push(`/localizationInfo verwijst naar ${file}, maar dat bestand zit niet in het pakket`);
  if (errors.length > 0) throw new TeamsManifestInvalidError(errors);

  const zip = new JSZip();
  for (const [name, data] of files) zip.file(name, data, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Writes color.png and outline.png into a folder (default manifests/teams/), for inspection. */
export function writeTeamsIcons(dir = TEAMS_MANIFEST_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const written = [path.join(dir, 'color.png'), path.join(dir, 'outline.png')];
  writeFileSync(written[0], drawColorIcon());
  writeFileSync(written[1], drawOutlineIcon());
  return written;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--icons')) {
    for (const file of writeTeamsIcons()) process.stdout.write(`Geschreven: ${path.relative(process.cwd(), file)}\n`);
    return 0;
  }
  try {
    const config = readTeamsPackageConfig(env);
    const zip = await buildTeamsPackage(config);
    mkdirSync(path.dirname(TEAMS_PACKAGE_PATH), { recursive: true });
    writeFileSync(TEAMS_PACKAGE_PATH, zip);
    process.stdout.write(
      `Teams-app-pakket geschreven: ${path.relative(process.cwd(), TEAMS_PACKAGE_PATH)} (${zip.length} bytes)\n` +
        `  bot: ${config.botId}\n  adres: ${tokenValues(config).PUBLIC_BASE_URL}\n` +
        'Upload het in Teams (Apps > Apps beheren > Een app uploaden) of in het Teams Developer Portal.\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof ManifestConfigError || error instanceof TeamsManifestInvalidError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
