/** A panel button that acts at once ("Vernieuwen", "Afsluiten", "Annuleren"): the channel message shows the result. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { replyLost } from '../../slack-reply';
import { messageBlocks } from '../../../../cards';
import { runPanelAction } from '../../../shared/panel-flow';
import { parseButtonValue } from '../../../shared/panel-ids';
import { clickOf } from '../../interaction-actor';
import { updatePanelMessage } from '../../panel-modal.adapter';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { blockActionSchema, buttonValueSchema } from '../../slack-payloads.schema';

export function panelActAction(env: SlackEnv) {
  return async function panelActCallback({ ack, body, action, client, respond }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
    await ack();
    const parsed = blockActionSchema.safeParse(body);
    const button = buttonValueSchema.safeParse(action);
    const click = parsed.success ? clickOf(parsed.data) : undefined;
    const target = button.success ? parseButtonValue(button.data.value) : undefined;
    if (!click || target?.kind !== 'act') {
      env.log.warn({ action: 'panelAct' }, 'malformed panel button');
      return;
    }
    const ctx = await slackContext(env, client, { actor: click.actor, place: click.place, deliveryKey: `action:${click.triggerId}` });
    const outcome = await runPanelAction(env.deps, ctx, target.op, target.context);
    if (outcome.kind === 'rejected') {
      const message = messageBlocks(outcome.view);
      await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks })
        .catch(replyLost(env.log));
      return;
    }
    if (outcome.kind !== 'panel') return;
    const ts = (parsed.data?.container as { message_ts?: unknown } | undefined)?.message_ts;
    await updatePanelMessage(client, click.place?.channelId, typeof ts === 'string' ? ts : undefined, outcome.shared ?? outcome.panel, env.log);
  };
}
