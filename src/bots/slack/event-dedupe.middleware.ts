/**
 * Slack re-sends an event (X-Slack-Retry-Num, same event_id) when it saw no 200 within 3 s, up to three times.
 * The first delivery of an event_id is recorded in the database (ProcessedDelivery); later ones stop here, so
 * a retry never posts twice, also when another instance received the first one.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { DeliveryLog } from '../../domain/ports';
import { Logger } from '../../shared/logger';

const SLACK_EVENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function eventDedupeMiddleware(deliveries: DeliveryLog, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string' || eventId === '') {
      await next();
      return;
    }
    if (!SLACK_EVENT_ID.test(eventId)) {
      // Slack's event ids are short and alphanumeric ("Ev0PV52K25"); anything else is not an event Slack sent
      // (and PostgreSQL would refuse a NUL in it as a key).
      log.warn({ length: eventId.length }, 'Slack event with a malformed event_id ignored');
      return;
    }
    if (await deliveries.firstTime(`slack:event:${eventId}`)) {
      await next();
      return;
    }
    log.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate Slack event skipped');
  };
}
