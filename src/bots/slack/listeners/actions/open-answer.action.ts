/**
 * "Beantwoorden" (channel message or App Home): opens the answer modal, pre-filled when editing. The trigger_id
 * expires after 3 s, so views.open comes right after one form lookup; a closed prompt gets a modal saying so.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerFormFor } from '../../../shared/answer-flow';
import { noticeAfterAction } from '../../../shared/privacy/first-contact';
import { answerModal, messageModal } from '../../answer-modal.adapter';
import { deliverNotice } from '../../privacy-notice';
import { clickOf } from '../../interaction-actor';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { blockActionSchema, buttonValueSchema } from '../../slack-payloads.schema';
import { slackText } from '../../slack-texts';

export function openAnswerAction(env: SlackEnv) {
  return async function openAnswerCallback({ ack, body, action, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
    await ack();
    const parsed = blockActionSchema.safeParse(body);
    const button = buttonValueSchema.safeParse(action);
    const click = parsed.success ? clickOf(parsed.data) : undefined;
    if (!click || !button.success) {
      env.log.warn({ action: 'openAnswer' }, 'malformed block_actions payload');
      const locale = env.deps.config.OOGST_DEFAULT_LOCALE;
      if (parsed.success) await client.views.open({ trigger_id: parsed.data.trigger_id, view: messageModal({ tone: 'warning', lines: [slackText(locale, 'request.malformed')] }, locale) as never });
      return;
    }
    const ctx = await slackContext(env, client, { actor: click.actor, place: click.place, deliveryKey: `action:${click.triggerId}`, deadline: true });
    const result = await answerFormFor(env.deps, ctx, button.data.value);
    const view = result.kind === 'form'
      ? answerModal(result.view, { promptId: button.data.value, teamId: click.actor.teamId, enterpriseId: click.actor.enterpriseId, channelId: click.place?.channelId, locale: ctx.locale, from: click.origin })
      : messageModal(result.view, ctx.locale);
    await client.views.open({ trigger_id: click.triggerId, view: view as never });
    await deliverNotice(client, { userId: click.actor.userId, channelId: click.place?.channelId }, await noticeAfterAction(env.deps, ctx), env.log);
  };
}
