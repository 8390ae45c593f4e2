/**
 * One answer to partnership A's open prompt, as a member sends it: a signed Slack view_submission of the answer
 * modal, or a Teams Action.Execute invoke on the channel card. The outcome says what the platform was told:
 * `saved` (Slack: empty 200, the modal closes; Teams: the card thanks them, or says the answer was updated), `refused` (a 200 that shows an error
 * and stores nothing), or `failed` (no answer, or an HTTP error status the platform treats as retriable).
 */
import { ACTIONS } from '../../../src/cards';
import { answerValues, sign, SIGNING_SECRET, viewSubmission } from '../../bots/slack/slack-requests';
import { executeInvoke, TeamsUser } from '../../bots/teams/fixtures/teams-activities';
import type { World } from './robustness-world';

export type Outcome = 'saved' | 'refused' | 'failed';
export interface Sent { outcome: Outcome; status: number; ms: number; body: string }

async function post(url: string, body: string, headers: Record<string, string>, saved: (status: number, body: string) => boolean): Promise<Sent> {
  const started = Date.now();
  try {
    const res = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(20_000) });
    const text = await res.text();
    const outcome: Outcome = saved(res.status, text) ? 'saved' : res.status === 200 ? 'refused' : 'failed';
    return { outcome, status: res.status, ms: Date.now() - started, body: text.slice(0, 400) };
  } catch (error) {
    return { outcome: 'failed', status: 0, ms: Date.now() - started, body: String(error) };
  }
}

export function answerOnSlack(world: World, baseUrl: string, userId: string, score: string): Promise<Sent> {
  const meta = JSON.stringify({ promptId: world.a.open.promptId, teamId: world.slack.teamId, channelId: world.a.slackChannel.channelId, locale: 'nl', from: 'channel' });
  const who = { teamId: world.slack.teamId, userId, userName: userId };
  const body = new URLSearchParams({ payload: JSON.stringify(viewSubmission(who, { callback_id: ACTIONS.submitAnswer, private_metadata: meta }, answerValues({ score }))) }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(SIGNING_SECRET, timestamp, body) };
  return post(`${baseUrl}/slack/events`, body, headers, (status, text) => status === 200 && text === '');
}

export function answerOnTeams(world: World, baseUrl: string, user: TeamsUser, score: string): Promise<Sent> {
  const data = { action: ACTIONS.submitAnswer, promptId: world.a.open.promptId, score };
  const activity = executeInvoke({ serviceUrl: world.connector.url, channel: world.a.teamsChannel, user }, world.a.open.teamsMessageId, ACTIONS.submitAnswer, data);
  return post(`${baseUrl}/api/messages`, JSON.stringify(activity), { 'content-type': 'application/json' }, (status, text) => status === 200 && /Dank je|bijgewerkt/.test(text));
}
