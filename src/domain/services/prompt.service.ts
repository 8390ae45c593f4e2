/**
 * Reflection prompts: created once per slot, written to an outbox (planned rows) before any platform is
 * called, then posted; a crash between the two is finished by publish() on the next run without duplicates.
 */
import { randomUUID } from 'node:crypto';
import { FOCUS_POINTS, findFocusPoint, suggestFocusPoint } from '../catalogue';
import { DomainError, isGatewayError } from '../errors';
import { Platform, PromptRecord } from '../model/records';
import { Clock, DomainLogger, PromptGateway, Repositories } from '../ports';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_WINDOW_DAYS = 5;

export interface PublishResult { posted: number; failed: number; deactivated: string[] }

export class PromptService {
  private readonly gateways = new Map<Platform, PromptGateway>();

  constructor(private readonly repos: Repositories, private readonly clock: Clock, private readonly log: DomainLogger) {}

  registerGateway(gateway: PromptGateway): void {
    this.gateways.set(gateway.platform, gateway);
  }

  /** The focus point for "vraag nu [focus]": the named one, or the next in principle order after the last prompt. */
  async chooseFocus(partnershipId: string, requested?: string): Promise<string> {
    if (requested) {
      const found = findFocusPoint(requested);
      if (!found) throw new DomainError('FOCUS.NOT_FOUND', { input: requested, suggestion: suggestFocusPoint(requested)?.code });
      return found.code;
    }
    const [last] = await this.repos.prompts.recentForPartnership(partnershipId, 1);
    const index = last ? FOCUS_POINTS.findIndex((f) => f.code === last.focusCode) : -1;
    return FOCUS_POINTS[(index + 1) % FOCUS_POINTS.length].code;
  }

  /** Creates a prompt now (coordinator's "vraag nu"); idempotent per delivery key so a platform retry posts once. */
  async createNow(partnershipId: string, focusCode: string, deliveryKey?: string, windowDays = DEFAULT_WINDOW_DAYS): Promise<PromptRecord> {
    const opensAt = this.clock.now();
    const { prompt } = await this.repos.prompts.createOnce({
      partnershipId,
      slotKey: `manual:${deliveryKey ?? randomUUID()}`,
      focusCode,
      opensAt,
      closesAt: new Date(opensAt.getTime() + windowDays * DAY_MS),
    });
    return prompt;
  }

  /** Posts a prompt to every active channel of its partnership that has not got it yet. */
  async publish(promptId: string): Promise<PublishResult> {
    const prompt = await this.mustFind(promptId);
    const bindings = await this.repos.bindings.listActive(prompt.partnershipId);
    const posts = await this.repos.prompts.planPosts(prompt.id, bindings.map((b) => b.id));
    const count = await this.repos.answers.countForPrompt(prompt.id);
    const result: PublishResult = { posted: 0, failed: 0, deactivated: [] };
    for (const post of posts.filter((p) => p.state === 'planned')) {
      const binding = bindings.find((b) => b.id === post.bindingId);
      const gateway = binding && this.gateways.get(binding.platform);
      if (!binding || !gateway) continue;
      try {
        const { messageId } = await gateway.post(binding, prompt, count);
        await this.repos.prompts.markPosted(post.id, messageId);
        result.posted += 1;
      } catch (error) {
        result.failed += 1;
        await this.handleGatewayFailure(post.id, binding.id, error);
        if (isGatewayError(error) && error.kind === 'gone') result.deactivated.push(binding.id);
      }
    }
    return result;
  }

  /** Re-renders every posted message of a prompt (new response count, closed state). */
  async refresh(promptId: string): Promise<void> {
    const prompt = await this.mustFind(promptId);
    const count = await this.repos.answers.countForPrompt(prompt.id);
    for (const post of await this.repos.prompts.posts(prompt.id)) {
      if (post.state !== 'posted' || !post.messageId) continue;
      const binding = await this.repos.bindings.findById(post.bindingId);
      const gateway = binding?.active ? this.gateways.get(binding.platform) : undefined;
      if (!binding || !gateway) continue;
      try {
        await gateway.update(binding, post.messageId, prompt, count);
      } catch (error) {
        // A stale count on one channel is not worth failing the answer that triggered it.
        this.log.warn({ promptId, bindingId: binding.id, err: String(error) }, 'prompt card update failed');
      }
    }
  }

  async close(promptId: string): Promise<PromptRecord> {
    const prompt = await this.mustFind(promptId);
    if (prompt.status !== 'closed') await this.repos.prompts.close(prompt.id, this.clock.now());
    await this.refresh(prompt.id);
    return this.mustFind(promptId);
  }

  /** Open means: status open and the window not yet over. */
  isOpen(prompt: PromptRecord): boolean {
    return prompt.status === 'open' && prompt.closesAt.getTime() > this.clock.now().getTime();
  }

  async mustFind(promptId: string): Promise<PromptRecord> {
    const prompt = await this.repos.prompts.findById(promptId);
    if (!prompt) throw new DomainError('PROMPT.NOT_FOUND', { promptId });
    return prompt;
  }

  private async handleGatewayFailure(postId: string, bindingId: string, error: unknown): Promise<void> {
    const reason = isGatewayError(error) ? error.kind : 'unknown';
    this.log.warn({ postId, bindingId, reason }, 'prompt post failed');
    if (isGatewayError(error) && error.kind === 'gone') {
      await this.repos.bindings.deactivate(bindingId);
      await this.repos.prompts.markFailed(postId, 'channel gone');
    }
    // Retryable failures stay planned: the next publish() (or the scheduler) tries again.
  }
}
