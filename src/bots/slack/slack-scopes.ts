/** Bot scopes asked for at install (must match manifests/slack/manifest.yml; test/bots/slack checks it). */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'channels:read',
  'groups:read',
  'chat:write',
  'commands',
  'files:write',
  'im:history',
  'im:write',
  'users:read',
  'users:read.email',
] as const;
