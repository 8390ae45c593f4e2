/** Records of the three-circle exercise ("Partners in beeld") as the domain sees them. */
import type { HowCode, WhatCode } from './circle-options.data';

export type ExerciseStatus = 'open' | 'closed';

export interface CircleExerciseRecord {
  id: string;
  partnershipId: string;
  status: ExerciseStatus;
  startedById: string | null;
  startedAt: Date;
  closedAt: Date | null;
}

export interface ActorFields { name: string; organisation: string; role: string | null }

export interface ActorDetail { whatCodes: WhatCode[]; whatText: string | null; howCodes: HowCode[]; howText: string | null }

export interface CircleActorRecord extends ActorFields, ActorDetail {
  id: string;
  exerciseId: string;
  proposedById: string | null;
  challenging: boolean;
  /** Who voted for this actor (person ids); the count ranks the actors. */
  voterIds: string[];
  createdAt: Date;
}

/** An actor with its place in the ranking. */
export interface RankedActor extends CircleActorRecord {
  rank: number;
  votes: number;
  /** In the inner circle (Wie?): the top 5, with the challenging ones always kept in. */
  inner: boolean;
}

export interface ExerciseState {
  exercise: CircleExerciseRecord;
  partnershipName: string;
  actors: RankedActor[];
  /** How many different members voted so far. */
  voterCount: number;
}

export type ProposalInput = ActorFields;
