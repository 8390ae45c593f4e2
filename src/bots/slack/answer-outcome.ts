/**
 * What a refused modal submission means for Slack: the ack body with inline field errors. Errors that are not
 * about one field go on the score field: it is the one input every open answer modal has.
 */
import { answerModalErrorResponse } from '../../cards';
import { Locale } from '../../domain/i18n';
import { AnswerSaveResult } from '../shared/answer-flow';
import { slackText } from './slack-texts';

export type ViewAck = ReturnType<typeof answerModalErrorResponse> | undefined;

export function ackFor(outcome: AnswerSaveResult): ViewAck {
  if (outcome.kind === 'invalid') return answerModalErrorResponse(outcome.view.errors ?? {});
  if (outcome.kind === 'rejected') return answerModalErrorResponse({ score: outcome.view.lines.join(' ') });
  return undefined;
}

export const malformedFieldAck = (field: string, locale: Locale): ViewAck => ({ response_action: 'errors', errors: { [field]: slackText(locale, 'request.malformed') } });
