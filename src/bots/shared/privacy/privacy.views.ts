/** View models of the privacy messages, for both platforms: the notice, "mijn gegevens", "vergeet mij", the policy. */
import { PrivacyCardViewModel } from '../../../cards';
import { formatDate, formatList, Locale, t } from '../../../domain/i18n';
import { CORE_SECTIONS } from '../../../domain/privacy/core-sections';
import type { PersonalDataExport } from '../../../domain/privacy/personal-data.registry';
import type { AnswerPolicy, PolicyOfAnswers } from '../../../domain/privacy/privacy.ports';
import { SUMMARY_MIN_GROUP } from '../../../domain/rhythm/closing-summary';
import type { ExportLinks } from '../../../server/personal-data.links';
import { publicUrl } from '../../../server/signed-links';
import type { PlatformDeps } from '../platform-deps';

/** The short first-contact notice; the full statement is the /privacy page. */
export function noticeView(deps: Pick<PlatformDeps, 'config'>, locale: Locale): PrivacyCardViewModel {
  return {
    title: t(locale, 'privacy.notice.title'),
    tone: 'info',
    lines: [
      t(locale, 'privacy.notice.stored'),
      t(locale, 'privacy.notice.who', { min: SUMMARY_MIN_GROUP }),
      t(locale, 'privacy.notice.retention', { months: deps.config.OOGST_RETENTION_MONTHS }),
      t(locale, 'privacy.notice.rights'),
    ],
    links: [{ label: t(locale, 'privacy.notice.more'), url: publicUrl(deps.config, locale === 'en' ? '/privacy#english' : '/privacy') }],
  };
}

export function policyLine(locale: Locale, partnership: string, policy: AnswerPolicy, months: number): string {
  return policy === 'keep_scores' ? t(locale, 'privacy.policy.keep_scores', { partnership, months }) : t(locale, 'privacy.policy.delete', { partnership, months });
}

type Row = Readonly<Record<string, unknown>>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function rolesOf(data: PersonalDataExport, locale: Locale): string[] {
  const partnership = (data.sections[CORE_SECTIONS.partnershipRoles] ?? []) as Row[];
  const region = (data.sections[CORE_SECTIONS.regionRoles] ?? []) as Row[];
  return [
    ...partnership.map((r) => t(locale, r.role === 'coordinator' ? 'myData.role.coordinator' : 'myData.role.member', { partnership: text(r.partnership) })),
    ...region.map((r) => t(locale, 'myData.role.lead', { region: text(r.region) })),
  ];
}

export function myDataView(locale: Locale, data: PersonalDataExport, links: ExportLinks): PrivacyCardViewModel {
  const roles = rolesOf(data, locale);
  return {
    title: t(locale, 'myData.title'),
    tone: 'info',
    lines: [
      t(locale, 'myData.summary', { answers: (data.sections[CORE_SECTIONS.answers] ?? []).length, roles: roles.length ? formatList(locale, roles) : t(locale, 'myData.noRoles') }),
      t(locale, 'myData.links', { time: formatDate(locale, links.expiresAt) }),
    ],
    links: [{ label: t(locale, 'myData.json'), url: links.json }, { label: t(locale, 'myData.csv'), url: links.csv }],
  };
}

export function forgetConfirmView(locale: Locale, policies: PolicyOfAnswers[], token: string, expiresAt: Date): PrivacyCardViewModel {
  const answers = policies.map((p) =>
    p.policy === 'keep_scores'
      ? t(locale, 'forgetMe.answers.keep_scores', { count: p.answers, partnership: p.partnershipName })
      : t(locale, 'forgetMe.answers.delete', { count: p.answers, partnership: p.partnershipName }));
  return {
    title: t(locale, 'forgetMe.title'),
    tone: 'warning',
    lines: [t(locale, 'forgetMe.what'), ...answers, t(locale, 'forgetMe.confirm'), t(locale, 'forgetMe.expires', { time: formatDate(locale, expiresAt) })],
    forget: { token, confirmLabel: t(locale, 'forgetMe.confirmButton'), cancelLabel: t(locale, 'forgetMe.cancelButton') },
  };
}
