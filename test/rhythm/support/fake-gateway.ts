/**
 * An in-memory PromptGateway: the far side of the platform boundary for domain tests (the Teams and Slack
 * gateways have their own wire-protocol tests). It records every call and can fail or stall on demand.
 */
import { GatewayError } from '../../../src/domain/errors';
import type { BindingRecord, Platform, PromptRecord } from '../../../src/domain/model/records';
import type { PostOptions, PromptGateway, ReminderContext } from '../../../src/domain/ports';
import type { ClosingSummary } from '../../../src/domain/rhythm/closing-summary';
import type { PlatformIdentityRecord } from '../../../src/domain/rhythm/rhythm.ports';

export interface PostCall { bindingId: string; promptId: string; slotKey: string; outboxId?: string; messageId: string }

type Failure = 'retryable' | 'gone' | 'crash';

export class FakeGateway implements PromptGateway {
  readonly posts: PostCall[] = [];
  readonly updates: { bindingId: string; messageId: string; status: string }[] = [];
  readonly reminders: { recipient: PlatformIdentityRecord; promptId: string; context: ReminderContext }[] = [];
  readonly summaries: { bindingId: string; parentMessageId: string; summary: ClosingSummary }[] = [];
  /** Failures for the next post calls, in order. */
  readonly failPosts: Failure[] = [];
  /** Milliseconds each post takes (lets two instances interleave). */
  delayMs = 0;
  /** Offer findPosted (recovery after a crash between the platform call and storing its id). */
  supportsFindPosted = false;
  private counter = 0;

  constructor(readonly platform: Platform = 'slack') {}

  async post(binding: BindingRecord, prompt: PromptRecord, _count: number, options?: PostOptions): Promise<{ messageId: string }> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, Math.random() * this.delayMs));
    const failure = this.failPosts.shift();
    if (failure === 'retryable') throw new GatewayError('retryable', 'rate limited');
    if (failure === 'gone') throw new GatewayError('gone', 'channel archived');
    const messageId = `m${++this.counter}`;
    this.posts.push({ bindingId: binding.id, promptId: prompt.id, slotKey: prompt.slotKey, outboxId: options?.outboxId, messageId });
    // "crash": the platform has the message, but we never hear back (the process died before markPosted).
    if (failure === 'crash') throw new Error('process died after the platform accepted the post');
    return { messageId };
  }

  async update(binding: BindingRecord, messageId: string, prompt: PromptRecord): Promise<void> {
    this.updates.push({ bindingId: binding.id, messageId, status: prompt.status });
  }

  findPosted?: PromptGateway['findPosted'] = async (_binding, _prompt, outboxId) => {
    if (!this.supportsFindPosted) return null;
    const found = this.posts.find((p) => p.outboxId === outboxId);
    return found ? { messageId: found.messageId } : null;
  };

  async remind(recipient: PlatformIdentityRecord, prompt: PromptRecord, context: ReminderContext): Promise<void> {
    this.reminders.push({ recipient, promptId: prompt.id, context });
  }

  async postSummary(binding: BindingRecord, parentMessageId: string, summary: ClosingSummary): Promise<{ messageId: string }> {
    this.summaries.push({ bindingId: binding.id, parentMessageId, summary });
    return { messageId: `s${++this.counter}` };
  }

  postsPerKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.posts) counts.set(`${p.promptId}|${p.bindingId}`, (counts.get(`${p.promptId}|${p.bindingId}`) ?? 0) + 1);
    return counts;
  }
}
