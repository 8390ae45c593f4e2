/**
 * Template tokens for the committed app manifests (manifests/teams/manifest.template.json, manifests/slack/manifest.yml).
 * The committed files keep `{{TOKEN}}` placeholders; the package scripts fill them from the environment.
 * Filling works on parsed values (never on raw text), so a value can never break the JSON or YAML around it,
 * and a token left over after filling is an error rather than a silently broken manifest.
 */
import { z } from 'zod';

/** Every token a template may contain. PUBLIC_HOST is derived from PUBLIC_BASE_URL, not a variable of its own. */
export const KNOWN_TOKENS = ['BOT_ID', 'PUBLIC_BASE_URL', 'PUBLIC_HOST'] as const;
export type TokenName = (typeof KNOWN_TOKENS)[number];
export type TokenValues = Record<TokenName, string>;

const TOKEN = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** A configuration problem the scripts report as a plain message (no stack trace) before exiting with 1. */
export class ManifestConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestConfigError';
  }
}

/** All token names used anywhere in a parsed template (strings, nested objects and arrays; object keys too). */
export function findTokens(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const m of v.matchAll(TOKEN)) found.add(m[1]);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') for (const [k, inner] of Object.entries(v)) { walk(k); walk(inner); }
  };
  walk(value);
  return [...found].sort();
}

/** Replaces the tokens in every string of a parsed template; throws when a token has no value. */
export function fillTokens<T>(value: T, values: Partial<Record<string, string>>): T {
  const unknown = findTokens(value).filter((name) => values[name] === undefined);
  if (unknown.length > 0) throw new Error(`Onbekende of niet ingevulde tokens in het manifest: ${unknown.map((n) => `{{${n}}}`).join(', ')}`);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(TOKEN, (_m, name: string) => values[name] as string);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [walk(k) as string, walk(inner)]));
    return v;
  };
  return walk(value) as T;
}

/** Normalises an https base URL (no trailing slash) and derives the host for validDomains. */
export function tokenValues(input: { botId?: string; publicBaseUrl: string }): TokenValues {
  const url = new URL(input.publicBaseUrl);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return { BOT_ID: input.botId ?? '', PUBLIC_BASE_URL: base, PUBLIC_HOST: url.hostname };
}

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

const publicBaseUrl = z
  .string({ error: 'Zet PUBLIC_BASE_URL op het openbare https-adres waarop Oogst bereikbaar is, bijvoorbeeld PUBLIC_BASE_URL=https://oogst.example.nl' })
  .trim()
  .refine((v) => URL.canParse(v) && new URL(v).protocol === 'https:' && !new URL(v).search && !new URL(v).hash, {
    error: (issue) => `PUBLIC_BASE_URL moet een https-adres zonder ?query of #anker zijn, bijvoorbeeld https://oogst.example.nl (nu: "${String(issue.input)}")`,
  });

const botId = z
  .string({ error: `Zet MicrosoftAppId op de App ID (een GUID) van de Azure Bot-registratie, bijvoorbeeld in .env: MicrosoftAppId=${EXAMPLE_ID}` })
  .trim()
  .regex(GUID, { error: (issue) => `MicrosoftAppId moet een GUID zijn zoals ${EXAMPLE_ID} (nu: "${String(issue.input)}")` });

function parse<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? undefined : v]));
  const result = schema.safeParse(cleaned);
  if (!result.success) throw new ManifestConfigError(result.error.issues.map((issue) => issue.message).join('\n'));
  return result.data;
}

/** Config for `npm run teams:package`: MicrosoftAppId (GUID) and PUBLIC_BASE_URL (https). */
export function readTeamsPackageConfig(env: NodeJS.ProcessEnv): { botId: string; publicBaseUrl: string } {
  const data = parse(z.object({ MicrosoftAppId: botId, PUBLIC_BASE_URL: publicBaseUrl }), env);
  return { botId: data.MicrosoftAppId, publicBaseUrl: data.PUBLIC_BASE_URL };
}

/** Config for `npm run slack:manifest`: PUBLIC_BASE_URL (https). */
export function readSlackManifestConfig(env: NodeJS.ProcessEnv): { publicBaseUrl: string } {
  return { publicBaseUrl: parse(z.object({ PUBLIC_BASE_URL: publicBaseUrl }), env).PUBLIC_BASE_URL };
}
