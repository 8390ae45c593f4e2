/** The App Home tab opened: publish a fresh view (open prompts, own answers, coordinator status). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { publishHome } from '../../home/publish-home';
import { SlackEnv } from '../../slack-env';
import { homeOpenedSchema } from '../../slack-payloads.schema';
import { readEnvelope } from './event-envelope';

export function appHomeOpenedEvent(env: SlackEnv) {
  return async function appHomeOpenedCallback({ event, body, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> {
    const opened = homeOpenedSchema.safeParse(event);
    // The same event fires for the Messages tab; only the Home tab has a view to publish.
    if (!opened.success || (opened.data.tab !== undefined && opened.data.tab !== 'home')) return;
    const envelope = readEnvelope(body, env.log);
    if (!envelope) return;
    const user = await env.users.lookup(client, { teamId: envelope.teamId, userId: opened.data.user });
    await publishHome(env.deps, client, envelope.teamId, opened.data.user, user.slackLocale ?? env.deps.config.OOGST_DEFAULT_LOCALE);
  };
}
