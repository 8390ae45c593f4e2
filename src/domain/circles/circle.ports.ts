/** Storage of the three-circle exercise; implemented in src/storage/repositories/circle.repository.ts. */
import type { ActorDetail, ActorFields, CircleActorRecord, CircleExerciseRecord } from './circle.types';

export interface CircleRepository {
  findById(id: string): Promise<CircleExerciseRecord | null>;
  findOpen(partnershipId: string): Promise<CircleExerciseRecord | null>;
  /** The most recently started exercise, open or closed. */
  latest(partnershipId: string): Promise<CircleExerciseRecord | null>;
  /** Starts one unless one is open already (a unique key decides under a double click): that one is returned. */
  start(partnershipId: string, personId: string, at: Date): Promise<{ exercise: CircleExerciseRecord; created: boolean }>;
  /** open -> closed once; false when it was closed already. */
  close(exerciseId: string, personId: string, at: Date): Promise<boolean>;
  actors(exerciseId: string): Promise<CircleActorRecord[]>;
  /** null when an actor with the same name key exists in this exercise. */
  addActor(exerciseId: string, fields: ActorFields & { nameKey: string }, proposedById: string): Promise<CircleActorRecord | null>;
  /** false when the new name key clashes with another actor of the exercise. */
  updateActor(actorId: string, fields: ActorFields & { nameKey: string }): Promise<boolean>;
  /** Replaces this person's votes in the exercise by votes for exactly these actors (one transaction). */
  replaceVotes(exerciseId: string, personId: string, actorIds: string[]): Promise<void>;
  /** Exactly these actors are challenging afterwards (one transaction). */
  setChallenging(exerciseId: string, actorIds: string[]): Promise<void>;
  setDetail(actorId: string, detail: ActorDetail): Promise<void>;
}
