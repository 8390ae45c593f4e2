/**
 * A panel form submitted from its modal. Field errors and refusals come back in the ack (nothing stored); a saved
 * change closes the modal, updates the panel message in the channel for everyone, and confirms privately.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { formModalErrorResponse } from '../../../../cards';
import { submitForm } from '../../../shared/panel-flow';
import { ACK_BUDGET_MS, withinDeadline } from '../../ack-deadline';
import { tellPrivately } from '../../answer-confirmation';
import { messageModal } from '../../answer-modal.adapter';
import { panelValues, readPanelMetadata, updatePanelMessage } from '../../panel-modal.adapter';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { viewSubmissionSchema } from '../../slack-payloads.schema';
import { slackText } from '../../slack-texts';

export function submitFormView(env: SlackEnv) {
  return async function submitFormCallback({ ack, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
    const started = Date.now();
    const parsed = viewSubmissionSchema.safeParse(body);
    const meta = parsed.success ? readPanelMetadata(parsed.data.view.private_metadata) : undefined;
    const locale = meta?.locale ?? env.deps.config.OOGST_DEFAULT_LOCALE;
    const values = parsed.success ? panelValues(parsed.data.view.state.values) : undefined;
    if (!parsed.success || !meta || !values?.ok) {
      env.log.warn({ callback: 'submitForm' }, 'malformed view_submission');
      await ack({ response_action: 'update', view: messageModal({ tone: 'warning', lines: [slackText(locale, 'request.malformed')] }, locale) as never });
      return;
    }
    const userId = parsed.data.user.id;
    const work = (async () => {
      const actor = { teamId: meta.teamId, enterpriseId: meta.enterpriseId, userId, userName: parsed.data.user.name ?? parsed.data.user.username };
      const ctx = await slackContext(env, client, { actor, place: meta.channelId ? { channelId: meta.channelId } : undefined, deliveryKey: `view:${meta.f}` });
      return submitForm(env.deps, { ...ctx, locale }, meta.f, meta.c, values.values);
    })();
    const raced = await withinDeadline(work, ACK_BUDGET_MS - (Date.now() - started));
    if (raced.done && raced.value.kind === 'invalid') return void (await ack(formModalErrorResponse(raced.value.form.errors ?? {})));
    if (raced.done && raced.value.kind === 'rejected') return void (await ack({ response_action: 'update', view: messageModal(raced.value.view, locale) as never }));
    await ack(); // saved, or late: close the modal now and tell the outcome privately
    const outcome = raced.done ? raced.value : await raced.later;
    if (outcome.kind === 'panel') {
      await updatePanelMessage(client, meta.channelId, meta.ts, outcome.shared ?? outcome.panel, env.log);
      const notice = outcome.panel.type !== 'form' ? outcome.panel.view.notice : undefined;
      if (notice) await tellPrivately(client, meta, userId, { tone: 'success', lines: [notice] }, env.log);
    } else {
      const lines = outcome.kind === 'rejected' ? outcome.view.lines : Object.values(outcome.form.errors ?? {});
      await tellPrivately(client, meta, userId, { tone: 'warning', lines }, env.log);
    }
  };
}
