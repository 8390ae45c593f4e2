/**
 * `npm run slack:manifest`: prints manifests/slack/manifest.yml with {{PUBLIC_BASE_URL}} filled in (from the
 * environment or .env), ready to paste at api.slack.com > Create New App > From an app manifest.
 * When the official schema (slackapi/manifest-schema, MIT) is found, the output is validated first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import { config as loadDotenv } from 'dotenv';
import YAML from 'yaml';
import { compileSchema, formatErrors } from './lib/json-schema';
import { fillTokens, ManifestConfigError, readSlackManifestConfig, tokenValues } from './lib/manifest-template';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const SLACK_TEMPLATE_PATH = path.join(PROJECT_ROOT, 'manifests', 'slack', 'manifest.yml');
/** Where the schema is expected: in the project (schemas/slack-app-manifest, a copy of the official MIT schema), or SLACK_MANIFEST_SCHEMA_DIR. */
export const DEFAULT_SLACK_SCHEMA_DIR = path.resolve(PROJECT_ROOT, 'schemas', 'slack-app-manifest');

export function slackSchemaDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SLACK_MANIFEST_SCHEMA_DIR?.trim() || DEFAULT_SLACK_SCHEMA_DIR;
}

/** Parses the YAML template and fills {{PUBLIC_BASE_URL}}; throws on any other token. */
export function fillSlackManifest(templateYaml: string, values: { publicBaseUrl: string }): Record<string, unknown> {
  const parsed = YAML.parse(templateYaml) as Record<string, unknown>;
  return fillTokens(parsed, tokenValues(values));
}

export function renderSlackManifest(manifest: Record<string, unknown>): string {
  return YAML.stringify(manifest, { lineWidth: 0 });
}

function collectRemoteRefs(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => collectRemoteRefs(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && /^https?:\/\//.test(v)) into.add(v.split('#')[0]);
      else collectRemoteRefs(v, into);
    }
  }
  return into;
}

const validators = new Map<string, ValidateFunction>();

/**
 * Compiles manifest.schema.json from `dir`. It picks a versioned schema by `_metadata.major_version` and
 * refers to those by their raw.githubusercontent.com URL; each is served from the file of the same name in
 * `dir`. The versioned schemas use a non-standard `regex` keyword (for background_color), checked here as
 * a pattern, and `_note` annotations.
 */
export function loadSlackManifestValidator(dir: string = slackSchemaDir()): ValidateFunction {
  const cached = validators.get(dir);
  if (cached) return cached;
  const rootFile = path.join(dir, 'manifest.schema.json');
  if (!existsSync(rootFile)) {
    throw new Error(
      `Het Slack-manifestschema ontbreekt: ${rootFile} bestaat niet. Verwacht wordt een kopie van slackapi/manifest-schema ` +
        '(manifest.schema.json met de geversioneerde manifest.schema.*.json en LICENSE) in schemas/slack-app-manifest ' +
        'in de projectmap, of zet SLACK_MANIFEST_SCHEMA_DIR op die map.',
    );
  }
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as AnySchemaObject;
  const root = read(rootFile);
  const available = readdirSync(dir);
  const references: Record<string, AnySchemaObject> = {};
  for (const url of collectRemoteRefs(root)) {
    const name = path.basename(new URL(url).pathname);
    if (!available.includes(name)) throw new Error(`Het Slack-manifestschema verwijst naar ${url}, maar ${path.join(dir, name)} ontbreekt.`);
    references[url] = read(path.join(dir, name));
  }
  const validate = compileSchema(root, {
    references,
    keywords: [
      { keyword: 'regex', validate: (pattern, data) => typeof data !== 'string' || new RegExp(String(pattern)).test(data) },
      { keyword: '_note' },
    ],
  });
  validators.set(dir, validate);
  return validate;
}

/** Errors of a (filled, parsed) Slack manifest against the official schema; [] when valid. */
export function validateSlackManifest(manifest: unknown, dir?: string): string[] {
  const validate = loadSlackManifestValidator(dir);
  return validate(manifest) ? [] : formatErrors(validate.errors);
}

export function main(env: NodeJS.ProcessEnv = process.env): number {
  try {
    const manifest = fillSlackManifest(readFileSync(SLACK_TEMPLATE_PATH, 'utf8'), readSlackManifestConfig(env));
    const dir = slackSchemaDir(env);
    if (existsSync(path.join(dir, 'manifest.schema.json'))) {
      const errors = validateSlackManifest(manifest, dir);
      if (errors.length > 0) {
        process.stderr.write(`Het Slack-manifest is niet geldig:\n  ${errors.join('\n  ')}\n`);
        return 1;
      }
    } else {
      process.stderr.write(`Let op: niet gecontroleerd tegen het Slack-schema (niet gevonden in ${dir}; zet SLACK_MANIFEST_SCHEMA_DIR).\n`);
    }
    process.stdout.write(renderSlackManifest(manifest));
    return 0;
  } catch (error) {
    if (error instanceof ManifestConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  loadDotenv({ quiet: true });
  process.exitCode = main();
}
