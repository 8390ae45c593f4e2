/**
 * The weekly digest of a region as the domain computes it. The privacy threshold is applied here, before any
 * renderer sees it: a figure behind fewer than k answering people is `tooFew`, never a number, and no record
 * carries a person's name or id. Renderers only choose how to show a Figure.
 */
import type { IsoDay } from '../rhythm/calendar-day';

/** A figure: a value, "te weinig reacties" (fewer than k people behind it), or nothing to show (no prompt, no answers). */
export type Figure = { kind: 'value'; value: number } | { kind: 'tooFew' } | { kind: 'none' };

export const NONE: Figure = { kind: 'none' };
export const TOO_FEW: Figure = { kind: 'tooFew' };
export const valueOf = (value: number): Figure => ({ kind: 'value', value });

export interface WeekPoint {
  /** Monday of the week. */
  week: IsoDay;
  prompts: number;
  /** Percentage (0-100) of known members who answered, per prompt. */
  participation: Figure;
  /** Average score (1-5) of that week's answers. */
  average: Figure;
}

export interface PartnershipRow {
  partnershipId: string;
  name: string;
  /** Known members (people with a role in the partnership). */
  members: number;
  /** Prompts opened in the reported week. */
  prompts: number;
  answers: Figure;
  participation: Figure;
  /** Percentage points against the average of the four weeks before. */
  change: Figure;
  /** Participation per trend week, oldest first. */
  trend: Figure[];
}

export interface FocusRow {
  focusCode: string;
  /** Over the eight weeks. */
  average: Figure;
  /** Standard deviation of the scores over the eight weeks: how far the partnerships' people are apart. */
  spread: Figure;
  /** Average of the last four weeks minus the four before them (score points). */
  trend: Figure;
  /** Partnerships asked about it in the eight weeks. */
  partnerships: number;
}

export interface HeatRow { partnershipId: string; name: string; cells: Figure[] }

/** Partnership x focus point, averages over the eight weeks; columns are the focus points with any prompt. */
export interface HeatMap { focusCodes: string[]; rows: HeatRow[] }

export interface KeywordCount { text: string; count: number }

export type AgendaItem =
  | { kind: 'lowScore'; focusCode: string; average: number }
  | { kind: 'falling'; focusCode: string; trend: number }
  | { kind: 'participationDrop'; partnershipId: string; name: string; change: Figure };

export interface NextStep { partnershipName: string; text: string }

/** Dialogue tables of the region's partnerships (from the dialogue tables of issue 6). */
export interface DialogueSummary {
  /** Planned and still to come. */
  planned: number;
  /** Held in the eight weeks (follow-up says so). */
  held: number;
  /** Ended more than three days ago without a follow-up. */
  overdueFollowUps: number;
  /** Next steps recorded in follow-ups during the reported week. */
  nextSteps: NextStep[];
}

export interface RegionDigest {
  region: { id: string; name: string };
  week: IsoDay;
  weekEnd: IsoDay;
  weeks: IsoDay[];
  minGroup: number;
  generatedAt: Date;
  totals: { prompts: number; partnershipsAsked: number; answers: Figure; participation: Figure; change: Figure };
  trend: WeekPoint[];
  partnerships: PartnershipRow[];
  focus: FocusRow[];
  heatmap: HeatMap;
  keywords: KeywordCount[];
  quotes: string[];
  agenda: AgendaItem[];
  /** null: the dialogue tables are not available in this build. */
  dialogues: DialogueSummary | null;
}
