/** A hand-made exercise state (no database) for the card and picture tests. */
import type { ExerciseState, RankedActor } from '../../src/domain/circles/circle.types';

const actor = (n: number, extra: Partial<RankedActor> = {}): RankedActor => ({
  id: `00000000-0000-4000-8000-00000000000${n}`, exerciseId: 'e', name: `Partner ${n}`, organisation: `Organisatie ${n}`, role: n % 2 ? 'bestuurder' : null,
  proposedById: null, challenging: false, voterIds: [], createdAt: new Date(2027, 0, n), whatCodes: [], whatText: null, howCodes: [], howText: null,
  rank: n, votes: 6 - n, inner: n <= 5, ...extra,
});

export function sampleState(status: 'open' | 'closed' = 'closed'): ExerciseState {
  return {
    exercise: { id: '11111111-2222-4333-8444-555555555555', partnershipId: 'p', status, startedById: null, startedAt: new Date('2027-02-01T08:00:00Z'), closedAt: status === 'closed' ? new Date('2027-02-10T15:00:00Z') : null },
    partnershipName: 'Stad & Streek <Opleidt>',
    voterCount: 4,
    actors: [
      actor(1, { name: 'Wethouder & Onderwijs', challenging: true, whatCodes: ['capaciteit', 'financien'], whatText: 'Twaalf plekken', howCodes: ['dialoogtafel'] }),
      actor(2),
      actor(3, { challenging: true, whatCodes: ['draagvlak'], howCodes: ['pilot', 'bilateraal'], howText: 'Start in mei' }),
      actor(4),
      actor(5),
      actor(6, { inner: false, votes: 0 }),
    ],
  };
}
