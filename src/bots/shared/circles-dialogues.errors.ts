/** The error codes of the three circles and the dialogue tables -> friendly lines (called by error-messages.ts). */
import type { CirclesDialoguesErrorCode } from '../../domain/circles/circles-dialogues.errors';
import { DomainError } from '../../domain/errors';
import { Locale, t } from '../../domain/i18n';

const asString = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

export function circlesDialoguesErrorLines(error: DomainError & { code: CirclesDialoguesErrorCode }, locale: Locale): string[] {
  const p = error.params;
  switch (error.code) {
    case 'CIRCLES.NONE_OPEN':
      return [t(locale, 'circles.noneOpen')];
    case 'CIRCLES.NOT_FOUND':
      return [t(locale, 'circles.notFound')];
    case 'CIRCLES.CLOSED':
      return [t(locale, 'circles.isClosed')];
    case 'CIRCLES.NEEDS_CHALLENGING':
      return [t(locale, 'circles.closeNeedsChallenging')];
    case 'CIRCLES.NOT_PROPOSER':
      return [t(locale, 'circles.invalid.notProposer', { name: asString(p.name) })];
    case 'ACCESS.NOT_MEMBER':
      return [t(locale, 'access.notMember')];
    case 'DIALOGUE.NOT_FOUND':
      return p.n === undefined ? [t(locale, 'dialogue.gone')] : [t(locale, 'dialogue.notFound', { n: asString(p.n) })];
    case 'DIALOGUE.CANCELLED':
      return [t(locale, 'dialogue.isCancelled', { n: asString(p.n) })];
    case 'DIALOGUE.INVALID':
      return Array.isArray(p.messages) ? p.messages.filter((m): m is string => typeof m === 'string') : [];
    case 'DIALOGUE.NOT_OWNER':
      return [t(locale, 'dialogue.notOwner')];
    case 'DIALOGUE.NOT_ENDED':
      return [t(locale, 'dialogue.notEnded')];
  }
}
