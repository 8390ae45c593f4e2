/** A dialogue record -> the neutral DialogueViewModel (the card in the channel), and the lines of "dialoog lijst". */
import type { DialogueViewModel, PanelButtonView, PanelView } from '../../cards';
import { howLabel, whatLabel } from '../../domain/circles/circle-options.data';
import { isOverdue } from '../../domain/dialogues/dialogue.service';
import type { DialogueNotice } from '../../domain/dialogues/dialogue.ports';
import { endOf, type DialogueRecord } from '../../domain/dialogues/dialogue.types';
import { formatDate, formatList, Locale, t } from '../../domain/i18n';
import { inviteLink } from '../../server/panel-files.links';
import type { PlatformDeps } from './platform-deps';

const when = (d: DialogueRecord, locale: Locale) => formatDate(locale, d.startsAt, d.timeZone, { withYear: true });

function facts(d: DialogueRecord, locale: Locale): DialogueViewModel['facts'] {
  const members = d.participants.filter((p) => p.person).map((p) => p.person?.displayName ?? '');
  const guests = d.participants.filter((p) => !p.person && p.email).length;
  const goal = [...d.goalCodes.map((c) => whatLabel(c, locale)), ...(d.goalText ? [d.goalText] : [])];
  return [
    { label: t(locale, 'dialogue.field.when'), value: t(locale, 'dialogue.when', { date: when(d, locale), duration: d.durationMinutes }) },
    { label: t(locale, 'dialogue.field.where'), value: d.location ?? t(locale, 'dialogue.noPlace') },
    ...(d.actors.length ? [{ label: t(locale, 'dialogue.field.actors'), value: formatList(locale, d.actors) }] : []),
    ...(goal.length ? [{ label: t(locale, 'dialogue.field.goal'), value: goal.join('; ') }] : []),
    { label: t(locale, 'dialogue.field.format'), value: howLabel(d.format, locale) },
    ...(d.owner ? [{ label: t(locale, 'dialogue.field.owner'), value: d.owner.displayName }] : []),
    ...(members.length ? [{ label: t(locale, 'dialogue.field.participants'), value: formatList(locale, members) }] : []),
    ...(guests ? [{ label: t(locale, 'dialogue.field.guests'), value: String(guests) }] : []),
  ];
}

function status(d: DialogueRecord, locale: Locale, now: Date): Pick<DialogueViewModel, 'statusText' | 'statusTone'> {
  if (d.status === 'cancelled') return { statusText: t(locale, 'dialogue.status.cancelled'), statusTone: 'warning' };
  if (d.followUp) {
    const lines = [d.followUp.held ? t(locale, 'dialogue.status.held', { outcome: d.followUp.outcome ?? '-' }) : t(locale, 'dialogue.status.notHeld')];
    if (d.followUp.agreements) lines.push(t(locale, 'dialogue.followUp.agreements', { text: d.followUp.agreements }));
    if (d.followUp.nextStep) lines.push(t(locale, 'dialogue.followUp.nextStep', { text: d.followUp.nextStep }));
    return { statusText: lines.join('\n'), statusTone: 'success' };
  }
  if (endOf(d).getTime() <= now.getTime()) return { statusText: t(locale, 'dialogue.status.awaiting', { owner: d.owner?.displayName ?? '-' }), statusTone: isOverdue(d, now) ? 'warning' : 'info' };
  return {};
}

function buttons(d: DialogueRecord, locale: Locale, now: Date): PanelButtonView[] {
  const context = { dialogueId: d.id };
  if (d.status === 'cancelled' || d.followUp) return [];
  if (endOf(d).getTime() <= now.getTime()) return [{ label: t(locale, 'dialogue.button.followUp'), style: 'positive', target: { kind: 'form', formId: 'dialogue.followUp', context } }];
  return [
    { label: t(locale, 'dialogue.button.edit'), target: { kind: 'form', formId: 'dialogue.plan', context } },
    { label: t(locale, 'dialogue.button.cancel'), style: 'destructive', target: { kind: 'act', op: 'dialogue.cancel', context } },
  ];
}

export function dialogueViewModel(deps: Pick<PlatformDeps, 'config' | 'clock'>, d: DialogueRecord, locale: Locale, notice?: string): DialogueViewModel {
  const now = deps.clock.now();
  return {
    locale,
    title: t(locale, 'dialogue.title', { n: d.number, title: d.title }),
    ...(notice ? { notice } : {}),
    facts: facts(d, locale),
    ...status(d, locale, now),
    links: [{ label: t(locale, 'dialogue.link.ics'), url: inviteLink(deps.config, d, now) }],
    buttons: buttons(d, locale, now),
  };
}

export function dialoguePanel(deps: Pick<PlatformDeps, 'config' | 'clock'>, d: DialogueRecord, locale: Locale, notice?: string): PanelView {
  const view = dialogueViewModel(deps, d, locale, notice);
  return { type: 'dialogue', title: view.title, view };
}

/** "dialoog lijst": one line per dialogue; past ones say whether the follow-up is overdue. */
export function dialogueListLines(list: readonly DialogueRecord[], locale: Locale, now: Date): string[] {
  if (!list.length) return [t(locale, 'dialogue.list.empty')];
  return [t(locale, 'dialogue.list.header'), ...list.map((d) => {
    const params = { n: d.number, date: when(d, locale), topic: d.title };
    if (isOverdue(d, now)) return t(locale, 'dialogue.list.overdue', params);
    return endOf(d).getTime() <= now.getTime() ? t(locale, 'dialogue.list.past', params) : t(locale, 'dialogue.list.item', params);
  })];
}

/** The "status" line about follow-ups still missing 3 days after a dialogue; none when all are in. */
export async function overdueStatusLines(deps: Pick<PlatformDeps, 'services' | 'clock'>, partnershipId: string, locale: Locale): Promise<string[]> {
  const overdue = await deps.services.dialogues.overdue(partnershipId, deps.clock.now());
  return overdue.length ? [t(locale, 'dialogue.status.overdue', { items: formatList(locale, overdue.map((d) => `${d.number}. ${d.title}`)) })] : [];
}

/** The reminder or follow-up question, as the card's notice, addressed to the owner by name. */
export function noticePanel(deps: Pick<PlatformDeps, 'config' | 'clock'>, notice: DialogueNotice, locale: Locale): PanelView {
  const d = notice.dialogue;
  const params = { owner: d.owner?.displayName ?? '', n: d.number, title: d.title };
  const text = notice.kind === 'reminder'
    ? t(locale, 'dialogue.reminder', { ...params, date: when(d, locale) })
    : t(locale, notice.round === 0 ? 'dialogue.followUp.ask' : 'dialogue.followUp.again', params);
  return dialoguePanel(deps, d, locale, text);
}
