import type { FocusPointCode } from '../catalogue/focus-points.data';

/**
 * Who a command points at. Slack mentions carry the user id in the text;
 * Teams mentions only carry the display name in the text (the id is in the
 * activity's entities, which the Teams handler resolves). `platform` is
 * declared (undefined) on every variant so `ref.platform === 'slack'` narrows.
 */
export type MentionRef =
  | { readonly platform: 'slack'; readonly userId: string; readonly name?: string }
  | { readonly platform: 'teams'; readonly name: string }
  | { readonly platform?: undefined; readonly email: string }
  | { readonly platform?: undefined; readonly name: string; readonly email?: undefined };

export type Cadence = 'weekly' | 'biweekly' | 'monthly';
/** 0 = Sunday ... 6 = Saturday, like Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type RegionKind = 'tekort' | 'krimp' | 'anders';
export type HolidayRegion = 'noord' | 'midden' | 'zuid';
export type Sector = 'po' | 'vo' | 'mbo';
/** What happens to answers when someone is forgotten or they expire (mirrors AnswerPolicy in domain/privacy). */
export type AnswerPolicyWord = 'delete' | 'keep_scores';

/** Why a known command's arguments were rejected; each has an i18n message. */
export type InvalidReason =
  | 'missingArgument'
  | 'time'
  | 'weekday'
  | 'cadence'
  | 'focus'
  | 'date'
  | 'number'
  | 'person'
  | 'onOff'
  | 'subcommand'
  | 'unexpectedArgument';

export type ParsedCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'link'; readonly partnershipName: string }
  | { readonly kind: 'addCoordinator'; readonly person: MentionRef; readonly partnershipName?: string }
  | { readonly kind: 'status' }
  | { readonly kind: 'askNow'; readonly focus?: FocusPointCode }
  | { readonly kind: 'myAnswers' }
  | { readonly kind: 'rhythmShow' }
  | { readonly kind: 'rhythmSet'; readonly cadence: Cadence; readonly weekday: Weekday; readonly time: string }
  | { readonly kind: 'focusSet'; readonly codes: readonly FocusPointCode[] }
  | { readonly kind: 'focusAll' }
  | { readonly kind: 'windowSet'; readonly days: number }
  | { readonly kind: 'pause'; readonly until: string }
  | { readonly kind: 'resume' }
  | { readonly kind: 'blackout'; readonly date: string }
  | { readonly kind: 'reminders'; readonly on: boolean }
  | { readonly kind: 'circlesStart' }
  | { readonly kind: 'dialoguePlan'; readonly rest: string }
  | { readonly kind: 'dialogueList' }
  | { readonly kind: 'dialogueMove'; readonly n: number; readonly when: string }
  | { readonly kind: 'dialogueCancel'; readonly n: number }
  | { readonly kind: 'digestSubscribe'; readonly weekday?: Weekday; readonly time?: string }
  | { readonly kind: 'digestStop' }
  | { readonly kind: 'digestNow' }
  | { readonly kind: 'myData' }
  | { readonly kind: 'forgetMe' }
  /** Without a policy: the privacy notice and this partnership's policy; with one: a coordinator sets it. */
  | { readonly kind: 'privacy'; readonly policy?: AnswerPolicyWord }
  | { readonly kind: 'audit' }
  | {
      readonly kind: 'regionNew';
      readonly name: string;
      // Not called `kind`: that name is the union's discriminant.
      readonly regionKind?: RegionKind;
      readonly holidayRegion?: HolidayRegion;
    }
  | { readonly kind: 'partnershipNew'; readonly name: string; readonly region: string; readonly sectors: readonly Sector[] }
  | { readonly kind: 'partnershipList' }
  | { readonly kind: 'regionLead'; readonly person: MentionRef; readonly region: string }
  | { readonly kind: 'unknown'; readonly input: string; readonly suggestion?: string }
  | {
      readonly kind: 'invalid';
      readonly command: CommandUsageKey;
      readonly reason: InvalidReason;
      /** The offending piece of input, as typed. */
      readonly detail?: string;
      /** A corrected value to offer ("dinsdag" for "dinsdga", a focus code). */
      readonly suggestion?: string;
    };

export type CommandKind = Exclude<ParsedCommand['kind'], 'unknown' | 'invalid'>;
/** Command groups whose sub-command was missing or unknown ("digest", "dialoog xyz"). */
export type CommandGroup = 'digest' | 'dialogue' | 'region' | 'partnership';
export type CommandUsageKey = CommandKind | CommandGroup;

export type CommandOf<K extends ParsedCommand['kind']> = Extract<ParsedCommand, { kind: K }>;
export type ParseProblem = CommandOf<'unknown'> | CommandOf<'invalid'>;
