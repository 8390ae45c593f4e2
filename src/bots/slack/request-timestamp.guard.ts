/**
 * Slack: "verify that the request timestamp is within five minutes of the local time", in both directions.
 * Bolt 5.1's check only refuses timestamps older than five minutes, so a signed request dated in the future
 * stays replayable until that future is five minutes past. This runs before Bolt's receiver and refuses those
 * (401, like Bolt's own refusals); everything else, signature included, is still Bolt's to check.
 */
import type { NextFunction, Request, Response } from 'express';
import { Logger } from '../../shared/logger';

export const MAX_CLOCK_SKEW_S = 5 * 60;

export function futureTimestampGuard(log: Logger, now: () => number = Date.now) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (req.method === 'POST' && Number.isFinite(timestamp) && timestamp > Math.floor(now() / 1000) + MAX_CLOCK_SKEW_S) {
      log.warn({ aheadS: timestamp - Math.floor(now() / 1000) }, 'Slack request refused: timestamp too far in the future');
      res.status(401).end();
      return;
    }
    next();
  };
}
