/**
 * Configuration, parsed once from the environment (and an optional .env file) with zod. A wrong value stops
 * start-up with a message that names the variable and what is allowed. Secrets only come from here.
 */
import { z } from 'zod';
import { StartupError } from './shared/startup-error';
import { parsePlatformIdList, PLATFORM_ID_FORMATS } from './domain/access/platform-id';

const optionalText = z.string().trim().min(1).optional();
/** OOGST_ADMINS: comma-separated platform ids; one wrong entry stops start-up rather than silently granting less. */
const adminList = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const { ids, invalid } = parsePlatformIdList(text);
    if (invalid.length) ctx.addIssue({ code: 'custom', message: `not a platform id: ${invalid.map((e) => `"${e}"`).join(', ')}; use ${PLATFORM_ID_FORMATS}, separated by commas` });
    return ids;
  });
/** "true"/"false" (also 1/0, yes/no, on/off) from the environment. */
const flag = (fallback: boolean) =>
  z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes', 'on'].includes(value));
const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)')
    .default('file:./data/oogst.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OOGST_DEFAULT_LOCALE: z.enum(['nl', 'en']).default('nl'),
  OOGST_ADMINS: adminList,
  /** Signs expiring links (personal data downloads) and the erase confirmation; long and random, shared by all instances. */
  OOGST_LINK_SECRET: z.string().trim().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
  /** Answers older than this many months are deleted, or reduced to a score where the partnership keeps scores. */
  OOGST_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** The weekly digest's privacy threshold k: no figure, keyword or quote of fewer answering people. A group of one is one person. */
  OOGST_DIGEST_MIN_GROUP: z.coerce.number().int().min(2, 'must be at least 2 (a group of one is one person)').max(1000).default(3),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-/, 'must be a bot token starting with "xoxb-"').optional(),
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-/, 'must be an app-level token starting with "xapp-"').optional(),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  SLACK_API_URL: z.url().optional(),
  /** The browser playground: unset = on exactly when no Teams or Slack credentials are configured. */
  PLAYGROUND_ENABLED: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes', 'on'].includes(value))),
  /** The playground lets anyone act as anyone: by default it answers only requests from this machine. */
  PLAYGROUND_ALLOW_REMOTE: flag(false),
  SCHEDULER_ENABLED: flag(true),
  SCHEDULER_GRACE_HOURS: z.coerce.number().min(0).max(168).default(6),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; throws a StartupError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, emptyToUndefined(v)]));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new StartupError('CONFIG.INVALID', `Configuration is not valid:\n${lines.join('\n')}\nSee .env.example for every variable and its allowed values.`);
  }
  const config = result.data;
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    throw new StartupError('CONFIG.INVALID', 'Configuration is not valid:\n  SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode).');
  }
  if (config.MicrosoftAppId && config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    throw new StartupError('CONFIG.INVALID', 'Configuration is not valid:\n  MicrosoftAppPassword: required when MicrosoftAppId is set.');
  }
  return config;
}
