/**
 * POST /api/messages: the Bot Connector's webhook. Bad requests stop here with 400 and a reason (malformed JSON,
 * missing activity fields), before botbuilder or the database see them; a missing or invalid token (when an app
 * id is configured) is 401; nothing else leaks internals.
 */
import express, { NextFunction, Request, Response, Router } from 'express';
import { Activity, ActivityHandler } from 'botbuilder';
import { Logger } from '../../shared/logger';
import { describeIssues, incomingActivitySchema } from './activity.schema';
import { describeError } from './outbound/connector-errors';
import { OogstCloudAdapter } from './teams-authentication';
import { markValidated } from './teams-context';

export const MESSAGES_PATH = '/api/messages';

const statusOf = (error: unknown) => (typeof (error as { statusCode?: unknown })?.statusCode === 'number' ? (error as { statusCode: number }).statusCode : undefined);

/** Loopback hosts: in local mode the only Bot Connector we answer is one on this machine (tests, playground). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return LOOPBACK_HOSTS.has(hostname) || hostname.startsWith('127.');
  } catch {
    return false;
  }
}

/**
 * In local mode (no app id) nothing authenticates the caller, and botbuilder would send replies to whatever
 * serviceUrl the activity names. So local mode only accepts activities whose serviceUrl is on this machine:
 * an unauthenticated endpoint must never become a way to make this server call other hosts.
 */
export function messagesRouter(adapter: OogstCloudAdapter, bot: ActivityHandler, log: Logger, options: { localMode: boolean }): Router {
  const router = Router();
  router.post(MESSAGES_PATH, express.json({ limit: '512kb' }), async (req: Request, res: Response) => {
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const reasons = req.body === undefined ? ['body must be a JSON object sent as application/json'] : describeIssues(parsed.error);
      log.warn({ reasons }, 'teams: activity rejected');
      res.status(400).json({ error: 'invalid activity', reasons });
      return;
    }
    if (options.localMode && !isLoopbackUrl(parsed.data.serviceUrl)) {
      log.warn({ activityType: parsed.data.type }, 'teams: local mode refused a non-local serviceUrl');
      res.status(403).json({ error: 'local mode (no MicrosoftAppId) only accepts a Bot Connector on this machine' });
      return;
    }
    markValidated(parsed.data);
    try {
      const invoke = await adapter.handleActivity(req.headers.authorization ?? '', parsed.data as unknown as Activity, (turn) => bot.run(turn));
      if (invoke?.body !== undefined) res.status(invoke.status).json(invoke.body);
      else res.status(invoke?.status ?? 200).end();
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403) {
        log.warn({ status, activityType: parsed.data.type }, 'teams: request not authenticated');
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
      const described = describeError(error);
      if (described.failure === 'retryable') {
        // A passing outage, e.g. Microsoft's signing keys cannot be fetched to check the token: 503 tells the
        // Bot Connector to try again later (a 500 says this request is broken; a 401 would drop a genuine one).
        log.warn({ ...described, activityType: parsed.data.type }, 'teams: activity deferred, service unavailable');
        res.status(503).set('Retry-After', '10').json({ error: 'temporarily unavailable' });
        return;
      }
      log.error({ ...described, activityType: parsed.data.type }, 'teams: activity failed');
      res.status(500).json({ error: 'internal error' });
    }
  });
  // express.json() failures (bad JSON, too large) arrive here as errors with a status.
  router.use(MESSAGES_PATH, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = statusOf(error) ?? (error as { status?: number }).status;
    if (!status || status >= 500) return next(error);
    const type = (error as { type?: string }).type;
    const reason = type === 'entity.too.large' ? 'request body too large' : type === 'entity.parse.failed' ? 'malformed JSON' : 'unreadable request body';
    log.warn({ status, reason }, 'teams: request rejected');
    res.status(status).json({ error: reason, reasons: [reason] });
  });
  return router;
}
