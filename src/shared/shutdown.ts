/**
 * Shutdown in order, each step with a time budget. A step that overruns (a card update waiting out a platform's
 * Retry-After, a tick still posting) is logged and left behind: an orchestrator's SIGKILL after its grace
 * period would lose more, and everything left is re-derivable (cards are re-rendered on the next answer, the
 * outbox re-claims unsent posts after its lease).
 */
import type { Logger } from './logger';
import { within } from './within';

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown> | undefined;
  budgetMs: number;
}

export async function shutDownInOrder(steps: readonly ShutdownStep[], log: Logger): Promise<void> {
  for (const step of steps) {
    const started = Date.now();
    try {
      const outcome = await within(Promise.resolve(step.run()).then(() => 'done' as const), step.budgetMs, 'overrun' as const);
      if (outcome === 'overrun') log.warn({ step: step.name, budgetMs: step.budgetMs }, 'shutdown: step took too long, going on without it');
      else log.debug({ step: step.name, ms: Date.now() - started }, 'shutdown: step done');
    } catch (error) {
      log.warn({ step: step.name, err: String(error) }, 'shutdown: step failed, going on');
    }
  }
}
