/**
 * Structured JSON logs (pino). Personal data never goes into logs: fields that could carry it are redacted,
 * and callers log ids, counts and codes, not names or answer texts.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export const REDACTED_PATHS = ['*.text', '*.displayName', '*.email', '*.name', '*.password', '*.token', 'req.headers.authorization', '*.conversationRef'];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'oogst' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
