/** A command button ("Wat kan Oogst?", "Status"): runs its text command as if typed, answers privately. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { clickOf } from '../../interaction-actor';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { blockActionSchema, buttonValueSchema } from '../../slack-payloads.schema';
import { deliverNotice } from '../../privacy-notice';
import { replyMessage, respondWith, sendDirect } from '../../slack-reply';

export function runCommandAction(env: SlackEnv) {
  return async function runCommandCallback({ ack, body, action, client, respond }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
    await ack();
    const parsed = blockActionSchema.safeParse(body);
    const button = buttonValueSchema.safeParse(action);
    const click = parsed.success ? clickOf(parsed.data) : undefined;
    if (!click || !button.success) {
      env.log.warn({ action: 'runCommand' }, 'malformed block_actions payload');
      return;
    }
    const ctx = await slackContext(env, client, { actor: click.actor, place: click.place, deliveryKey: `action:${click.triggerId}`, text: button.data.value });
    const reply = await env.conversation.handleText(ctx, button.data.value);
    // Buttons in messages come with a response_url; in a modal or the home tab the answer goes to the DM.
    if ((body as { response_url?: string }).response_url) await respondWith(respond, reply, env.log);
    else {
      await sendDirect(client, click.actor.userId, replyMessage(reply));
      await deliverNotice(client, { userId: click.actor.userId }, reply.notice, env.log);
    }
  };
}
