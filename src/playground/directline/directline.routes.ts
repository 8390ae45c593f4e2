/**
 * The Direct Line 3.0 REST API, the part Web Chat uses with `webSocket: false` (polling), mounted under
 * /playground/directline:
 *
 *   POST /tokens/generate                       a token for a new conversation (the body says who you play)
 *   POST /tokens/refresh                        Web Chat refreshes its token every 15 minutes
 *   POST /conversations                         start the conversation the token belongs to
 *   GET  /conversations/{id}?watermark=         reconnect
 *   GET  /conversations/{id}/activities?watermark=   poll: { activities, watermark }
 *   POST /conversations/{id}/activities         send: { id }; the activity is echoed into the stream
 *
 * Every call but generate carries `Authorization: Bearer <token>`; a wrong token is 403 and an unknown
 * conversation 404, as in Direct Line (Web Chat reads them as "expired token" and "conversation ended").
 * Errors use Direct Line's shape: { "error": { "code", "message" } }.
 */
import express, { Request, Response, Router } from 'express';
import { z } from 'zod';
import { Logger } from '../../shared/logger';
import { DirectLineActivity, DirectLineConversation, DirectLineStore, nextTimestamp, TOKEN_TTL_SECONDS } from './directline.store';

export interface DirectLineBot {
  /** Binds a new conversation to what the page asked for; an error text (400) when that is not valid. */
  open(conversation: DirectLineConversation, options: unknown): string | undefined;
  /** The client started the conversation (history, welcome). */
  start(conversation: DirectLineConversation): Promise<void>;
  /** An activity the client sent, already echoed into the stream. */
  receive(conversation: DirectLineConversation, activity: DirectLineActivity): Promise<void>;
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

/** What Web Chat posts: loose (it adds fields over versions), with limits on what we read. */
const postedActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().max(20_000).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(32).optional(),
  channelData: z.looseObject({ clientActivityID: z.string().max(128).optional() }).optional(),
  attachments: z.array(z.unknown()).max(0, 'the playground does not take file uploads').optional(),
});

const tokenOf = (req: Request) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
const session = (conversation: DirectLineConversation) => ({ conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_TTL_SECONDS });

export function directLineRouter(store: DirectLineStore, bot: DirectLineBot, log: Logger): Router {
  const router = Router();
  router.use(express.json({ limit: '256kb' }));

  /** The conversation named in the path (or the token's), if the bearer token is the one it was given. */
  const authorized = (req: Request, res: Response): DirectLineConversation | undefined => {
    const token = tokenOf(req);
    const id = typeof req.params.id === 'string' ? req.params.id : undefined;
    const conversation = id ? store.get(id) : token ? store.byToken(token) : undefined;
    if (!conversation && id) {
      fail(res, 404, 'BadArgument', 'conversation not found (it may have ended; start a new one)');
      return undefined;
    }
    if (!conversation || !token || token !== conversation.token) {
      fail(res, 403, 'TokenExpired', 'token missing or not valid for this conversation');
      return undefined;
    }
    return conversation;
  };

  router.post('/tokens/generate', (req, res) => {
    const conversation = store.create();
    const problem = bot.open(conversation, req.body);
    if (problem) {
      store.delete(conversation.id);
      fail(res, 400, 'BadArgument', problem);
      return;
    }
    res.json(session(conversation));
  });

  router.post('/tokens/refresh', (req, res) => {
    const conversation = authorized(req, res);
    if (conversation) res.json(session(conversation));
  });

  router.post('/conversations', async (req, res) => {
    const conversation = authorized(req, res);
    if (!conversation) return;
    const first = !conversation.started;
    conversation.started = true;
    if (first) await bot.start(conversation);
    res.status(first ? 201 : 200).json(session(conversation));
  });

  router.get('/conversations/:id', (req, res) => {
    const conversation = authorized(req, res);
    if (conversation) res.json(session(conversation));
  });

  router.get('/conversations/:id/activities', (req, res) => {
    const conversation = authorized(req, res);
    if (!conversation) return;
    res.json(conversation.since(typeof req.query.watermark === 'string' ? req.query.watermark : undefined));
  });

  router.post('/conversations/:id/activities', async (req, res) => {
    const conversation = authorized(req, res);
    if (!conversation) return;
    const parsed = postedActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      fail(res, 400, 'BadArgument', parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
      return;
    }
    const from = (req.body as { from?: { id?: unknown; name?: unknown } }).from;
    // The echo is what tells Web Chat its message arrived (matched on channelData.clientActivityID).
    const echo: DirectLineActivity = {
      ...parsed.data,
      id: conversation.newActivityId(),
      timestamp: nextTimestamp(),
      channelId: 'directline',
      conversation: { id: conversation.id },
      from: { id: typeof from?.id === 'string' ? from.id : 'user', ...(typeof from?.name === 'string' ? { name: from.name } : {}), role: 'user' },
    };
    conversation.append(echo);
    try {
      await bot.receive(conversation, echo);
      res.json({ id: echo.id });
    } catch (error) {
      log.error({ err: error }, 'playground: relaying an activity failed');
      fail(res, 502, 'BotError', 'the relay could not deliver the activity to the bot');
    }
  });

  router.use((_req: Request, res: Response) => {
    fail(res, 404, 'NotFound', 'not a Direct Line operation the playground offers');
  });
  return router;
}
