import { FOCUS_POINT_CODES } from '../catalogue/focus-points.data';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import type { CommandGroup, CommandKind, CommandUsageKey, ParseProblem } from './command.types';

const GROUP_MEMBERS: Readonly<Record<CommandGroup, readonly CommandKind[]>> = {
  digest: ['digestSubscribe', 'digestStop', 'digestNow'],
  dialogue: ['dialoguePlan', 'dialogueList', 'dialogueMove', 'dialogueCancel'],
  region: ['regionNew', 'regionLead'],
  partnership: ['partnershipNew', 'partnershipList'],
};

function isGroup(key: CommandUsageKey): key is CommandGroup {
  return Object.hasOwn(GROUP_MEMBERS, key);
}

/** The right form of a command, e.g. "ritme wekelijks|tweewekelijks|maandelijks <dag> <uu:mm>". */
export function describeCommandUsage(key: CommandUsageKey, locale: Locale): string {
  if (isGroup(key)) return GROUP_MEMBERS[key].map((kind) => describeCommandUsage(kind, locale)).join(' | ');
  return t(locale, `usage.${key}`);
}

export type HelpAudience = 'everyone' | 'coordinators' | 'admins';

/** Which commands the help shows to whom (the use cases enforce the actual rights). */
export const HELP_SECTIONS: Readonly<Record<HelpAudience, readonly CommandKind[]>> = {
  // Reminders are a personal setting (PersonRecord.remindersEnabled), so everyone may switch them.
  everyone: ['help', 'status', 'myAnswers', 'reminders', 'myData', 'forgetMe', 'privacy'],
  coordinators: [
    'link', 'addCoordinator', 'askNow', 'rhythmShow', 'rhythmSet', 'focusSet', 'focusAll', 'windowSet',
    'pause', 'resume', 'blackout', 'circlesStart',
    'dialoguePlan', 'dialogueList', 'dialogueMove', 'dialogueCancel',
  ],
  admins: ['regionNew', 'partnershipNew', 'partnershipList', 'regionLead', 'digestSubscribe', 'digestStop', 'digestNow', 'audit'],
};

export interface HelpSection {
  readonly audience: HelpAudience;
  readonly title: string;
  readonly items: readonly { readonly kind: CommandKind; readonly usage: string; readonly description: string }[];
}

/** Structured help, so cards can lay it out; `renderHelpText` gives a plain version. */
export function helpSections(locale: Locale): HelpSection[] {
  return (Object.keys(HELP_SECTIONS) as HelpAudience[]).map((audience) => ({
    audience,
    title: t(locale, `help.section.${audience}`),
    items: HELP_SECTIONS[audience].map((kind) => ({
      kind,
      usage: describeCommandUsage(kind, locale),
      description: t(locale, `describe.${kind}`),
    })),
  }));
}

/** Plain-text help with `code` spans, readable in both Slack mrkdwn and Teams markdown. */
export function renderHelpText(locale: Locale): string {
  const lines = [t(locale, 'help.intro')];
  for (const section of helpSections(locale)) {
    lines.push('', section.title);
    for (const item of section.items) lines.push(`• \`${item.usage}\`: ${item.description}`);
  }
  lines.push('', t(locale, 'help.footer'));
  return lines.join('\n');
}

/** One friendly reply for an unknown or invalid command. */
export function formatParseProblem(problem: ParseProblem, locale: Locale): string {
  if (problem.kind === 'unknown') {
    return problem.suggestion === undefined
      ? t(locale, 'command.unknown')
      : t(locale, 'command.unknown.suggestion', { suggestion: problem.suggestion });
  }
  const parts: string[] = [];
  if (problem.detail !== undefined && problem.reason !== 'missingArgument') {
    parts.push(t(locale, 'command.invalid.detail', { detail: problem.detail }));
  }
  if (problem.suggestion !== undefined) parts.push(t(locale, 'command.invalid.suggestion', { suggestion: problem.suggestion }));
  parts.push(t(locale, `command.invalid.${problem.reason}`));
  if (problem.reason === 'focus' && problem.suggestion === undefined) parts.push(t(locale, 'command.invalid.focusOptions', { codes: FOCUS_POINT_CODES.join(', ') }));
  parts.push(t(locale, 'command.invalid.usage', { usage: describeCommandUsage(problem.command, locale) }));
  return parts.join(' ');
}
