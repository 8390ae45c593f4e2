/**
 * Reflection prompts: created once per slot, written to an outbox (planned rows) before any platform is
 * called, then posted; a crash between the two is finished by publish() on the next run without duplicates.
 * Each row is claimed with a lease before the platform is called (deliverOnce), so two instances publishing
 * the same prompt never both post it.
 */
import { randomUUID } from 'node:crypto';
import { FOCUS_POINTS, findFocusPoint, suggestFocusPoint } from '../catalogue';
import { DomainError, isGatewayError } from '../errors';
import { BindingRecord, Platform, PromptPostRecord, PromptRecord } from '../model/records';
import { Clock, DomainLogger, PromptGateway, Repositories } from '../ports';
import { DEFAULT_LEASE_MS, deliverOnce } from '../rhythm/outbox-lease';
import { CoalescingRunner } from './coalescing-runner';
import { TtlCache } from './ttl-cache';

const DAY_MS = 24 * 60 * 60 * 1000;
const DISPLAY_TTL_MS = 10_000;
/** A prompt's cards are re-rendered at most about once a second, however fast answers come in. */
const REFRESH_GAP_MS = 1_000;

/** Ids are ours (uuids, slot keys): printable and short. */
export const isPlausibleId = (id: string): boolean => id.length > 0 && id.length <= 200 && !/[\u0000-\u001f\u007f]/.test(id);
export const DEFAULT_WINDOW_DAYS = 5;

export interface PublishResult { posted: number; failed: number; deactivated: string[] }
export interface PromptServiceOptions { leaseMs?: number }

export class PromptService {
  private readonly gateways = new Map<Platform, PromptGateway>();
  /** One re-render per message at a time; answers arriving meanwhile share the next one (see CoalescingRunner). */
  private readonly refreshes = new CoalescingRunner((promptId) => this.renderPosts(promptId), { minGapMs: REFRESH_GAP_MS });
  /** What a card shows of a prompt, for a few seconds: a burst of answers renders the same prompt over and over. */
  private readonly display: TtlCache<{ prompt: PromptRecord; partnershipName: string }>;

  constructor(private readonly repos: Repositories, private readonly clock: Clock, private readonly log: DomainLogger, private readonly options: PromptServiceOptions = {}) {
    this.display = new TtlCache(DISPLAY_TTL_MS, 1_000, () => clock.now().getTime());
  }

  registerGateway(gateway: PromptGateway): void {
    this.gateways.set(gateway.platform, gateway);
  }

  gatewayFor(platform: Platform): PromptGateway | undefined {
    return this.gateways.get(platform);
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
    const lease = { clock: this.clock, log: this.log, leaseMs: this.options.leaseMs ?? DEFAULT_LEASE_MS };
    for (const post of posts.filter((p) => p.state === 'planned' || p.state === 'posting')) {
      const binding = bindings.find((b) => b.id === post.bindingId);
      const gateway = binding && this.gateways.get(binding.platform);
      if (!binding || !gateway) continue;
      // Claimed rows only: another instance may hold this one (then it is theirs to post).
      const outcome = await deliverOnce(this.repos.prompts.outbox, post.id, lease, () => this.postOrRecover(gateway, binding, prompt, count, post));
      if (outcome.kind === 'sent') result.posted += 1;
      if (outcome.kind !== 'failed') continue;
      result.failed += 1;
      await this.handleGatewayFailure(post, binding.id, outcome.error, outcome.token);
      if (isGatewayError(outcome.error) && outcome.error.kind === 'gone') result.deactivated.push(binding.id);
    }
    return result;
  }

  /** A row tried before may already be on the platform (crash before its id was stored): ask, if the gateway can. */
  private async postOrRecover(gateway: PromptGateway, binding: BindingRecord, prompt: PromptRecord, count: number, post: PromptPostRecord): Promise<{ messageId: string }> {
    if ((post.attempts ?? 0) > 0 && gateway.findPosted) {
      const found = await gateway.findPosted(binding, prompt, post.id);
      if (found) {
        this.log.info({ postId: post.id, bindingId: binding.id }, 'prompt post recovered from the platform, not posted again');
        return found;
      }
    }
    return gateway.post(binding, prompt, count, { outboxId: post.id });
  }

  /**
   * Re-renders every posted message of a prompt (new response count, closed state). Resolves once a render that
   * started after this call has finished, so the cards show at least the state of the moment of the call.
   */
  refresh(promptId: string): Promise<void> {
    return this.refreshes.request(promptId);
  }

  /** Waits for card refreshes in progress or requested (at shutdown, before the platforms and database stop). */
  refreshesIdle(): Promise<void> {
    return this.refreshes.idle();
  }

  private async renderPosts(promptId: string): Promise<void> {
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

  /**
   * The prompt and its partnership's name, to render a card: possibly a few seconds old (another instance may
   * have closed it meanwhile), so never used to decide whether an answer is accepted; the database does that.
   */
  async forDisplay(promptId: string): Promise<{ prompt: PromptRecord; partnershipName: string }> {
    const cached = this.display.get(promptId);
    if (cached) return cached;
    const prompt = await this.mustFind(promptId);
    const partnership = await this.repos.partnerships.findById(prompt.partnershipId);
    const value = { prompt, partnershipName: partnership?.name ?? '' };
    this.display.set(promptId, value);
    return value;
  }

  async close(promptId: string): Promise<PromptRecord> {
    const prompt = await this.mustFind(promptId);
    if (prompt.status !== 'closed') await this.repos.prompts.close(prompt.id, this.clock.now());
    this.display.delete(promptId);
    await this.refresh(prompt.id);
    return this.mustFind(promptId);
  }

  /** Open means: status open and the window not yet over. */
  isOpen(prompt: PromptRecord): boolean {
    return prompt.status === 'open' && prompt.closesAt.getTime() > this.clock.now().getTime();
  }

  async mustFind(promptId: string): Promise<PromptRecord> {
    // An id from a card or modal is whatever the client sent; one with control characters (PostgreSQL refuses
    // NUL in a query) names no prompt, so it is not looked up.
    const prompt = isPlausibleId(promptId) ? await this.repos.prompts.findById(promptId) : null;
    if (!prompt) throw new DomainError('PROMPT.NOT_FOUND', { promptId });
    return prompt;
  }

  private async handleGatewayFailure(post: PromptPostRecord, bindingId: string, error: unknown, token: string): Promise<void> {
    const reason = isGatewayError(error) ? error.kind : 'unknown';
    this.log.warn({ postId: post.id, bindingId, reason }, 'prompt post failed');
    if (isGatewayError(error) && error.kind === 'gone') {
      await this.repos.bindings.deactivate(bindingId);
      await this.repos.prompts.markFailed(post.id, 'channel gone');
      return;
    }
    // Retryable failures go back to planned: the next publish() or scheduler tick (a minute later) tries again.
    // The gateways already waited out Retry-After; the tick interval is the back-off.
    await this.repos.prompts.outbox.release(post.id, token, this.clock.now(), reason);
  }
}
