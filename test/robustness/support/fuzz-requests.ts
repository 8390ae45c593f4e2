/**
 * Hostile requests for the two webhooks, built from real-shaped payloads (the Teams fixtures, the Slack request
 * builders) and then broken: fields replaced with hostile values of any type, fields removed, bodies truncated.
 * Slack requests are signed with the right secret, so they get past the signature check and reach the listeners.
 * Actors are always people Oogst has never seen (so the database check can tell their new rows apart); places
 * are partnership A's linked channels, unlinked channels and personal chats. Nothing names partnership B's
 * channels: a fuzzed actor never joins B, whose open prompt therefore stays out of reach (foreign prompt).
 */
import fc from 'fast-check';
import { ACTIONS, ANSWER_INPUT_IDS } from '../../../src/cards';
import { botAddedToTeam, channelMessage, executeInvoke, installationUpdate, personalMessage, submitMessage, TeamsUser } from '../../bots/teams/fixtures/teams-activities';
import { answerValues, buttonClick, eventEnvelope, sign, SIGNING_SECRET, slashCommand, viewSubmission, Where } from '../../bots/slack/slack-requests';
import { brokenBodies, commandLine, hostileString, hostileValue, idLike, mutateAt } from './hostile.arbitraries';
import type { World } from './robustness-world';

export interface FuzzRequest {
  label: string;
  path: '/api/messages' | '/slack/events';
  body: string;
  contentType: string;
  /** Slack requests are signed when they are sent (the timestamp must be fresh). */
  signed: boolean;
  /** botbuilder answers invokes it has no handler for with 501 Not Implemented: the protocol's answer, not a crash. */
  unsupportedInvoke?: boolean;
}

const VERBS = [...Object.values(ACTIONS), 'oogst.form.open', 'oogst.panel.act', 'Action.Submit', 'delete'];
const fuzzHex = fc.stringMatching(/^[0-9a-f]{12}$/);

const newTeamsUser: fc.Arbitrary<TeamsUser> = fc.record({
  hex: fuzzHex,
  name: fc.oneof(fc.constant('Fuzz Persoon'), hostileString),
}).map(({ hex, name }) => ({ id: `29:fuzz-${hex}`, name, aadObjectId: `f0220000-0000-4000-8000-${hex}` }));

const TEAMS_PATHS = ['text', 'from.name', 'from.id', 'from.aadObjectId', 'conversation.id', 'conversation.conversationType', 'channelData', 'channelData.tenant.id',
  'channelData.channel', 'value', 'value.action', 'value.action.verb', 'value.action.data', 'entities', 'locale', 'type', 'name', 'id', 'recipient', 'replyToId', 'membersAdded', 'channelId'];

function cardData(world: World): fc.Arbitrary<Record<string, unknown>> {
  const prompts = [world.a.closed.promptId, world.b.open.promptId, 'prompt-that-does-not-exist'];
  return fc.record({
    action: fc.oneof(fc.constantFrom(...VERBS), hostileValue),
    promptId: idLike(prompts),
    [ANSWER_INPUT_IDS.score]: fc.oneof(fc.constantFrom('1', '3', '5', '0', '6', '4.5'), hostileValue),
    [ANSWER_INPUT_IDS.scenario]: hostileValue,
    [ANSWER_INPUT_IDS.keyword]: hostileValue,
    command: fc.oneof(commandLine, hostileValue),
    decision: fc.oneof(fc.constantFrom('confirm', 'cancel'), hostileValue),
    token: hostileValue,
    form: hostileValue,
    op: hostileValue,
    exerciseId: hostileValue,
  }, { requiredKeys: [] });
}

export function teamsRequest(world: World): fc.Arbitrary<FuzzRequest> {
  const serviceUrl = world.connector.url;
  const channels = [world.a.teamsChannel, { id: '19:unlinked0fuzz@thread.tacv2', name: 'Los kanaal' }];
  const activity = fc.record({ user: newTeamsUser, channel: fc.constantFrom(...channels), text: commandLine, data: cardData(world), verb: fc.oneof(fc.constantFrom(...VERBS), hostileString), kind: fc.nat({ max: 7 }), invokeName: fc.oneof(fc.constantFrom('composeExtension/query', 'task/fetch', 'signin/verifyState'), hostileString) })
    .map(({ user, channel, text, data, verb, kind, invokeName }) => {
      const where = { serviceUrl, user, channel };
      switch (kind) {
        case 0: return channelMessage(where, text) as Record<string, unknown>;
        case 1: return personalMessage(where, text) as Record<string, unknown>;
        case 2: return executeInvoke(where, world.a.open.teamsMessageId, verb, data) as Record<string, unknown>;
        case 3: return submitMessage(where, world.a.open.teamsMessageId, data) as Record<string, unknown>;
        case 4: return installationUpdate(where) as Record<string, unknown>;
        case 5: return botAddedToTeam(where) as Record<string, unknown>;
        case 6: return { ...executeInvoke(where, '1', verb, data), name: invokeName } as Record<string, unknown>;
        default: return personalMessage(where, '', { value: data }) as Record<string, unknown>;
      }
    });
  // Half of them intact in shape (hostile only in content), half with one to three fields broken.
  const mutations = fc.oneof(fc.constant([]), fc.array(fc.record({ path: fc.constantFrom(...TEAMS_PATHS), value: hostileValue, remove: fc.boolean() }), { minLength: 1, maxLength: 3 }));
  const structured = fc.tuple(activity, mutations).map(([a, muts]): FuzzRequest => {
    for (const m of muts) mutateAt(a, m.path, m.value, m.remove);
    return { label: 'teams activity', path: '/api/messages', body: JSON.stringify(a), contentType: 'application/json', signed: false, unsupportedInvoke: a.type === 'invoke' && a.name !== 'adaptiveCard/action' };
  });
  const valid = JSON.stringify(channelMessage({ serviceUrl, channel: world.a.teamsChannel, user: { id: '29:fuzz-raw', name: 'Raw', aadObjectId: 'f0220000-0000-4000-8000-00000000raw0' } }, 'status'));
  const raw = fc.tuple(brokenBodies(valid), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'))
    .map(([body, contentType]): FuzzRequest => ({ label: 'teams raw body', path: '/api/messages', body, contentType, signed: false }));
  return fc.oneof({ weight: 5, arbitrary: structured }, { weight: 1, arbitrary: raw });
}

function slackWhere(world: World): fc.Arbitrary<Where> {
  return fc.constantFrom(world.a.slackChannel, { channelId: 'C0UNLINKED', channelName: 'los' }, { channelId: 'D0FUZZDM01', channelName: 'directmessage' });
}

const newSlackUser = (world: World) => fuzzHex.map((hex) => ({ teamId: world.slack.teamId, userId: `U0FZ${hex.toUpperCase()}`, userName: 'fuzz' }));

const form = (fields: Record<string, unknown>) => new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();

export function slackRequest(world: World): fc.Arbitrary<FuzzRequest> {
  const fake = world.slack;
  const event = fc.record({ who: newSlackUser(world), where: slackWhere(world), text: commandLine, type: fc.oneof(fc.constantFrom('app_mention', 'message', 'member_joined_channel', 'app_home_opened'), hostileString), path: fc.constantFrom('event.text', 'event.user', 'event.channel', 'event.type', 'team_id', 'event_id', 'authorizations', 'type', 'event', 'challenge'), value: hostileValue, remove: fc.boolean(), mutate: fc.boolean() })
    .map(({ who, where, text, type, path, value, remove, mutate }): FuzzRequest => {
      const envelope = eventEnvelope(fake.teamId, fake.botUserId, { type, user: who.userId, text: `<@${fake.botUserId}> ${text}`, channel: where.channelId, channel_type: where.channelId.startsWith('D') ? 'im' : 'channel', ts: `${Date.now() / 1000}` }) as Record<string, unknown>;
      if (mutate) mutateAt(envelope, path, value, remove);
      return { label: 'slack event', path: '/slack/events', body: JSON.stringify(envelope), contentType: 'application/json', signed: true };
    });
  const command = fc.record({ who: newSlackUser(world), where: slackWhere(world), text: commandLine, field: fc.constantFrom('text', 'user_id', 'team_id', 'channel_id', 'channel_name', 'command', 'trigger_id', 'user_name', 'enterprise_id'), value: hostileValue, remove: fc.boolean(), mutate: fc.boolean(), id: fuzzHex })
    .map(({ who, where, text, field, value, remove, mutate, id }): FuzzRequest => {
      const fields = slashCommand(who, where, text, fake.responseUrl(`fuzz-${id}`)) as Record<string, unknown>;
      if (mutate) mutateAt(fields, field, value, remove);
      return { label: 'slack slash command', path: '/slack/events', body: form(fields), contentType: 'application/x-www-form-urlencoded', signed: true };
    });
  const actionIds = ['oogst.answer.open', 'oogst.answer.open:home:0', 'oogst.command.run:0', 'oogst.form.open:0', 'oogst.panel.act:0', 'oogst.privacy.forget:confirm', 'oogst.privacy.forget:cancel', 'oogst.link:0'];
  const prompts = [world.a.closed.promptId, world.b.open.promptId, 'prompt-that-does-not-exist'];
  const click = fc.record({ who: newSlackUser(world), where: fc.option(slackWhere(world)), actionId: fc.constantFrom(...actionIds), value: fc.oneof(idLike(prompts), commandLine, hostileString), path: fc.constantFrom('actions', 'user', 'team', 'channel', 'container', 'trigger_id', 'type', 'view', 'message'), bad: hostileValue, remove: fc.boolean(), mutate: fc.boolean() })
    .map(({ who, where, actionId, value, path, bad, remove, mutate }): FuzzRequest => {
      const payload = buttonClick(who, where ?? undefined, { action_id: actionId, value: typeof value === 'string' ? value : JSON.stringify(value) }) as Record<string, unknown>;
      if (mutate) mutateAt(payload, path, bad, remove);
      return { label: 'slack block_actions', path: '/slack/events', body: form({ payload }), contentType: 'application/x-www-form-urlencoded', signed: true };
    });
  const submission = fc.record({ who: newSlackUser(world), where: slackWhere(world), callbackId: fc.oneof(fc.constantFrom(ACTIONS.submitAnswer, ACTIONS.submitForm), hostileString), promptId: idLike(prompts), teamId: fc.oneof(fc.constant(fake.teamId), hostileValue), values: fc.oneof(fc.record({ score: fc.string(), scenario: hostileString, keyword: hostileString }).map((v) => answerValues(v)), hostileValue), metadata: fc.oneof(fc.constant(undefined), hostileString) })
    .map(({ who, where, callbackId, promptId, teamId, values, metadata }): FuzzRequest => {
      const meta = metadata ?? JSON.stringify({ promptId, teamId, channelId: where.channelId, locale: 'nl', from: 'channel' });
      const payload = viewSubmission(who, { callback_id: callbackId, private_metadata: meta }, values as never);
      return { label: 'slack view_submission', path: '/slack/events', body: form({ payload }), contentType: 'application/x-www-form-urlencoded', signed: true };
    });
  const otherInteraction = fc.record({ type: fc.oneof(fc.constantFrom('shortcut', 'message_action', 'view_closed', 'block_suggestion', 'interactive_message'), hostileString), rest: fc.dictionary(fc.string({ maxLength: 10 }), hostileValue, { maxKeys: 5 }), who: newSlackUser(world) })
    .map(({ type, rest, who }): FuzzRequest => ({ label: 'slack other interaction', path: '/slack/events', body: form({ payload: { ...rest, type, user: { id: who.userId }, team: { id: who.teamId }, callback_id: 'x', trigger_id: '1.2.3' } }), contentType: 'application/x-www-form-urlencoded', signed: true }));
  const validCommand = form(slashCommand({ teamId: fake.teamId, userId: 'U0FZRAW000', userName: 'raw' }, { channelId: 'C0UNLINKED', channelName: 'los' }, 'help', fake.responseUrl('raw')));
  const raw = fc.tuple(brokenBodies(validCommand), fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'))
    .map(([body, contentType]): FuzzRequest => ({ label: 'slack raw body', path: '/slack/events', body, contentType, signed: true }));
  return fc.oneof(
    { weight: 3, arbitrary: event }, { weight: 3, arbitrary: command }, { weight: 3, arbitrary: click },
    { weight: 3, arbitrary: submission }, { weight: 1, arbitrary: otherInteraction }, { weight: 1, arbitrary: raw },
  );
}

/** One megabyte, in each shape an endpoint reads. */
export function oversized(world: World): FuzzRequest[] {
  const big = 'x'.repeat(1024 * 1024);
  const user: TeamsUser = { id: '29:fuzz-big', name: 'Big', aadObjectId: 'f0220000-0000-4000-8000-0000000000b1' };
  return [
    { label: 'teams 1 MB text', path: '/api/messages', body: JSON.stringify(channelMessage({ serviceUrl: world.connector.url, channel: world.a.teamsChannel, user }, big)), contentType: 'application/json', signed: false },
    { label: 'slack 1 MB event', path: '/slack/events', body: JSON.stringify(eventEnvelope(world.slack.teamId, world.slack.botUserId, { type: 'app_mention', user: 'U0FZBIG001', text: big, channel: 'C0UNLINKED' })), contentType: 'application/json', signed: true },
    { label: 'slack 1 MB command', path: '/slack/events', body: form(slashCommand({ teamId: world.slack.teamId, userId: 'U0FZBIG002', userName: 'big' }, { channelId: 'C0UNLINKED', channelName: 'los' }, big, world.slack.responseUrl('big'))), contentType: 'application/x-www-form-urlencoded', signed: true },
    { label: 'slack 1 MB payload', path: '/slack/events', body: form({ payload: { type: 'block_actions', user: { id: 'U0FZBIG003' }, team: { id: world.slack.teamId }, actions: [{ action_id: 'oogst.answer.open', value: big }], trigger_id: '1.2.3' } }), contentType: 'application/x-www-form-urlencoded', signed: true },
  ];
}

/**
 * Fixed cases the random sample may miss: NUL and other control characters in a person's name, in command
 * text, in an answer, in a prompt id (PostgreSQL refuses NUL in text, SQLite stores it), from a member of A.
 */
export function nastyCases(world: World): FuzzRequest[] {
  const serviceUrl = world.connector.url;
  const teams = (activity: object): FuzzRequest => ({ label: 'teams control characters', path: '/api/messages', body: JSON.stringify(activity), contentType: 'application/json', signed: false });
  const slack = (fields: Record<string, unknown>): FuzzRequest => ({ label: 'slack control characters', path: '/slack/events', body: form(fields), contentType: 'application/x-www-form-urlencoded', signed: true });
  const member = world.a.teamsMember;
  const meta = (promptId: string) => JSON.stringify({ promptId, teamId: world.slack.teamId, channelId: world.a.slackChannel.channelId, locale: 'nl', from: 'channel' });
  return [
    teams(channelMessage({ serviceUrl, channel: world.a.teamsChannel, user: { id: '29:fuzz-nul', name: 'Nul\u0000\u0007 Persoon', aadObjectId: 'f0220000-0000-4000-8000-00000000a001' } }, 'status')),
    teams(channelMessage({ serviceUrl, channel: world.a.teamsChannel, user: member }, 'koppel a\u0000b')),
    // Ids a channel assigns, with a NUL or a lone surrogate: refused at the edge (a 400), never stored.
    teams({ ...channelMessage({ serviceUrl, channel: world.a.teamsChannel, user: member }, 'status'), id: '\u0000' }),
    teams(channelMessage({ serviceUrl, channel: world.a.teamsChannel, user: { ...member, id: '29:nul\u0000' } }, 'status')),
    teams(channelMessage({ serviceUrl, channel: world.a.teamsChannel, user: { ...member, id: '29:half\uD800' } }, 'status')),
    teams(executeInvoke({ serviceUrl, channel: world.a.teamsChannel, user: member }, world.a.open.teamsMessageId, ACTIONS.refreshAnswer, { action: ACTIONS.refreshAnswer, promptId: `${world.a.open.promptId}\u0000` })),
    teams(executeInvoke({ serviceUrl, channel: world.a.teamsChannel, user: member }, world.a.open.teamsMessageId, ACTIONS.submitAnswer, { action: ACTIONS.submitAnswer, promptId: 'x\u0000', score: '3' })),
    slack(slashCommand({ teamId: world.slack.teamId, userId: 'U0FZNUL001', userName: 'n\u0000ul' }, { channelId: 'C0UNLINKED', channelName: 'l\u0000os' }, 'koppel a\u0000b', world.slack.responseUrl('nul'))),
    slack({ payload: viewSubmission(world.a.slackMember, { callback_id: ACTIONS.submitAnswer, private_metadata: meta(`x\u0000`) }, answerValues({ score: '3', scenario: 'a\u0000b' })) }),
    // Our own modal metadata comes back through the person's client: its ids are checked like Slack's.
    slack({ payload: viewSubmission(world.a.slackMember, { callback_id: ACTIONS.submitAnswer, private_metadata: JSON.stringify({ promptId: world.a.open.promptId, teamId: 'T\u0000', channelId: world.a.slackChannel.channelId, locale: 'nl', from: 'channel' }) }, answerValues({ score: '3' })) }),
    slack({ payload: buttonClick(world.a.slackMember, world.a.slackChannel, { action_id: ACTIONS.openAnswer, value: `${world.b.open.promptId}\u0000` }) }),
  ];
}

export interface Sent { request: FuzzRequest; status: number; text: string }

export async function send(baseUrl: string, request: FuzzRequest): Promise<Sent> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': request.contentType };
  if (request.signed) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = sign(SIGNING_SECRET, timestamp, request.body);
  }
  try {
    const response = await fetch(`${baseUrl}${request.path}`, { method: 'POST', headers, body: request.body, signal: AbortSignal.timeout(20_000) });
    return { request, status: response.status, text: (await response.text()).slice(0, 300) };
  } catch (error) {
    return { request, status: 0, text: String(error) };
  }
}

/** Sends all requests, `concurrency` at a time (Bolt waits up to 3 s before refusing an unknown interaction). */
export async function sendAll(baseUrl: string, requests: FuzzRequest[], concurrency: number): Promise<Sent[]> {
  const results: Sent[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      results[index] = await send(baseUrl, requests[index]);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
