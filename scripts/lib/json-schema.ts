/**
 * Compiles an official JSON schema with the Ajv flavour its `$schema` asks for, the way Microsoft's own
 * toolkit does (@microsoft/app-manifest): draft-04 with ajv-draft-04, 2020-12 with ajv/dist/2020, anything
 * else (draft-07) with Ajv's default class; `ajv-formats` for `format`; `strictTypes` off because the
 * official schemas omit `type` next to `additionalProperties`.
 *
 * ajv-draft-04 is not a direct dependency: it is loaded from @microsoft/app-manifest's own dependencies so
 * the validator is the one the toolkit ships with.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv, { type AnySchemaObject, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type AjvClass = new (opts?: Options) => Ajv;

/**
 * JSON Schema patterns are ECMA-262 regexes without the `u` flag; Ajv compiles them with `u`. Some official
 * patterns (the Teams localization schema's `...\b]\.description$`) are only valid without it, so fall back.
 */
function lenientRegExp(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return new RegExp(pattern, flags.replace('u', ''));
  }
}
/** Only read by Ajv's standalone code generation, which these scripts do not use. */
lenientRegExp.code = 'lenientRegExp';

export const manifestPackageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));

function draft04Class(): AjvClass {
  const fromManifestPackage = createRequire(path.join(manifestPackageDir, 'package.json'));
  const loaded = fromManifestPackage('ajv-draft-04') as { default: AjvClass };
  return loaded.default;
}

export interface CompileOptions {
  /** Further schemas the main one references by URL (`$ref: "https://..."`), keyed by that URL. */
  references?: Record<string, AnySchemaObject>;
  /** Extra keywords to accept (with an optional check) for schemas that use non-standard ones. */
  keywords?: { keyword: string; validate?: (schemaValue: unknown, data: unknown) => boolean }[];
}

export function createAjv(schema: AnySchemaObject): Ajv {
  const dialect = String(schema.$schema ?? '');
  const Klass: AjvClass = dialect.includes('draft-04') ? draft04Class() : dialect.includes('2020-12') ? Ajv2020 : Ajv;
  const ajv = new Klass({ allErrors: true, strictTypes: false, strictTuples: false, code: { regExp: lenientRegExp } });
  addFormats(ajv);
  return ajv;
}

export function compileSchema(schema: AnySchemaObject, options: CompileOptions = {}): ValidateFunction {
  const ajv = createAjv(schema);
  for (const k of options.keywords ?? []) {
    const check = k.validate;
    ajv.addKeyword(check ? { keyword: k.keyword, validate: (s: unknown, d: unknown) => check(s, d), errors: false } : { keyword: k.keyword });
  }
  for (const [url, ref] of Object.entries(options.references ?? {})) ajv.addSchema(ref, url);
  return ajv.compile(schema);
}

/**
 * One readable line per Ajv error: `/bots/0/commandLists/0/commands must NOT have more than 12 items`.
 * Duplicates (the same error reached through several `oneOf` branches) are reported once.
 */
export function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const extra = e.keyword === 'additionalProperties' ? ` ("${String((e.params as { additionalProperty?: string }).additionalProperty)}")` : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
  return [...new Set(lines)];
}
