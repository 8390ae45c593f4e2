/**
 * The Bot Connector REST API (v3) for the playground's Teams conversations, mounted at /playground/connector: the
 * service URL in every activity the relay sends, so botbuilder's ConnectorClient calls these routes for replies,
 * proactive posts and updates, exactly as it calls Teams (answers as test/support/fake-bot-connector.ts does).
 *
 *   POST   /v3/conversations                                create the personal chat with one member
 *   POST   /v3/conversations/{id}/activities                send to a conversation
 *   POST   /v3/conversations/{id}/activities/{replyToId}    reply to an activity
 *   PUT    /v3/conversations/{id}/activities/{activityId}   update an activity
 *   DELETE /v3/conversations/{id}/activities/{activityId}   delete an activity
 *   GET    /v3/conversations/{id}/members[/{memberId}], /pagedmembers   the demo people in it
 */
import express, { Request, Response, Router } from 'express';
import { PLAYGROUND_TENANT, PlaygroundPersona } from '../personas';
import { OutgoingActivity, TeamsRelay } from '../relay/teams-relay';

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function outgoing(body: unknown): OutgoingActivity | undefined {
  return isObject(body) ? (body as OutgoingActivity) : undefined;
}

/** A TeamsChannelAccount, as the members API returns it. */
function account(person: PlaygroundPersona) {
  const [givenName, ...rest] = person.displayName.split(' ');
  return {
    id: person.teamsUserId, name: person.displayName, aadObjectId: person.aadObjectId, givenName, surname: rest.join(' '),
    ...(person.email ? { email: person.email, userPrincipalName: person.email } : {}), tenantId: PLAYGROUND_TENANT, userRole: 'user',
  };
}

const param = (req: Request, name: string) => String(req.params[name] ?? '');

export function connectorRouter(relay: TeamsRelay): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  router.post('/v3/conversations', (req, res) => {
    const members = isObject(req.body) && Array.isArray(req.body.members) ? (req.body.members as unknown[]) : [];
    const memberId = members.length === 1 && isObject(members[0]) && typeof members[0].id === 'string' ? members[0].id : undefined;
    const conversationId = memberId ? relay.personalConversationFor(memberId) : undefined;
    if (!conversationId) return fail(res, 400, 'BadArgument', 'the playground only creates personal chats with one demo person');
    res.status(201).json({ id: conversationId, activityId: '', serviceUrl: relay.connectorUrl });
  });

  router.post('/v3/conversations/:conversationId/activities', (req, res) => {
    const activity = outgoing(req.body);
    if (!activity) return fail(res, 400, 'BadArgument', 'activity body required');
    res.status(201).json(relay.posted(param(req, 'conversationId'), activity));
  });

  router.post('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    const activity = outgoing(req.body);
    if (!activity) return fail(res, 400, 'BadArgument', 'activity body required');
    res.status(201).json(relay.posted(param(req, 'conversationId'), activity, param(req, 'activityId')));
  });

  router.put('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    const activity = outgoing(req.body);
    if (!activity) return fail(res, 400, 'BadArgument', 'activity body required');
    res.status(200).json(relay.updated(param(req, 'conversationId'), param(req, 'activityId'), activity));
  });

  router.delete('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    relay.deleted(param(req, 'conversationId'), param(req, 'activityId'));
    res.status(200).end();
  });

  router.get('/v3/conversations/:conversationId/members', (req, res) => {
    res.json(relay.membersOf(param(req, 'conversationId')).map(account));
  });

  router.get('/v3/conversations/:conversationId/pagedmembers', (req, res) => {
    res.json({ members: relay.membersOf(param(req, 'conversationId')).map(account) });
  });

  router.get('/v3/conversations/:conversationId/members/:memberId', (req, res) => {
    const memberId = param(req, 'memberId').toLowerCase();
    const found = relay.membersOf(param(req, 'conversationId')).find((p) =>
      [p.teamsUserId, p.aadObjectId, p.email].some((key) => key?.toLowerCase() === memberId));
    if (!found) return fail(res, 404, 'MemberNotFoundInConversation', 'member not found');
    res.json(account(found));
  });

  router.use((_req: Request, res: Response) => fail(res, 404, 'NotFound', 'not a Bot Connector operation the playground offers'));
  return router;
}
