/**
 * Domain errors carry a stable code and the parameters a message needs; the edges translate them into a
 * friendly Dutch or English answer (src/bots/shared). Nothing here knows about platforms.
 */
import type { CirclesDialoguesErrorCode } from './circles/circles-dialogues.errors';

export type DomainErrorCode =
  | 'CHANNEL.NOT_LINKED'
  | 'PARTNERSHIP.NOT_FOUND'
  | 'PARTNERSHIP.NOT_COORDINATOR'
  | 'PERSON.NOT_FOUND'
  | 'PROMPT.NOT_FOUND'
  | 'PROMPT.CLOSED'
  | 'PROMPT.OTHER_PARTNERSHIP'
  | 'PROMPT.NONE_OPEN'
  | 'FOCUS.NOT_FOUND'
  | 'ANSWER.INVALID'
  | 'ACCESS.ADMIN_REQUIRED'
  | 'ACCESS.REGION_LEAD_REQUIRED'
  | 'ACCESS.AUDIT_DENIED'
  | 'REGION.NOT_FOUND'
  | 'REGION.EXISTS'
  | 'PARTNERSHIP.EXISTS'
  | 'PARTNERSHIP.SECTORS_REQUIRED'
  | 'SETUP.INVALID_NAME'
  | CirclesDialoguesErrorCode;

export class DomainError extends Error {
  constructor(readonly code: DomainErrorCode, readonly params: Record<string, unknown> = {}) {
    super(code);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/**
 * A platform call that failed, classified by the gateway: `gone` (app removed, channel archived: stop posting
 * there) or `retryable` (rate limit or outage that outlasted our retries: try again later).
 */
export class GatewayError extends Error {
  constructor(readonly kind: 'gone' | 'retryable', message: string) {
    super(message);
    this.name = 'GatewayError';
  }
}

export const isGatewayError = (error: unknown): error is GatewayError => error instanceof GatewayError;
