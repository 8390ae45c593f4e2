/**
 * A panel form submitted from its modal. The ack comes after the database write (store, then acknowledge).
 * Field errors and refusals come back in the ack (nothing stored); a saved change shows its confirmation in the
 * modal (or closes it) and updates the panel message in the channel for everyone.
 *
 * When the write takes longer than Slack's 3 s, Slack tells the person it failed and keeps the modal open, although
 * the form may be saved (or still being saved); sending it again must not plan a second dialogue table. So the
 * modal's view id is claimed before the write and released when nothing was stored (field errors, a refusal, a
 * failure): a second submission of a modal that went through only says so.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { formModalErrorResponse } from '../../../../cards';
import { submitForm } from '../../../shared/panel-flow';
import { messageModal } from '../../answer-modal.adapter';
import { panelValues, readPanelMetadata, updatePanelMessage } from '../../panel-modal.adapter';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { viewSubmissionSchema } from '../../slack-payloads.schema';
import { slackText } from '../../slack-texts';

export function submitFormView(env: SlackEnv) {
  return async function submitFormCallback({ ack, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
    const parsed = viewSubmissionSchema.safeParse(body);
    const meta = parsed.success ? readPanelMetadata(parsed.data.view.private_metadata) : undefined;
    const locale = meta?.locale ?? env.deps.config.OOGST_DEFAULT_LOCALE;
    const values = parsed.success ? panelValues(parsed.data.view.state.values) : undefined;
    if (!parsed.success || !meta || !values?.ok) {
      env.log.warn({ callback: 'submitForm' }, 'malformed view_submission');
      await ack({ response_action: 'update', view: messageModal({ tone: 'warning', lines: [slackText(locale, 'request.malformed')] }, locale) as never });
      return;
    }
    const deliveries = env.deps.repos.deliveries;
    const claim = parsed.data.view.id ? `slack:view:${meta.teamId}:${parsed.data.view.id}` : undefined;
    if (claim && !(await deliveries.firstTime(claim))) {
      await ack({ response_action: 'update', view: messageModal({ tone: 'info', lines: [slackText(locale, 'form.alreadySaved')] }, locale) as never });
      return;
    }
    const release = async () => {
      if (claim) await deliveries.forget(claim).catch((error: unknown) => env.log.warn({ err: String(error) }, 'form claim not released'));
    };
    const userId = parsed.data.user.id;
    const actor = { teamId: meta.teamId, enterpriseId: meta.enterpriseId, userId, userName: parsed.data.user.name ?? parsed.data.user.username };
    const outcome = await (async () => {
      const ctx = await slackContext(env, client, { actor, place: meta.channelId ? { channelId: meta.channelId } : undefined, deliveryKey: `view:${meta.f}`, deadline: true });
      return submitForm(env.deps, { ...ctx, locale }, meta.f, meta.c, values.values);
    })().catch(async (error: unknown) => {
      await release();
      throw error;
    });
    if (outcome.kind !== 'panel') await release();
    if (outcome.kind === 'invalid') return void (await ack(formModalErrorResponse(outcome.form.errors ?? {})));
    if (outcome.kind === 'rejected') return void (await ack({ response_action: 'update', view: messageModal(outcome.view, locale) as never }));
    const notice = outcome.panel.type !== 'form' ? outcome.panel.view.notice : undefined;
    // Saved: the confirmation replaces the form in the same response (or the modal closes), then the panel
    // message in the channel is updated for everyone.
    await ack(notice ? { response_action: 'update', view: messageModal({ tone: 'success', lines: [notice] }, locale) as never } : undefined);
    await updatePanelMessage(client, meta.channelId, meta.ts, outcome.shared ?? outcome.panel, env.log);
  };
}
