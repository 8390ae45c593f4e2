/**
 * The group's ranking: most votes first, ties by who was proposed first (stable, so the card does not jump). The
 * inner circle is the top 5; actors marked most challenging always stay in it, because the middle and outer circle
 * are filled in for them and a later vote must not make that work disappear from the picture.
 */
import { CIRCLE_LIMITS } from './circle-options.data';
import type { CircleActorRecord, RankedActor } from './circle.types';

export function rankActors(actors: readonly CircleActorRecord[]): RankedActor[] {
  const sorted = [...actors].sort(
    (a, b) => b.voterIds.length - a.voterIds.length || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const pinned = sorted.filter((a) => a.challenging).length;
  const room = Math.max(0, CIRCLE_LIMITS.innerCircle - pinned);
  const topOthers = new Set(sorted.filter((a) => !a.challenging).slice(0, room).map((a) => a.id));
  return sorted.map((a, i) => ({ ...a, rank: i + 1, votes: a.voterIds.length, inner: a.challenging || topOthers.has(a.id) }));
}

export function innerCircle(ranked: readonly RankedActor[]): RankedActor[] {
  return ranked.filter((a) => a.inner);
}

export function countVoters(actors: readonly CircleActorRecord[]): number {
  return new Set(actors.flatMap((a) => a.voterIds)).size;
}
