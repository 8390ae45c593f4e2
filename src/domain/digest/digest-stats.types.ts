/**
 * What the database hands the digest: grouped counts and sums, never single answers (src/storage/digest runs the
 * GROUP BY queries). `people` is COUNT(DISTINCT person) of exactly that group: the privacy threshold needs the
 * number of different people behind a figure, which cannot be added up from smaller groups.
 */
export interface StatRow {
  /** Prompts opened in the group. */
  prompts: number;
  /** Answers (one per person per prompt). */
  answers: number;
  /** Different people who answered. */
  people: number;
  /** Sum of the scores and of their squares: average and spread without reading single scores. */
  total: number;
  squares: number;
}

/** Scores kept after an erasure (answer policy keep_scores): no person, so they add to sums, never to people. */
export interface KeptRow { partnershipId: string; focusCode: string; week: number; count: number; total: number; squares: number }

export interface PartnershipInfo { id: string; name: string; members: number }

export interface RegionStats {
  partnerships: PartnershipInfo[];
  /** Per partnership and trend week (0 = oldest). */
  byPartnershipWeek: (StatRow & { partnershipId: string; week: number })[];
  /** Region-wide per trend week. */
  byWeek: (StatRow & { week: number })[];
  /** Per partnership over the baseline (the four weeks before the reported week). */
  baselineByPartnership: (StatRow & { partnershipId: string })[];
  /** Region-wide over the baseline. */
  baseline: StatRow;
  /** Per focus point and half of the trend (1: first four weeks, 2: last four). */
  byFocusHalf: (StatRow & { focusCode: string; half: number })[];
  /** Per focus point over the eight weeks. */
  byFocus: (StatRow & { focusCode: string })[];
  /** Per partnership and focus point over the eight weeks (the heat map). */
  byPartnershipFocus: (StatRow & { partnershipId: string; focusCode: string })[];
  kept: KeptRow[];
  /** Keywords of anonymously shared answers in the reported week, per partnership, with how many people used them. */
  keywords: { partnershipId: string; keyword: string; count: number }[];
  /** Texts of anonymously shared answers in the reported week (scenario, else what to make discussable). */
  quotes: { partnershipId: string; text: string }[];
}

export const EMPTY_STAT: StatRow = { prompts: 0, answers: 0, people: 0, total: 0, squares: 0 };
