/** Every background job of the app, started after the platforms (their gateways do the sending) and stopped together. */
import type { Services } from '../domain/services';
import type { Logger } from '../shared/logger';
import { startDialogueScheduler } from './dialogue.scheduler';
import { startRetentionScheduler } from './retention.scheduler';
import { startRhythmScheduler } from './rhythm.scheduler';

export interface Schedulers {
  /** Tells a tick in progress to start nothing new (called first thing at shutdown; stop() then waits for it). */
  requestStop(): void;
  stop(): Promise<void>;
}

export function startSchedulers(services: Services, log: Logger): Schedulers {
  const jobs = [
    startRhythmScheduler(services.rhythm, log.child({ area: 'scheduler' }), { extraTickers: [{ name: 'digest', tick: (now) => services.digest.tick(now) }] }),
    startRetentionScheduler(services.retention, log.child({ area: 'retention' })),
    startDialogueScheduler(services.dialogues, log.child({ area: 'dialogues' })),
  ];
  return {
    requestStop: () => services.rhythm.requestStop(),
    async stop() {
      // A tick in the middle of a fan-out stops starting new posts; then each job waits for its run to end.
      services.rhythm.requestStop();
      await Promise.all(jobs.map((job) => job.stop()));
    },
  };
}
