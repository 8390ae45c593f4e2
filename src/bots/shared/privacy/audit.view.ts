/** The audit trail as chat lines: when, who (looked up now; forgotten people show as such), what. */
import { PrivacyCardViewModel } from '../../../cards';
import { formatDate, Locale, MessageKey, t } from '../../../domain/i18n';
import type { AuditLine } from '../../../domain/privacy/audit.service';

const text = (value: unknown, fallback: string) => (typeof value === 'string' || typeof value === 'number' ? String(value) : fallback);

/** A schedule change code ("window") in words; a code this version does not know stays as it is. */
function changeText(locale: Locale, change: unknown, unknown: string): string {
  if (typeof change !== 'string') return unknown;
  const key = `audit.change.${change}` as MessageKey;
  const words = t(locale, key, {} as never);
  return words === key ? change : words;
}

function what(locale: Locale, line: AuditLine): string {
  const unknown = t(locale, 'audit.unknown');
  const { entry } = line;
  const d = entry.details;
  const params = {
    partnership: line.partnershipName ?? unknown,
    region: line.regionName ?? unknown,
    subject: line.subjectName ?? t(locale, 'audit.someone'),
    channel: text(d.channel, unknown),
    change: changeText(locale, d.change, unknown),
    policy: d.policy === 'keep_scores' ? t(locale, 'audit.policy.keep_scores') : t(locale, 'audit.policy.delete'),
    answers: text(d.answersDeleted, '0'),
  };
  const key = `audit.action.${entry.action}` as MessageKey;
  // An action written by a newer version has no text here yet: show its code.
  const template = t(locale, key, params as never);
  return template === key ? entry.action : template;
}

function who(locale: Locale, line: AuditLine): string {
  if (line.actorName) return line.actorName;
  return line.entry.action === 'retention.run' ? t(locale, 'audit.system') : t(locale, 'audit.someone');
}

export function auditView(locale: Locale, lines: AuditLine[]): PrivacyCardViewModel {
  return {
    title: t(locale, 'audit.title'),
    tone: 'info',
    lines: lines.length
      ? lines.map((line) => t(locale, 'audit.line', { when: formatDate(locale, line.entry.at, undefined, { withYear: true }), who: who(locale, line), what: what(locale, line) }))
      : [t(locale, 'audit.empty')],
  };
}
