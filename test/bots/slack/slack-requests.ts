/**
 * Signed Slack requests, as Slack sends them (https://api.slack.com/authentication/verifying-requests-from-slack):
 * X-Slack-Signature = "v0=" + HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}"). Events are JSON, slash
 * commands form-encoded, interactions a form with one `payload` field holding JSON. Payload shapes follow
 * Slack's documentation (Events API envelope, slash command fields, block_actions, view_submission).
 */
import { createHmac, randomBytes } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f1c2d';

export interface SignOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (bad signature tests). */
  signature?: string;
  headers?: Record<string, string>;
  secret?: string;
}

export interface SlackResponse { status: number; text: string; json(): unknown }

export function sign(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export async function postSigned(baseUrl: string, rawBody: string, contentType: string, options: SignOptions = {}): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': options.signature ?? sign(options.secret ?? SIGNING_SECRET, timestamp, rawBody),
      ...options.headers,
    },
    body: rawBody,
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export const sendEvent = (baseUrl: string, envelope: object, options?: SignOptions) =>
  postSigned(baseUrl, JSON.stringify(envelope), 'application/json', options);

export const sendCommand = (baseUrl: string, fields: Record<string, string>, options?: SignOptions) =>
  postSigned(baseUrl, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);

export const sendInteraction = (baseUrl: string, payload: object, options?: SignOptions) =>
  postSigned(baseUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);

const newId = (prefix: string) => `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
const triggerId = () => `${Date.now()}.${Math.floor(Math.random() * 1e10)}.${randomBytes(8).toString('hex')}`;

export interface Who { teamId: string; userId: string; userName: string }
export interface Where { channelId: string; channelName: string }

/** Events API `event_callback` envelope. */
export function eventEnvelope(teamId: string, botUserId: string, event: Record<string, unknown>, eventId = newId('Ev')) {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0OOGST01',
    event: { event_ts: `${Date.now() / 1000}`, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${randomBytes(8).toString('hex')}`,
  };
}

/** Slash command form fields. */
export function slashCommand(who: Who, where: Where, text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: who.teamId,
    team_domain: 'oogst-test',
    channel_id: where.channelId,
    channel_name: where.channelName,
    user_id: who.userId,
    user_name: who.userName,
    command: '/oogst',
    text,
    api_app_id: 'A0OOGST01',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId(),
  };
}

/** block_actions payload for a button in a channel message (or, without `where`, in the App Home). */
export function buttonClick(who: Who, where: Where | undefined, action: { action_id: string; value: string; block_id?: string }, responseUrl?: string) {
  const user = { id: who.userId, username: who.userName, name: who.userName, team_id: who.teamId };
  const button = { type: 'button', block_id: action.block_id ?? 'prompt', action_id: action.action_id, value: action.value, text: { type: 'plain_text', text: 'Beantwoorden', emoji: true }, action_ts: `${Date.now() / 1000}` };
  const common = { type: 'block_actions', user, api_app_id: 'A0OOGST01', token: 'legacy-verification-token', trigger_id: triggerId(), team: { id: who.teamId, domain: 'oogst-test' }, enterprise: null, is_enterprise_install: false, state: { values: {} }, actions: [button] };
  if (!where) return { ...common, container: { type: 'view', view_id: 'V0HOME' }, view: { id: 'V0HOME', type: 'home', blocks: [] } };
  return {
    ...common,
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: where.channelId, is_ephemeral: false },
    channel: { id: where.channelId, name: where.channelName },
    message: { type: 'message', ts: '1700000000.000100', text: 'prompt', blocks: [] },
    ...(responseUrl ? { response_url: responseUrl } : {}),
  };
}

export type ModalValues = Record<string, Record<string, unknown>>;

/** view_submission payload for the modal Oogst opened (`view` as recorded by the fake views.open). */
export function viewSubmission(who: Who, openedView: Record<string, unknown>, values: ModalValues, privateMetadata?: string) {
  return {
    type: 'view_submission',
    team: { id: who.teamId, domain: 'oogst-test' },
    user: { id: who.userId, username: who.userName, name: who.userName, team_id: who.teamId },
    api_app_id: 'A0OOGST01',
    token: 'legacy-verification-token',
    trigger_id: triggerId(),
    view: {
      id: newId('V'), team_id: who.teamId, type: 'modal', app_id: 'A0OOGST01', bot_id: 'B0BOT0001', hash: '1700000000.abcdef',
      ...openedView,
      private_metadata: privateMetadata ?? openedView.private_metadata,
      state: { values },
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** The modal's inputs filled in, as Slack reports them in `view.state.values[block_id][action_id]`. */
export function answerValues(answer: { score?: string; scenario?: string; keyword?: string; discussable?: string; needed?: string; share?: boolean }): ModalValues {
  const text = (value: string | undefined) => ({ type: 'plain_text_input', value: value ?? null });
  return {
    score: { score: { type: 'radio_buttons', selected_option: answer.score ? { text: { type: 'plain_text', text: answer.score }, value: answer.score } : null } },
    scenario: { scenario: text(answer.scenario) },
    keyword: { keyword: text(answer.keyword) },
    discussable: { discussable: text(answer.discussable) },
    needed: { needed: text(answer.needed) },
    shareAnonymously: { shareAnonymously: { type: 'checkboxes', selected_options: answer.share ? [{ text: { type: 'plain_text', text: 'anoniem' }, value: 'true' }] : [] } },
  };
}
