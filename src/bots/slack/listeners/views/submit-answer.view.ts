/**
 * The answer modal submitted. Validation errors and refusals (closed prompt, other partnership) come back in the
 * ack as inline field errors with nothing stored; a saved answer closes the modal (empty ack, after the database
 * write) and is confirmed privately. Refreshing the channel message's count happens in the shared answer flow.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { submitAnswer } from '../../../shared/answer-flow';
import { ACK_BUDGET_MS, withinDeadline } from '../../ack-deadline';
import { answerValues, messageModal, readModalMetadata } from '../../answer-modal.adapter';
import { ackFor, followUpFor, malformedFieldAck } from '../../answer-outcome';
import { tellPrivately } from '../../answer-confirmation';
import { noticeAfterAction } from '../../../shared/privacy/first-contact';
import { deliverNotice } from '../../privacy-notice';
import { publishHome } from '../../home/publish-home';
import { SlackEnv } from '../../slack-env';
import { slackContext } from '../../slack-context';
import { viewSubmissionSchema } from '../../slack-payloads.schema';
import { slackText } from '../../slack-texts';

export function submitAnswerView(env: SlackEnv) {
  return async function submitAnswerCallback({ ack, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
    const started = Date.now();
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
    const work = (async () => {
      const actor = { teamId: meta.teamId, enterpriseId: meta.enterpriseId, userId, userName: parsed.data.user.name ?? parsed.data.user.username };
      const ctx = await slackContext(env, client, { actor, place: meta.channelId ? { channelId: meta.channelId } : undefined, deliveryKey: `view:${meta.promptId}` });
      return submitAnswer(env.deps, { ...ctx, locale }, meta.promptId, values.raw);
    })();
    const raced = await withinDeadline(work, ACK_BUDGET_MS - (Date.now() - started));
    if (raced.done && raced.value.kind !== 'saved') {
      await ack(ackFor(raced.value));
      return;
    }
    await ack(); // saved, or late: close the modal now and tell the outcome privately
    const outcome = raced.done ? raced.value : await raced.later;
    await tellPrivately(client, meta, userId, followUpFor(outcome, locale), env.log);
    // Normally claimed when the modal opened; this covers a modal opened before Oogst knew the person.
    const ctx = await slackContext(env, client, { actor: { teamId: meta.teamId, enterpriseId: meta.enterpriseId, userId }, deliveryKey: `view:${meta.promptId}` });
    await deliverNotice(client, { userId, channelId: meta.channelId }, await noticeAfterAction(env.deps, { ...ctx, locale }), env.log);
    if (outcome.kind === 'saved' && meta.from === 'home') await publishHome(env.deps, client, meta.teamId, userId, locale);
  };
}
