/**
 * The dialogue tables' node-cron task: every minute DialogueService.tick() sends what is due (reminders the day
 * before, follow-up questions after the end, re-asks after 3 days). Like the rhythm's task, every instance runs
 * its own; each notice is claimed by a unique key in the database, so it goes out once across instances.
 */
import type { DialogueTickReport } from '../domain/dialogues/dialogue-tick';
import type { Logger } from '../shared/logger';
import { CronJobHandle, startCronJob } from './cron-job';

export interface DialogueTicker { tick(now?: Date): Promise<DialogueTickReport> }

export type DialogueSchedulerHandle = CronJobHandle<DialogueTickReport>;

export function startDialogueScheduler(dialogues: DialogueTicker, log: Logger, options: { pattern?: string; runAtStart?: boolean } = {}): DialogueSchedulerHandle {
  return startCronJob(
    {
      name: 'oogst-dialogues',
      pattern: options.pattern ?? '* * * * *',
      runAtStart: options.runAtStart ?? true,
      work: () => dialogues.tick(),
      onDone: (report, trigger) => {
        if (Object.values(report).some((n) => n > 0)) log.info({ trigger, ...report }, 'dialogue tick');
      },
      failureMessage: 'dialogue tick failed', // tried again next minute
    },
    log,
  );
}
