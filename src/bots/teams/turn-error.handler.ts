/**
 * The one error handler for Teams turns (CloudAdapter.onTurnError). Logs what happened without personal data
 * (activity type, ids, error name/status/code and stack frames; no names, no texts, no error messages) and tells
 * the person something went wrong, as a card for an invoke or a reply for a message.
 */
import { TurnContext } from 'botbuilder';
import { messageAdaptiveCard } from '../../cards';
import { toLocale } from '../../domain/i18n';
import { Logger } from '../../shared/logger';
import { genericErrorView } from '../shared/error-messages';
import { cardInvokeResponse } from './handlers/answer-execute.handler';
import { describeError } from './outbound/connector-errors';
import { cardMessage } from './teams-replies';

export function turnErrorHandler(log: Logger): (turn: TurnContext, error: Error) => Promise<void> {
  return async (turn, error) => {
    const activity = turn.activity;
    const described = describeError(error);
    const fields = { ...described, activityType: activity.type, activityName: activity.name, activityId: activity.id };
    // Teams busy (its rate limits, an outage): no bug of ours, and a reply in the conversation would only add load.
    const busy = described.failure === 'retryable';
    if (busy) log.warn(fields, 'teams: turn could not finish, Teams is busy');
    else log.error(fields, 'teams: turn failed');
    const card = messageAdaptiveCard(genericErrorView(toLocale(activity.locale)));
    try {
      if (activity.type === 'invoke') await turn.sendActivity({ type: 'invokeResponse', value: cardInvokeResponse(card) });
      else if (activity.type === 'message' && !busy) await turn.sendActivity(cardMessage(card));
    } catch (sendError) {
      log.warn({ ...describeError(sendError), activityId: activity.id }, 'teams: could not tell the user about the failure');
    }
  };
}
