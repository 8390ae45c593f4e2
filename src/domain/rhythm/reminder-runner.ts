/**
 * Tick step (c): reminderHours before a prompt closes, one direct message to each member who has not answered
 * and has reminders on. The reminder is recorded (unique per prompt and person) before it is sent, so it goes
 * out at most once even with several instances; a crash right after recording loses that one reminder, which
 * beats sending it twice.
 */
import { focusPointByCode } from '../catalogue/focus-point.lookup';
import { formatDate, t } from '../i18n';
import type { BindingRecord, PromptRecord } from '../model/records';
import type { PromptGateway } from '../ports';
import { emptyReport, RhythmDeps, TickReport } from './rhythm-deps';
import type { PlatformIdentityRecord, ReminderCandidate } from './rhythm.ports';

const HOUR_MS = 3_600_000;

interface Channel { binding: BindingRecord; messageId: string; gateway?: PromptGateway }
interface Route { gateway: PromptGateway & Required<Pick<PromptGateway, 'remind'>>; identity: PlatformIdentityRecord; channel: Channel }

export class ReminderRunner {
  constructor(private readonly deps: RhythmDeps) {}

  async run(now: Date, report: TickReport = emptyReport()): Promise<TickReport> {
    for (const { prompt, reminderHours } of await this.deps.repos.rhythm.promptsAwaitingReminders(now)) {
      if (this.deps.stop.requested) break;
      try {
        await this.remind(prompt, reminderHours, now, report);
      } catch (error) {
        this.deps.log.error({ promptId: prompt.id, err: String(error) }, 'reminders failed for a prompt');
      }
    }
    return report;
  }

  private async remind(prompt: PromptRecord, reminderHours: number, now: Date, report: TickReport): Promise<void> {
    const { repos, log } = this.deps;
    const remindAt = prompt.closesAt.getTime() - reminderHours * HOUR_MS;
    if (now.getTime() < remindAt) return;
    // A window shorter than the offset has no sensible moment for a reminder.
    if (remindAt <= prompt.opensAt.getTime()) return repos.rhythm.markRemindersDone(prompt.id, now);
    const channels = await this.postedChannels(prompt);
    if (channels.length === 0) return; // not posted yet (or nowhere any more): nothing to point people at
    // No gateway here can send reminders (yet): wait rather than use up everyone's one reminder as "unreachable".
    if (!channels.some((c) => c.gateway?.remind)) return;
    for (const candidate of await repos.rhythm.reminderCandidates(prompt.id, prompt.partnershipId)) {
      // Stopping: the prompt is not marked done, so the next tick reminds whoever is left.
      if (this.deps.stop.requested) return;
      if (!(await repos.rhythm.claimReminder(prompt.id, candidate.person.id))) continue;
      const route = this.routeFor(candidate, channels);
      if (!route) {
        await repos.rhythm.finishReminder(prompt.id, candidate.person.id, { error: 'unreachable' });
        continue;
      }
      const locale = candidate.person.locale;
      const focus = focusPointByCode(prompt.focusCode)?.label[locale] ?? prompt.focusCode;
      const text = t(locale, 'prompt.reminder', { focus, date: formatDate(locale, prompt.closesAt) });
      try {
        await route.gateway.remind(route.identity, prompt, { locale, binding: route.channel.binding, messageId: route.channel.messageId, text });
        await repos.rhythm.finishReminder(prompt.id, candidate.person.id, { sentAt: this.deps.clock.now() });
        report.reminders += 1;
      } catch (error) {
        await repos.rhythm.finishReminder(prompt.id, candidate.person.id, { error: String(error).slice(0, 200) });
        log.warn({ promptId: prompt.id, personId: candidate.person.id, err: String(error) }, 'reminder not delivered');
      }
    }
    await repos.rhythm.markRemindersDone(prompt.id, now);
  }

  private async postedChannels(prompt: PromptRecord): Promise<Channel[]> {
    const channels: Channel[] = [];
    for (const post of await this.deps.repos.prompts.posts(prompt.id)) {
      if (post.state !== 'posted' || !post.messageId) continue;
      const binding = await this.deps.repos.bindings.findById(post.bindingId);
      if (binding?.active) channels.push({ binding, messageId: post.messageId, gateway: this.deps.prompts.gatewayFor(binding.platform) });
    }
    return channels;
  }

  /** The person's account in the same workspace as a channel the prompt is in, on a platform that can remind. */
  private routeFor(candidate: ReminderCandidate, channels: Channel[]): Route | undefined {
    for (const channel of channels) {
      const gateway = channel.gateway;
      if (!gateway?.remind) continue;
      const identity = candidate.identities.find((i) => i.platform === channel.binding.platform && i.workspaceId === channel.binding.workspaceId);
      if (identity) return { gateway: gateway as Route['gateway'], identity, channel };
    }
    return undefined;
  }
}
