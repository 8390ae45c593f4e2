import { MessageViewModel } from '../../cards';
import { focusPointByCode } from '../../domain/catalogue';
import { formatList, Locale, t } from '../../domain/i18n';
import { PartnershipStatus } from '../../domain/services';

/** "status": the partnership, its linked channels, the open prompt and how many answered. */
export function statusView(status: PartnershipStatus, locale: Locale): MessageViewModel {
  const lines = [t(locale, 'status.header', { partnership: status.partnership.name })];
  lines.push(
    status.coordinators.length
      ? t(locale, 'status.coordinators', { names: formatList(locale, status.coordinators.map((c) => c.displayName)) })
      : t(locale, 'status.coordinators.none'),
  );
  lines.push(t(locale, 'status.channels', { count: status.bindings.length, members: status.memberCount }));
  if (status.openPrompt) {
    const focus = focusPointByCode(status.openPrompt.focusCode)?.label[locale] ?? status.openPrompt.focusCode;
    lines.push(t(locale, 'status.openPrompt', { focus, count: status.responseCount }));
  } else {
    lines.push(t(locale, 'prompt.noneOpen'));
  }
  return { lines, tone: 'info', buttons: [{ label: t(locale, 'welcome.helpButton'), command: 'help' }] };
}
