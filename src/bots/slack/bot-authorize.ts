/**
 * Single-workspace authorization without an auth.test per request. Bolt 5 calls auth.test for every incoming
 * request unless it knows botId and botUserId, and offline that call fails and no listener runs. We call it
 * once at start (a wrong token stops start-up with a clear message) and remember the answer; if Slack was
 * unreachable then, the first request tries again.
 */
import type { Authorize } from '@slack/bolt';
import { StartupError } from '../../shared/startup-error';
import { Logger } from '../../shared/logger';
import { WebClient } from './slack-web-client';

interface BotIdentity { botId: string; botUserId: string; teamId?: string }

const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

async function authTest(client: WebClient): Promise<BotIdentity> {
  const result = (await client.auth.test()) as { user_id?: string; bot_id?: string; team_id?: string };
  if (!result.user_id || !result.bot_id) throw new Error('auth.test did not return a bot user (is SLACK_BOT_TOKEN a bot token?)');
  return { botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id };
}

export async function botAuthorize(botToken: string, client: WebClient, log: Logger): Promise<Authorize<boolean>> {
  let identity: Promise<BotIdentity> | undefined;
  try {
    const known = await authTest(client);
    identity = Promise.resolve(known);
    log.info({ botUserId: known.botUserId, teamId: known.teamId }, 'Slack bot token verified');
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code && BAD_TOKEN.has(code)) throw new StartupError('CONFIG.INVALID', `Configuration is not valid:\n  SLACK_BOT_TOKEN: Slack refused it (${code}). Copy the Bot User OAuth Token from your Slack app's "OAuth & Permissions" page.`);
    log.warn({ err: code ?? String(error) }, 'Slack auth.test failed at start; will try again on the first request');
  }
  return async () => {
    identity ??= authTest(client).catch((error: unknown) => {
      identity = undefined; // not cached: the next request asks again
      throw error;
    });
    const { botId, botUserId } = await identity;
    return { botToken, botId, botUserId };
  };
}
