/**
 * The dialogue tables in the digest (issue 6): planned and still to come, held during the trend weeks, follow-ups
 * overdue, and the next steps recorded during the reported week. Overdue uses the dialogue tables' own rule (a
 * follow-up still missing FOLLOW_UP_REASK_MS after the end, as isOverdue in dialogue.service.ts). These are counts
 * of meetings, not of answering people, so the privacy threshold does not apply; a next step is a coordinator's
 * note and is shown without any name.
 */
import { FOLLOW_UP_REASK_MS } from '../dialogues/dialogue-tick';
import { endOf } from '../dialogues/dialogue.types';
import type { DialogueFact } from './digest.ports';
import type { DigestPeriod } from './digest-period';
import type { DialogueSummary, NextStep } from './digest.types';

export const MAX_NEXT_STEPS = 5;
const MAX_NEXT_STEP_LENGTH = 200;

export function dialogueSummary(facts: readonly DialogueFact[], names: ReadonlyMap<string, string>, period: DigestPeriod, now: Date): DialogueSummary {
  const from = period.bounds[0];
  const [weekStart, weekEnd] = period.bounds.slice(-2);
  const summary: DialogueSummary = { planned: 0, held: 0, overdueFollowUps: 0, nextSteps: [] };
  const steps: (NextStep & { at: number })[] = [];
  for (const d of facts) {
    if (d.status !== 'planned') continue;
    if (d.startsAt > now) summary.planned += 1;
    if (d.held && d.startsAt >= from && d.startsAt < weekEnd) summary.held += 1;
    if (!d.followUpAt && endOf(d).getTime() + FOLLOW_UP_REASK_MS <= now.getTime()) summary.overdueFollowUps += 1;
    const text = d.nextStep?.trim();
    if (text && d.followUpAt && d.followUpAt >= weekStart && d.followUpAt < weekEnd) {
      const cut = text.length > MAX_NEXT_STEP_LENGTH ? `${text.slice(0, MAX_NEXT_STEP_LENGTH - 1)}…` : text;
      steps.push({ partnershipName: names.get(d.partnershipId) ?? '', text: cut, at: d.followUpAt.getTime() });
    }
  }
  summary.nextSteps = steps
    .sort((a, b) => a.partnershipName.localeCompare(b.partnershipName) || a.at - b.at)
    .slice(0, MAX_NEXT_STEPS)
    .map(({ partnershipName, text }) => ({ partnershipName, text }));
  return summary;
}
