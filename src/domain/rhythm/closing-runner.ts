/**
 * Tick step (d): prompts whose window has ended are closed once (conditional update), their cards re-rendered
 * as closed, and a closing summary goes out once per channel as a thread reply, through its own outbox
 * (SummaryPost) so a crash after closing still posts it on the next tick.
 */
import { isGatewayError } from '../errors';
import { ClosingSummary, summarize } from './closing-summary';
import { deliverOnce } from './outbox-lease';
import { emptyReport, RhythmDeps, TickReport } from './rhythm-deps';
import type { SummaryPostRecord } from './rhythm.ports';

export class ClosingRunner {
  constructor(private readonly deps: RhythmDeps) {}

  async run(now: Date, report: TickReport = emptyReport()): Promise<TickReport> {
    const { repos, prompts, log } = this.deps;
    for (const prompt of await repos.rhythm.promptsToClose(now)) {
      if (this.deps.stop.requested) return report; // the next tick (here or elsewhere) closes the rest
      try {
        // Plan the summaries before closing: once closed, nothing else would notice they are missing.
        const posted = (await repos.prompts.posts(prompt.id)).filter((p) => p.state === 'posted' && p.messageId);
        await repos.rhythm.planSummaries(prompt.id, posted.map((p) => p.bindingId));
        if (!(await repos.rhythm.closeIfOpen(prompt.id, now))) continue;
        report.closed += 1;
        log.info({ promptId: prompt.id, partnershipId: prompt.partnershipId }, 'prompt closed');
        await prompts.refresh(prompt.id);
      } catch (error) {
        log.error({ promptId: prompt.id, err: String(error) }, 'closing a prompt failed');
      }
    }
    await this.postSummaries(now, report);
    return report;
  }

  private async postSummaries(now: Date, report: TickReport): Promise<void> {
    const summaries = new Map<string, ClosingSummary>();
    for (const row of await this.deps.repos.rhythm.pendingSummaries(now)) {
      if (this.deps.stop.requested) return;
      try {
        await this.postSummary(row, summaries, report);
      } catch (error) {
        this.deps.log.error({ summaryPostId: row.id, err: String(error) }, 'closing summary failed');
      }
    }
  }

  private async postSummary(row: SummaryPostRecord, summaries: Map<string, ClosingSummary>, report: TickReport): Promise<void> {
    const { repos, prompts, clock, log, options } = this.deps;
    const outbox = repos.rhythm.summaryOutbox;
    const binding = await repos.bindings.findById(row.bindingId);
    const parent = (await repos.prompts.posts(row.promptId)).find((p) => p.bindingId === row.bindingId)?.messageId;
    if (!binding?.active || !parent) return outbox.fail(row.id, 'channel inactive');
    const gateway = prompts.gatewayFor(binding.platform);
    if (!gateway) return; // that platform is not configured in this process: leave it planned
    if (!gateway.postSummary) return outbox.fail(row.id, 'unsupported by the platform gateway');
    const summary = summaries.get(row.promptId) ?? summarize(await prompts.mustFind(row.promptId), await repos.rhythm.answers(row.promptId));
    summaries.set(row.promptId, summary);
    const outcome = await deliverOnce(outbox, row.id, { clock, log, leaseMs: options.leaseMs }, () => gateway.postSummary!(binding, parent, summary));
    if (outcome.kind === 'sent') report.summaries += 1;
    if (outcome.kind !== 'failed') return;
    log.warn({ summaryPostId: row.id, bindingId: binding.id, err: String(outcome.error) }, 'closing summary not posted');
    if (isGatewayError(outcome.error) && outcome.error.kind === 'gone') {
      await repos.bindings.deactivate(binding.id);
      return outbox.fail(row.id, 'channel gone');
    }
    await outbox.release(row.id, outcome.token, clock.now(), 'retryable'); // the next tick tries again
  }
}
