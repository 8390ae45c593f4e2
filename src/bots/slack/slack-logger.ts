/**
 * Bolt, the Web API client and the OAuth installer log through @slack/logger's interface; this adapter sends
 * their lines into our pino logger (structured, redacted) instead of Bolt's console logger. Its debug output is
 * dropped: it contains whole payloads, and personal data stays out of our logs.
 */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import { Logger } from '../../shared/logger';

const PINO_LEVEL: Record<LogLevel, string> = { debug: 'debug', info: 'info', warn: 'warn', error: 'error' };

function toLogLevel(pinoLevel: string): LogLevel {
  if (pinoLevel === 'trace' || pinoLevel === 'debug') return LogLevel.DEBUG;
  if (pinoLevel === 'info') return LogLevel.INFO;
  if (pinoLevel === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

/** Bolt logs free text (sometimes with an error object); we keep the text and the error's message only. */
function entry(parts: unknown[]): { fields: Record<string, unknown>; message: string } {
  const errors = parts.filter((p): p is Error => p instanceof Error);
  const text = parts.filter((p) => !(p instanceof Error)).map((p) => (typeof p === 'string' ? p : safeJson(p))).join(' ');
  const fields: Record<string, unknown> = errors.length ? { err: errors[0].message, code: (errors[0] as { code?: unknown }).code } : {};
  return { fields, message: text || errors[0]?.message || '' };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function slackLogger(log: Logger): SlackLogger {
  const child = log.child({ area: 'slack-sdk' });
  let level = toLogLevel(log.level);
  const write = (at: LogLevel, parts: unknown[]) => {
    const { fields, message } = entry(parts);
    (child[PINO_LEVEL[at] as 'info'] as (f: object, m: string) => void).call(child, fields, message);
  };
  return {
    // The SDK's debug lines include request and response bodies (answer texts, names): never written.
    debug: () => undefined,
    info: (...msg: unknown[]) => write(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => write(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => write(LogLevel.ERROR, msg),
    // Bolt sets the level it was given; pino's own level (LOG_LEVEL) keeps deciding what is written.
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
