/**
 * HTTP answers for Slack requests that never reach a listener. The signature is already checked when these run,
 * so what is left is a genuine but malformed or unknown request: 400 and a log line, nothing stored. (Bolt's
 * defaults answer 500 when a payload lacks e.g. `user`, and 404 when nothing acknowledged within 3 s.)
 */
import { AuthorizationError, type ReceiverProcessEventErrorHandlerArgs, type ReceiverUnhandledRequestHandlerArgs } from '@slack/bolt';
import { Logger } from '../../shared/logger';

export function receiverErrorHandlers(log: Logger) {
  return {
    unhandledRequestHandler({ response }: ReceiverUnhandledRequestHandlerArgs): void {
      log.warn({}, 'Slack request not acknowledged within 3 s (unknown or malformed interaction)');
      if (!response.headersSent) {
        response.writeHead(400);
        response.end();
      }
    },
    async processEventErrorHandler({ error, response }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
      if (response.headersSent) {
        log.error({ err: error.message }, 'Slack listener failed after its ack');
        return false;
      }
      // No installation for the workspace (or auth.test failing): Slack should see it as unauthorised.
      const status = error instanceof AuthorizationError ? 401 : 400;
      log.warn({ err: error.message, status }, 'Slack request could not be processed');
      response.writeHead(status);
      response.end();
      return true;
    },
  };
}
