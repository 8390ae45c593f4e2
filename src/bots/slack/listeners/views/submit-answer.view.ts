/**
 * The answer modal submitted. The ack comes after the database write, never before ("store, then acknowledge":
 * an acknowledged answer survives a crash). Validation errors and refusals (closed prompt, other partnership)
 * come back as inline field errors with nothing stored; a saved answer turns the modal into the confirmation,
 * in the same response, so no extra Slack API call per answer. When the write takes longer than Slack's 3 s,
 * Slack tells the person it failed and keeps the modal open; sending it again is safe (answers are upserts).
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { saveAnswer } from '../../../shared/answer-flow';
import { answerValues, messageModal, readModalMetadata } from '../../answer-modal.adapter';
import { ackFor, malformedFieldAck } from '../../answer-outcome';
import { noticeAfterAnswer } from '../../../shared/privacy/first-contact';
import { deliverNotice } from '../../privacy-notice';
import { publishHome } from '../../home/publish-home';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { viewSubmissionSchema } from '../../slack-payloads.schema';
import { slackText } from '../../slack-texts';

export function submitAnswerView(env: SlackEnv) {
  return async function submitAnswerCallback({ ack, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
    const parsed = viewSubmissionSchema.safeParse(body);
    const meta = parsed.success ? readModalMetadata(parsed.data.view.private_metadata) : undefined;
    const locale = meta?.locale ?? env.deps.config.OOGST_DEFAULT_LOCALE;
    if (!parsed.success || !meta) {
      env.log.warn({ callback: 'submitAnswer' }, 'malformed view_submission');
      await ack({ response_action: 'update', view: messageModal({ tone: 'warning', lines: [slackText(locale, 'request.malformed')] }, locale) as never });
      return;
    }
    const values = answerValues(parsed.data.view.state.values);
    if (!values.ok) {
      await ack(malformedFieldAck(values.field, locale));
      return;
    }
    const userId = parsed.data.user.id;
    const actor = { teamId: meta.teamId, enterpriseId: meta.enterpriseId, userId, userName: parsed.data.user.name ?? parsed.data.user.username };
    const ctx = { ...(await slackContext(env, client, { actor, place: meta.channelId ? { channelId: meta.channelId } : undefined, deliveryKey: `view:${meta.promptId}`, deadline: true })), locale };
    const outcome = await saveAnswer(env.deps, ctx, meta.promptId, values.raw);
    if (outcome.kind !== 'saved') {
      await ack(ackFor(outcome));
      return;
    }
    await ack({ response_action: 'update', view: messageModal({ tone: 'success', lines: [outcome.confirmation] }, locale) as never });
    await deliverNotice(client, { userId, channelId: meta.channelId }, await noticeAfterAnswer(env.deps, ctx, outcome.actor), env.log);
    if (meta.from === 'home') await publishHome(env.deps, client, meta.teamId, userId, locale);
  };
}
