/** A panel button that opens a form ("Partner voorstellen", "Top 5 kiezen", "Dialoogtafel plannen" ...) as a modal. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openForm } from '../../../shared/panel-flow';
import { parseButtonValue } from '../../../shared/panel-ids';
import { messageModal } from '../../answer-modal.adapter';
import { clickOf } from '../../interaction-actor';
import { formModal } from '../../panel-modal.adapter';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { blockActionSchema, buttonValueSchema } from '../../slack-payloads.schema';
import { slackText } from '../../slack-texts';

export function openFormAction(env: SlackEnv) {
  return async function openFormCallback({ ack, body, action, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
    await ack();
    const parsed = blockActionSchema.safeParse(body);
    const button = buttonValueSchema.safeParse(action);
    const click = parsed.success ? clickOf(parsed.data) : undefined;
    const target = button.success ? parseButtonValue(button.data.value) : undefined;
    if (!click || target?.kind !== 'form') {
      env.log.warn({ action: 'openForm' }, 'malformed panel button');
      const locale = env.deps.config.OOGST_DEFAULT_LOCALE;
      if (parsed.success) await client.views.open({ trigger_id: parsed.data.trigger_id, view: messageModal({ tone: 'warning', lines: [slackText(locale, 'request.malformed')] }, locale) as never });
      return;
    }
    const ctx = await slackContext(env, client, { actor: click.actor, place: click.place, deliveryKey: `action:${click.triggerId}`, deadline: true });
    const outcome = await openForm(env.deps, ctx, target.formId, target.context);
    const ts = (parsed.data?.container as { message_ts?: unknown } | undefined)?.message_ts;
    const meta = {
      f: target.formId, c: target.context, teamId: click.actor.teamId, enterpriseId: click.actor.enterpriseId, channelId: click.place?.channelId,
      ts: typeof ts === 'string' ? ts : undefined, locale: ctx.locale,
    };
    const view = outcome.kind === 'panel' && outcome.panel.type === 'form' ? formModal(outcome.panel.view, meta) : messageModal(outcome.kind === 'rejected' ? outcome.view : { lines: [] }, ctx.locale);
    await client.views.open({ trigger_id: click.triggerId, view: view as never });
  };
}
