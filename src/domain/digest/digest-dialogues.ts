/**
 * The dialogue tables in the digest, read through the dialogue tables' own repository and rules (issue 6):
 * planned and still to come, held in the trend weeks, follow-ups overdue (isOverdue: three days after the end),
 * and the next steps recorded during the reported week. Counts of meetings, not of answering people, so the
 * privacy threshold does not apply; a next step is a coordinator's note, shown without any name.
 */
import { isOverdue } from '../dialogues/dialogue.service';
import type { DialogueRepository } from '../dialogues/dialogue.ports';
import type { DialogueSummary, NextStep } from './digest.types';
import type { DigestPeriod } from './digest-period';

export const MAX_NEXT_STEPS = 5;
const MAX_NEXT_STEP_LENGTH = 200;

export async function dialogueSummary(
  dialogues: Pick<DialogueRepository, 'list'>,
  partnerships: readonly { id: string; name: string }[],
  period: DigestPeriod,
  now: Date,
): Promise<DialogueSummary> {
  const summary: DialogueSummary = { planned: 0, held: 0, overdueFollowUps: 0, nextSteps: [] };
  const from = period.bounds[0];
  const weekStart = period.bounds[period.bounds.length - 2];
  const weekEnd = period.bounds[period.bounds.length - 1];
  const steps: (NextStep & { at: number })[] = [];
  // One query per partnership, in parallel (PostgreSQL's pool); their own repository keeps their rules in one place.
  const lists = await Promise.all(partnerships.map(async (partnership) => ({ partnership, list: await dialogues.list(partnership.id) })));
  for (const { partnership, list } of lists) {
    for (const d of list) {
      if (d.status !== 'planned') continue;
      if (d.startsAt > now) summary.planned += 1;
      if (d.followUp?.held && d.startsAt >= from && d.startsAt < weekEnd) summary.held += 1;
      if (isOverdue(d, now)) summary.overdueFollowUps += 1;
      const text = d.followUp?.nextStep?.trim();
      if (text && d.followUp && d.followUp.at >= weekStart && d.followUp.at < weekEnd) {
        steps.push({ partnershipName: partnership.name, text: text.length > MAX_NEXT_STEP_LENGTH ? `${text.slice(0, MAX_NEXT_STEP_LENGTH - 1)}…` : text, at: d.followUp.at.getTime() });
      }
    }
  }
  summary.nextSteps = steps.sort((a, b) => a.partnershipName.localeCompare(b.partnershipName) || a.at - b.at).slice(0, MAX_NEXT_STEPS).map(({ partnershipName, text }) => ({ partnershipName, text }));
  return summary;
}
