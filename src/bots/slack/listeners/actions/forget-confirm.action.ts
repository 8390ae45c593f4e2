/**
 * A "vergeet mij" button (`oogst.privacy.forget:confirm|cancel`, the signed token as value). The shared forget
 * flow checks the token and that it names the person who clicked; the outcome replaces the ephemeral card.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FORGET_ACTION_ID_PATTERN, messageBlocks } from '../../../../cards';
import { decideForget } from '../../../shared/privacy/forget-flow';
import { clickOf } from '../../interaction-actor';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { blockActionSchema, buttonValueSchema } from '../../slack-payloads.schema';
import { replyLost, sendDirect } from '../../slack-reply';

export function forgetConfirmAction(env: SlackEnv) {
  return async function forgetConfirmCallback({ ack, body, action, client, respond }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
    await ack();
    const parsed = blockActionSchema.safeParse(body);
    const button = buttonValueSchema.safeParse(action);
    const click = parsed.success ? clickOf(parsed.data) : undefined;
    const decision = button.success ? FORGET_ACTION_ID_PATTERN.exec(button.data.action_id)?.[1] : undefined;
    if (!click || !button.success || !decision) {
      env.log.warn({ action: 'forget' }, 'malformed block_actions payload');
      return;
    }
    const ctx = await slackContext(env, client, { actor: click.actor, place: click.place, deliveryKey: `action:${click.triggerId}` });
    const message = messageBlocks(await decideForget(env.deps, ctx, { decision, token: button.data.value }));
    if ((body as { response_url?: string }).response_url) {
      await respond({ replace_original: true, response_type: 'ephemeral', text: message.text, blocks: message.blocks as never })
        .catch(replyLost(env.log));
    } else await sendDirect(client, click.actor.userId, message);
  };
}
