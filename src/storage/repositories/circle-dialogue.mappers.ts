/**
 * Rows of the three circles and the dialogue tables -> domain records. Option codes and states are checked
 * here (unknown codes are dropped, unknown states rejected), so a hand-edited row cannot reach the domain.
 */
import { z } from 'zod';
import { isHowCode, isWhatCode, type HowCode, type WhatCode } from '../../domain/circles/circle-options.data';
import type { CircleActorRecord, CircleExerciseRecord } from '../../domain/circles/circle.types';
import type { DialogueNoticeRecord, DialogueRecord } from '../../domain/dialogues/dialogue.types';
import type { CircleActor, CircleExercise, Dialogue, DialogueNotice, DialogueParticipant, Person } from '../generated/sqlite/client';

const codes = (text: string) => text.split(',').filter((c) => c !== '');
const whatCodes = (text: string): WhatCode[] => codes(text).filter(isWhatCode);
const howCodes = (text: string): HowCode[] => codes(text).filter(isHowCode);
const personView = (p: Pick<Person, 'id' | 'displayName' | 'email'>) => ({ id: p.id, displayName: p.displayName, email: p.email });
const actorsSchema = z.array(z.string()).catch([]);

export const toExercise = (row: CircleExercise): CircleExerciseRecord => ({
  id: row.id, partnershipId: row.partnershipId, status: z.enum(['open', 'closed']).parse(row.status),
  startedById: row.startedById, startedAt: row.startedAt, closedAt: row.closedAt,
});

export const toActor = (row: CircleActor & { votes: { personId: string }[] }): CircleActorRecord => ({
  id: row.id, exerciseId: row.exerciseId, name: row.name, organisation: row.organisation, role: row.role,
  proposedById: row.proposedById, challenging: row.challenging, voterIds: row.votes.map((v) => v.personId), createdAt: row.createdAt,
  whatCodes: whatCodes(row.whatCodes), whatText: row.whatText, howCodes: howCodes(row.howCodes), howText: row.howText,
});

export type DialogueRow = Dialogue & {
  owner: Pick<Person, 'id' | 'displayName' | 'email'> | null;
  participants: (DialogueParticipant & { person: Pick<Person, 'id' | 'displayName' | 'email'> | null })[];
};

/** What a dialogue query includes, so every read maps the same way. */
export const DIALOGUE_INCLUDE = {
  owner: { select: { id: true, displayName: true, email: true } },
  participants: { include: { person: { select: { id: true, displayName: true, email: true } } }, orderBy: { createdAt: 'asc' as const } },
};

/** Chat members by name first, then guests by address: one stable order on both databases. */
const byInvitee = (a: DialogueRecord['participants'][number], b: DialogueRecord['participants'][number]) =>
  Number(!a.person) - Number(!b.person) || (a.person?.displayName ?? a.email ?? '').localeCompare(b.person?.displayName ?? b.email ?? '');

export function toDialogue(row: DialogueRow): DialogueRecord {
  const format = isHowCode(row.format) ? row.format : 'dialoogtafel';
  let actors: string[] = [];
  try {
    actors = actorsSchema.parse(JSON.parse(row.actors));
  } catch {
    actors = [];
  }
  return {
    id: row.id, partnershipId: row.partnershipId, number: row.number, exerciseId: row.exerciseId, bindingId: row.bindingId,
    title: row.title, actors, goalCodes: whatCodes(row.goalCodes), goalText: row.goalText, format,
    startsAt: row.startsAt, durationMinutes: row.durationMinutes, timeZone: row.timeZone, location: row.location,
    owner: row.owner ? personView(row.owner) : null, createdById: row.createdById,
    status: z.enum(['planned', 'cancelled']).parse(row.status), sequence: row.sequence,
    participants: row.participants.map((p) => ({ person: p.person ? personView(p.person) : null, email: p.email })).sort(byInvitee),
    followUp: row.followUpAt && row.held !== null
      ? { held: row.held, outcome: row.outcome, agreements: row.agreements, nextStep: row.nextStep, at: row.followUpAt }
      : null,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

export const toNotice = (row: DialogueNotice): DialogueNoticeRecord => ({
  id: row.id, dialogueId: row.dialogueId, kind: z.enum(['reminder', 'followUp']).parse(row.kind), round: row.round, bindingId: row.bindingId,
  state: z.enum(['planned', 'posting', 'posted', 'failed']).parse(row.state), messageId: row.messageId, attempts: row.attempts, updatedAt: row.updatedAt,
});
