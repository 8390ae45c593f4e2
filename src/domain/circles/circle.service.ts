/**
 * Partners in beeld, the use cases: coordinators start and close the exercise and mark the 2-3 most challenging
 * partners; members propose partners, choose their top 5 and fill in what/why and how. Everything can change
 * until the exercise is closed. Every change is checked completely before anything is written.
 */
import { DomainError } from '../errors';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import type { PartnershipRecord, PersonRecord } from '../model/records';
import type { Clock, Repositories } from '../ports';
import { normalizeKey } from '../text/normalize';
import { checkChallenging, checkDetail, checkProposal, checkVote, type FieldErrors } from './circle-input.rules';
import { CIRCLE_LIMITS } from './circle-options.data';
import { countVoters, innerCircle, rankActors } from './circle-ranking';
import type { CircleExerciseRecord, ExerciseState } from './circle.types';

export type CircleOutcome = { kind: 'saved'; state: ExerciseState; message: string } | { kind: 'invalid'; fieldErrors: FieldErrors };
type Values = Record<string, unknown>;

export class CircleService {
  constructor(private readonly repos: Repositories, private readonly clock: Clock) {}

  /** "cirkels": the open exercise (anyone), or a new one (coordinators only). */
  async startOrShow(actor: PersonRecord, partnership: PartnershipRecord): Promise<{ state: ExerciseState; started: boolean }> {
    const open = await this.repos.circles.findOpen(partnership.id);
    if (open) return { state: await this.stateOf(open), started: false };
    if ((await this.repos.partnerships.roleOf(actor.id, partnership.id)) !== 'coordinator') {
      const latest = await this.repos.circles.latest(partnership.id);
      throw new DomainError('CIRCLES.NONE_OPEN', { latestId: latest?.id });
    }
    const { exercise, created } = await this.repos.circles.start(partnership.id, actor.id, this.clock.now());
    return { state: await this.stateOf(exercise), started: created };
  }

  /** The current state of an exercise, for a member of its partnership. */
  async state(actor: PersonRecord, exerciseId: string): Promise<ExerciseState> {
    return this.stateOf(await this.memberExercise(actor, exerciseId));
  }

  /** For a signed link (the picture): the link itself is the permission, so no person is checked here. */
  async stateById(exerciseId: string): Promise<ExerciseState | null> {
    const exercise = await this.repos.circles.findById(exerciseId);
    return exercise ? this.stateOf(exercise) : null;
  }

  async propose(actor: PersonRecord, exerciseId: string, values: Values, locale: Locale): Promise<CircleOutcome> {
    const exercise = await this.openExercise(actor, exerciseId);
    const checked = checkProposal(values, locale);
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    const existing = await this.repos.circles.actors(exercise.id);
    if (existing.length >= CIRCLE_LIMITS.maxCandidates) return { kind: 'invalid', fieldErrors: { name: t(locale, 'circles.invalid.full', { max: CIRCLE_LIMITS.maxCandidates }) } };
    const added = await this.repos.circles.addActor(exercise.id, { ...checked.value, nameKey: actorKey(checked.value) }, actor.id);
    if (!added) return { kind: 'invalid', fieldErrors: { name: t(locale, 'circles.invalid.duplicate', checked.value) } };
    return this.saved(exercise, t(locale, 'circles.saved.proposed', { name: added.name }));
  }

  /** Whoever proposed an actor, or a coordinator, may correct its name, organisation and role. */
  async editActor(actor: PersonRecord, exerciseId: string, actorId: string, values: Values, locale: Locale): Promise<CircleOutcome> {
    const exercise = await this.openExercise(actor, exerciseId);
    const target = (await this.repos.circles.actors(exercise.id)).find((a) => a.id === actorId);
    if (!target) return { kind: 'invalid', fieldErrors: { name: t(locale, 'circles.invalid.unknownActor') } };
    if (target.proposedById !== actor.id && !(await this.isCoordinator(actor, exercise))) throw new DomainError('CIRCLES.NOT_PROPOSER', { name: target.name });
    const checked = checkProposal(values, locale);
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    if (!(await this.repos.circles.updateActor(actorId, { ...checked.value, nameKey: actorKey(checked.value) }))) {
      return { kind: 'invalid', fieldErrors: { name: t(locale, 'circles.invalid.duplicate', checked.value) } };
    }
    return this.saved(exercise, t(locale, 'circles.saved.updated', { name: checked.value.name }));
  }

  async vote(actor: PersonRecord, exerciseId: string, values: Values, locale: Locale): Promise<CircleOutcome> {
    const exercise = await this.openExercise(actor, exerciseId);
    const actors = await this.repos.circles.actors(exercise.id);
    const checked = checkVote(values, new Set(actors.map((a) => a.id)), locale);
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    await this.repos.circles.replaceVotes(exercise.id, actor.id, checked.value);
    return this.saved(exercise, t(locale, 'circles.saved.vote'));
  }

  async markChallenging(actor: PersonRecord, exerciseId: string, values: Values, locale: Locale): Promise<CircleOutcome> {
    const exercise = await this.openExercise(actor, exerciseId);
    await this.requireCoordinator(actor, exercise);
    const ranked = rankActors(await this.repos.circles.actors(exercise.id));
    // Judged against the top 5 without earlier marks, so a coordinator can swap a marked actor for another.
    const inner = new Set(rankActors(ranked.map((a) => ({ ...a, challenging: false }))).filter((a) => a.inner).map((a) => a.id));
    for (const a of ranked.filter((r) => r.challenging)) inner.add(a.id);
    const checked = checkChallenging(values, inner, new Map(ranked.map((a) => [a.id, a.name])), locale);
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    await this.repos.circles.setChallenging(exercise.id, checked.value);
    return this.saved(exercise, t(locale, 'circles.saved.challenging'));
  }

  async setDetail(actor: PersonRecord, exerciseId: string, actorId: string, values: Values, locale: Locale): Promise<CircleOutcome> {
    const exercise = await this.openExercise(actor, exerciseId);
    const target = (await this.repos.circles.actors(exercise.id)).find((a) => a.id === actorId);
    if (!target) return { kind: 'invalid', fieldErrors: { what: t(locale, 'circles.invalid.unknownActor') } };
    if (!target.challenging) return { kind: 'invalid', fieldErrors: { what: t(locale, 'circles.invalid.notChallenging') } };
    const checked = checkDetail(values, locale);
    if (!checked.ok) return { kind: 'invalid', fieldErrors: checked.fieldErrors };
    await this.repos.circles.setDetail(actorId, checked.value);
    return this.saved(exercise, t(locale, 'circles.saved.detail', { name: target.name }));
  }

  /** Coordinators close once 2-3 partners are marked; a second close (double click) changes nothing. */
  async close(actor: PersonRecord, exerciseId: string): Promise<ExerciseState> {
    const exercise = await this.memberExercise(actor, exerciseId);
    await this.requireCoordinator(actor, exercise);
    if (exercise.status === 'closed') return this.stateOf(exercise);
    const state = await this.stateOf(exercise);
    if (innerCircle(state.actors).filter((a) => a.challenging).length < CIRCLE_LIMITS.minChallenging) throw new DomainError('CIRCLES.NEEDS_CHALLENGING');
    await this.repos.circles.close(exercise.id, actor.id, this.clock.now());
    return this.stateOf(await this.mustFind(exercise.id));
  }

  async isCoordinator(actor: PersonRecord, exercise: Pick<CircleExerciseRecord, 'partnershipId'>): Promise<boolean> {
    return (await this.repos.partnerships.roleOf(actor.id, exercise.partnershipId)) === 'coordinator';
  }

  private async saved(exercise: CircleExerciseRecord, message: string): Promise<CircleOutcome> {
    return { kind: 'saved', state: await this.stateOf(exercise), message };
  }

  private async stateOf(exercise: CircleExerciseRecord): Promise<ExerciseState> {
    const [actors, partnership] = await Promise.all([this.repos.circles.actors(exercise.id), this.repos.partnerships.findById(exercise.partnershipId)]);
    return { exercise, partnershipName: partnership?.name ?? '', actors: rankActors(actors), voterCount: countVoters(actors) };
  }

  private async mustFind(exerciseId: string): Promise<CircleExerciseRecord> {
    const exercise = await this.repos.circles.findById(exerciseId);
    if (!exercise) throw new DomainError('CIRCLES.NOT_FOUND');
    return exercise;
  }

  private async memberExercise(actor: PersonRecord, exerciseId: string): Promise<CircleExerciseRecord> {
    const exercise = await this.mustFind(exerciseId);
    if (!(await this.repos.partnerships.roleOf(actor.id, exercise.partnershipId))) throw new DomainError('ACCESS.NOT_MEMBER');
    return exercise;
  }

  private async openExercise(actor: PersonRecord, exerciseId: string): Promise<CircleExerciseRecord> {
    const exercise = await this.memberExercise(actor, exerciseId);
    if (exercise.status !== 'open') throw new DomainError('CIRCLES.CLOSED');
    return exercise;
  }

  private async requireCoordinator(actor: PersonRecord, exercise: CircleExerciseRecord): Promise<void> {
    if (await this.isCoordinator(actor, exercise)) return;
    const coordinators = await this.repos.partnerships.coordinators(exercise.partnershipId);
    throw new DomainError('PARTNERSHIP.NOT_COORDINATOR', { coordinators: coordinators.map((c) => c.displayName) });
  }
}

/** Same person, written differently ("Gemeente  zwolle" / "gemeente Zwolle"): one key. */
export const actorKey = (fields: { name: string; organisation: string }): string => `${normalizeKey(fields.name)}|${normalizeKey(fields.organisation)}`;
