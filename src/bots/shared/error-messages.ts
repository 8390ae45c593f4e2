/** Domain errors -> a short, friendly message that says what to do instead. One place for both platforms. */
import { MessageViewModel } from '../../cards';
import { DomainError } from '../../domain/errors';
import { formatDate, formatList, Locale, t } from '../../domain/i18n';
import { isCirclesDialoguesCode } from '../../domain/circles/circles-dialogues.errors';
import { circlesDialoguesErrorLines } from './circles-dialogues.errors';

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function domainErrorLines(error: DomainError, locale: Locale, partnershipName = ''): string[] {
  if (isCirclesDialoguesCode(error.code)) return circlesDialoguesErrorLines(error as DomainError & { code: typeof error.code }, locale);
  const p = error.params;
  switch (error.code) {
    case 'CHANNEL.NOT_LINKED':
      return [t(locale, 'channel.notLinked')];
    case 'PARTNERSHIP.NOT_FOUND': {
      const options = asList(p.options);
      if (!options.length) return [t(locale, 'partnership.none')];
      if (p.suggestion) return [t(locale, 'partnership.unknown.suggestion', { name: asString(p.name), suggestion: asString(p.suggestion) })];
      return [t(locale, 'partnership.unknown', { name: asString(p.name), options: formatList(locale, options) })];
    }
    case 'PARTNERSHIP.NOT_COORDINATOR': {
      const names = asList(p.coordinators);
      partnershipName = asString(p.partnership) || partnershipName;
      return names.length
        ? [t(locale, 'role.coordinatorRequired', { partnership: partnershipName, coordinators: formatList(locale, names) })]
        : [t(locale, 'role.coordinatorRequired.none', { partnership: partnershipName })];
    }
    case 'PERSON.NOT_FOUND':
      return [t(locale, 'person.notFound', { person: asString(p.person) })];
    case 'PROMPT.NOT_FOUND':
      return [t(locale, 'prompt.notFound')];
    case 'PROMPT.CLOSED':
      return [t(locale, 'answer.closed')];
    case 'PROMPT.OTHER_PARTNERSHIP':
      return [t(locale, 'prompt.otherPartnership')];
    case 'PROMPT.NONE_OPEN':
      return [t(locale, 'prompt.noneOpen')];
    case 'FOCUS.NOT_FOUND': {
      const lines = [t(locale, 'focus.notFound', { input: asString(p.input) })];
      if (p.suggestion) lines.push(t(locale, 'command.invalid.suggestion', { suggestion: asString(p.suggestion) }));
      return lines;
    }
    case 'ANSWER.INVALID':
      return [t(locale, 'answer.invalid')];
    case 'ACCESS.ADMIN_REQUIRED':
      return [t(locale, 'role.adminRequired')];
    case 'ACCESS.REGION_LEAD_REQUIRED':
      return p.region ? [t(locale, 'role.regionLeadOf', { region: asString(p.region) })] : [t(locale, 'role.regionLeadRequired')];
    case 'ACCESS.AUDIT_DENIED':
      return [t(locale, 'audit.denied')];
    case 'REGION.NOT_FOUND': {
      const options = asList(p.options);
      if (!options.length) return [t(locale, 'region.none')];
      if (p.suggestion) return [t(locale, 'region.unknown.suggestion', { name: asString(p.name), suggestion: asString(p.suggestion) })];
      return [t(locale, 'region.unknown', { name: asString(p.name), options: formatList(locale, options) })];
    }
    case 'REGION.EXISTS':
      return [t(locale, 'region.exists', { name: asString(p.name) })];
    case 'PARTNERSHIP.EXISTS':
      return [t(locale, 'partnership.exists', { name: asString(p.name) })];
    case 'PARTNERSHIP.SECTORS_REQUIRED':
      return [t(locale, 'partnership.sectorsRequired', { name: asString(p.name), region: asString(p.region) })];
    case 'SETUP.INVALID_NAME':
      return [t(locale, 'setup.invalidName', { name: asString(p.name) })];
  }
}

export function domainErrorView(error: DomainError, locale: Locale, partnershipName?: string): MessageViewModel {
  return { tone: 'warning', lines: domainErrorLines(error, locale, partnershipName) };
}

export function genericErrorView(locale: Locale): MessageViewModel {
  return { tone: 'error', lines: [t(locale, 'common.error')] };
}

export function closesAtLine(locale: Locale, closesAt: Date): string {
  return formatDate(locale, closesAt);
}
