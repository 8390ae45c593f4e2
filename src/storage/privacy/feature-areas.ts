/**
 * Personal-data areas of the features built beside the core: Partners in beeld (the three circles), the
 * regional lead's digest subscriptions and the dialogue tables. What a person proposed, voted for, started, owns or was invited to is theirs to see in
 * "mijn gegevens". (Their erasure: ON DELETE rules on Person, plus the scrubbers in erasure.ts.)
 */
import type { ExportRecord, PersonalDataRegistry } from '../../domain/privacy/personal-data.registry';
import type { Db } from '../database';

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

export function registerFeatureAreas(registry: PersonalDataRegistry, db: Db): void {
  registry.register({
    name: 'circles',
    models: ['CircleExercise', 'CircleActor', 'CircleVote'],
    async collect(personId) {
      const [started, proposed, votes] = await Promise.all([
        db.circleExercise.findMany({ where: { OR: [{ startedById: personId }, { closedById: personId }] }, orderBy: { startedAt: 'asc' } }),
        db.circleActor.findMany({ where: { proposedById: personId }, orderBy: { createdAt: 'asc' } }),
        db.circleVote.findMany({ where: { personId }, include: { actor: { select: { name: true, organisation: true } } }, orderBy: { createdAt: 'asc' } }),
      ]);
      return [
        ...started.map((e): ExportRecord => ({ kind: e.startedById === personId ? 'startedExercise' : 'closedExercise', exerciseId: e.id, at: iso(e.startedById === personId ? e.startedAt : e.closedAt) })),
        ...proposed.map((a): ExportRecord => ({
          kind: 'proposedActor', exerciseId: a.exerciseId, name: a.name, organisation: a.organisation, role: a.role,
          whatText: a.whatText, howText: a.howText, createdAt: iso(a.createdAt),
        })),
        ...votes.map((v): ExportRecord => ({ kind: 'vote', actor: v.actor.name, organisation: v.actor.organisation, createdAt: iso(v.createdAt) })),
      ];
    },
  });
  registry.register({
    name: 'digestSubscriptions',
    models: ['DigestSubscription'],
    async collect(personId) {
      const rows = await db.digestSubscription.findMany({ where: { personId }, include: { region: { select: { name: true } } }, orderBy: { createdAt: 'asc' } });
      return rows.map((r): ExportRecord => ({
        region: r.region.name, platform: r.platform, kind: r.kind, locale: r.locale, weekday: r.weekday, time: r.time,
        active: r.active, activeSince: iso(r.activeSince), createdAt: iso(r.createdAt),
      }));
    },
  });
  registry.register({
    name: 'dialogues',
    models: ['Dialogue', 'DialogueParticipant'],
    async collect(personId) {
      const [owned, invited] = await Promise.all([
        db.dialogue.findMany({ where: { OR: [{ ownerId: personId }, { createdById: personId }] }, orderBy: { startsAt: 'asc' } }),
        db.dialogueParticipant.findMany({ where: { personId }, include: { dialogue: { select: { title: true, startsAt: true } } }, orderBy: { createdAt: 'asc' } }),
      ]);
      return [
        ...owned.map((d): ExportRecord => ({
          kind: d.ownerId === personId ? 'owner' : 'planner', dialogueId: d.id, title: d.title, format: d.format, startsAt: iso(d.startsAt),
          location: d.location, status: d.status, outcome: d.outcome, agreements: d.agreements, nextStep: d.nextStep,
        })),
        ...invited.map((p): ExportRecord => ({ kind: 'participant', dialogueId: p.dialogueId, title: p.dialogue.title, startsAt: iso(p.dialogue.startsAt) })),
      ];
    },
  });
}
