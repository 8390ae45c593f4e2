/**
 * The two acknowledgements under test, as the platforms send them: a signed Slack view_submission of the answer
 * modal (form field `payload`), and a Teams `adaptiveCard/action` invoke (Action.Execute) on the channel card.
 * The same bytes go to Oogst and to the reference apps.
 */
import { ACTIONS } from '../../src/cards';
import { executeInvoke } from '../../test/bots/teams/fixtures/teams-activities';
import { answerValues, sign, SIGNING_SECRET, viewSubmission } from '../../test/bots/slack/slack-requests';
import type { PreparedRequest, Response } from './http-burst';
import type { BenchPerson } from './answer-seed';

export { SIGNING_SECRET };

const ANSWER = { score: '4', scenario: 'We leren samen op in de praktijk; de opleiders kennen de school.', keyword: 'kompas', share: true };

export function slackAnswer(person: BenchPerson, where: { teamId: string; channelId: string }, promptId: string, timestamp = Math.floor(Date.now() / 1000)): PreparedRequest {
  const who = { teamId: where.teamId, userId: person.userId, userName: `user-${person.userId}` };
  const metadata = JSON.stringify({ promptId, teamId: where.teamId, channelId: where.channelId, locale: 'nl', from: 'channel' });
  const payload = viewSubmission(who, { callback_id: ACTIONS.submitAnswer, private_metadata: metadata, title: { type: 'plain_text', text: 'Oogst' } }, answerValues(ANSWER));
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return {
    path: '/slack/events',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(SIGNING_SECRET, timestamp, body) },
  };
}

export function teamsAnswer(person: BenchPerson, serviceUrl: string, promptId: string, cardMessageId: string): PreparedRequest {
  const user = { id: person.teamsId, name: person.name, aadObjectId: person.aadObjectId };
  const data = { action: ACTIONS.submitAnswer, promptId, score: ANSWER.score, scenario: ANSWER.scenario, keyword: ANSWER.keyword, shareAnonymously: 'true' };
  const activity = executeInvoke({ serviceUrl, user }, cardMessageId, ACTIONS.submitAnswer, data);
  return { path: '/api/messages', body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } };
}

/**
 * A stored answer on Slack: Oogst turns the modal into its thanks (response_action update); a reference app
 * closes it with an empty 200. Field errors or a refusal are not a stored answer.
 */
export const slackAcknowledged = (r: Response): boolean => r.status === 200 && (r.body.trim() === '' || (/"response_action":"update"/.test(r.body) && /Dank je|bijgewerkt/.test(r.body)));
/** Teams gets the person's card back: Oogst's thanks them (a stored answer), a reference app's says "bench-ok". */
export const teamsAcknowledged = (r: Response): boolean => r.status === 200 && /"statusCode":200/.test(r.body) && /Dank je|bench-ok/.test(r.body);
