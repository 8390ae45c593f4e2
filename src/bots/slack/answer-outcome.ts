/**
 * What a modal submission's outcome means for Slack: the ack body (inline field errors, or close), and what to
 * tell the person afterwards. Errors go on the score field: it is the one input every open answer modal has.
 */
import { answerModalErrorResponse, MessageViewModel } from '../../cards';
import { Locale } from '../../domain/i18n';
import { AnswerFlowResult } from '../shared/answer-flow';
import { slackText } from './slack-texts';

export type ViewAck = ReturnType<typeof answerModalErrorResponse> | undefined;

export function ackFor(outcome: AnswerFlowResult): ViewAck {
  if (outcome.kind === 'invalid') return answerModalErrorResponse(outcome.view.errors ?? {});
  if (outcome.kind === 'rejected') return answerModalErrorResponse({ score: outcome.view.lines.join(' ') });
  return undefined;
}

/** The message for after the ack: the confirmation when saved; when the ack came late, also what went wrong. */
export function followUpFor(outcome: AnswerFlowResult, locale: Locale): MessageViewModel {
  if (outcome.kind === 'saved') return { tone: 'success', lines: [outcome.view.confirmation ?? ''] };
  if (outcome.kind === 'rejected') return outcome.view;
  const problems = Object.values(outcome.view.errors ?? {}).filter((m): m is string => Boolean(m));
  return { tone: 'warning', lines: [slackText(locale, 'request.notSaved'), ...problems] };
}

export const malformedFieldAck = (field: string, locale: Locale): ViewAck => ({ response_action: 'errors', errors: { [field]: slackText(locale, 'request.malformed') } });
