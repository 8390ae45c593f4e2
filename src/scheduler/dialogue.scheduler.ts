/**
 * The dialogue tables' node-cron task: every minute DialogueService.tick() sends what is due (reminders the day
 * before, follow-up questions after the end, re-asks after 3 days). Like the rhythm's task, every instance runs
 * its own; each notice is claimed by a unique key in the database, so it goes out once across instances.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { DialogueTickReport } from '../domain/dialogues/dialogue-tick';
import type { Logger } from '../shared/logger';

export interface DialogueTicker { tick(now?: Date): Promise<DialogueTickReport> }

export interface DialogueSchedulerHandle { runNow(): Promise<DialogueTickReport | undefined>; stop(): Promise<void> }

export function startDialogueScheduler(dialogues: DialogueTicker, log: Logger, options: { pattern?: string; runAtStart?: boolean } = {}): DialogueSchedulerHandle {
  let running: Promise<DialogueTickReport | undefined> | undefined;
  let stopped = false;
  const run = (trigger: string): Promise<DialogueTickReport | undefined> => {
    if (stopped || running) return Promise.resolve(undefined);
    running = dialogues
      .tick()
      .then((report) => {
        if (Object.values(report).some((n) => n > 0)) log.info({ trigger, ...report }, 'dialogue tick');
        return report;
      })
      .catch((error: unknown) => {
        // Tried again next minute; never takes the process down.
        log.error({ trigger, err: String(error) }, 'dialogue tick failed');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task: ScheduledTask = cron.schedule(options.pattern ?? '* * * * *', () => run('cron'), { name: 'oogst-dialogues', timezone: 'Europe/Amsterdam', noOverlap: true });
  if (options.runAtStart ?? true) setImmediate(() => void run('start'));
  return {
    runNow: () => run('manual'),
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
