/**
 * The answer form and its submission, shared by the Teams card (Action.Execute / Submit) and the Slack modal.
 * Returns view models only; the platform folder renders and sends them.
 */
import { MessageViewModel, PromptViewModel } from '../../cards';
import { isDomainError } from '../../domain/errors';
import { formatDate, t } from '../../domain/i18n';
import { PersonRecord, PromptRecord } from '../../domain/model/records';
import { ConversationContext } from './conversation-context';
import { domainErrorView, genericErrorView } from './error-messages';
import { PlatformDeps } from './platform-deps';
import type { SubmitOutcome } from '../../domain/services';
import { isPromptOpen, promptViewModel } from './prompt.presenter';

/** `actor` is who answered, for the first-contact notice the platform sends after its reply. */
export type AnswerFlowResult =
  | { kind: 'saved'; actor: PersonRecord; view: PromptViewModel }
  | { kind: 'invalid'; actor: PersonRecord; view: PromptViewModel }
  | { kind: 'rejected'; view: MessageViewModel };

export type AnswerFormResult = { kind: 'form'; view: PromptViewModel } | { kind: 'rejected'; view: MessageViewModel };

async function present(deps: PlatformDeps, ctx: ConversationContext, actor: PersonRecord, prompt: PromptRecord, extra: Partial<Parameters<typeof promptViewModel>[0]> = {}) {
  const [partnership, responseCount, existingAnswer] = await Promise.all([
    deps.repos.partnerships.findById(prompt.partnershipId),
    deps.repos.answers.countForPrompt(prompt.id),
    deps.repos.answers.find(prompt.id, actor.id),
  ]);
  return promptViewModel({
    prompt, partnershipName: partnership?.name ?? '', responseCount, locale: ctx.locale, now: deps.clock.now(), existingAnswer, ...extra,
  });
}

async function guard<T extends { kind: string }>(deps: PlatformDeps, ctx: ConversationContext, run: () => Promise<T>): Promise<T | { kind: 'rejected'; view: MessageViewModel }> {
  try {
    return await run();
  } catch (error) {
    if (isDomainError(error)) return { kind: 'rejected', view: domainErrorView(error, ctx.locale) };
    deps.log.error({ err: error, platform: ctx.user.platform }, 'answer flow failed');
    return { kind: 'rejected', view: genericErrorView(ctx.locale) };
  }
}

/** The personal form: pre-filled with the person's answer; a closed prompt is refused. */
export function answerFormFor(deps: PlatformDeps, ctx: ConversationContext, promptId: string): Promise<AnswerFormResult> {
  return guard(deps, ctx, async () => {
    const actor = await deps.services.partnerships.identify(ctx.user, ctx.channel);
    const prompt = await deps.services.answers.promptFor(actor, promptId);
    if (!isPromptOpen(prompt, deps.clock.now())) return { kind: 'rejected' as const, view: { tone: 'info' as const, lines: [t(ctx.locale, 'prompt.closed')] } };
    return { kind: 'form' as const, view: await present(deps, ctx, actor, prompt) };
  });
}

/**
 * What one viewer should see of a prompt card (Teams asks per viewer on `refresh`): their own answer with a
 * note that they can still change it, or the plain form when they have not answered yet.
 */
export async function personalPromptView(deps: PlatformDeps, ctx: ConversationContext, promptId: string): Promise<AnswerFormResult> {
  const form = await answerFormFor(deps, ctx, promptId);
  if (form.kind !== 'form' || !form.view.existingAnswer) return form;
  const prompt = await deps.services.prompts.mustFind(promptId);
  return { kind: 'form', view: { ...form.view, confirmation: t(ctx.locale, 'answer.alreadyAnswered', { date: formatDate(ctx.locale, prompt.closesAt) }) } };
}

type SavedOutcome = Extract<SubmitOutcome, { kind: 'saved' }>;
type Refused = Exclude<AnswerFlowResult, { kind: 'saved' }>;

/** Stores the answer; field errors and refusals come back as views. The card refresh starts once it is stored. */
async function store<T extends { kind: string }>(deps: PlatformDeps, ctx: ConversationContext, promptId: string, raw: unknown, saved: (outcome: SavedOutcome, confirmation: string) => Promise<T>): Promise<T | Refused> {
  return guard(deps, ctx, async (): Promise<T | Refused> => {
    const outcome = await deps.services.answers.submit({ user: ctx.user, channel: ctx.channel }, promptId, raw, ctx.locale);
    if (outcome.kind === 'invalid') {
      return { kind: 'invalid' as const, actor: outcome.actor, view: await present(deps, ctx, outcome.actor, outcome.prompt, { errors: outcome.fieldErrors }) };
    }
    const date = formatDate(ctx.locale, outcome.prompt.closesAt);
    const confirmation = outcome.created ? t(ctx.locale, 'answer.thanks', { date }) : t(ctx.locale, 'answer.updated', { date });
    // The channel's cards show the live count. The answer is stored already, so the refresh runs after we
    // reply (Slack wants its ack within 3 s); answers arriving meanwhile share one refresh (PromptService).
    void deps.services.prompts.refresh(outcome.prompt.id).catch((error: unknown) => deps.log.warn({ err: String(error), promptId }, 'card refresh failed'));
    return saved(outcome, confirmation);
  });
}

/** For a platform that shows the person their card back (Teams): the form with their answer, the count, the thanks. */
export function submitAnswer(deps: PlatformDeps, ctx: ConversationContext, promptId: string, raw: unknown): Promise<AnswerFlowResult> {
  return store(deps, ctx, promptId, raw, async (outcome, confirmation) => {
    const view = promptViewModel({
      prompt: outcome.prompt, partnershipName: outcome.partnershipName, responseCount: outcome.responseCount, locale: ctx.locale,
      now: deps.clock.now(), existingAnswer: outcome.answer, confirmation,
    });
    return { kind: 'saved' as const, actor: outcome.actor, view };
  });
}

export type AnswerSaveResult = { kind: 'saved'; actor: PersonRecord; confirmation: string } | Refused;

/** For a platform that only says thanks (Slack's modal): no card to render. */
export function saveAnswer(deps: PlatformDeps, ctx: ConversationContext, promptId: string, raw: unknown): Promise<AnswerSaveResult> {
  return store(deps, ctx, promptId, raw, async (outcome, confirmation) => ({ kind: 'saved' as const, actor: outcome.actor, confirmation }));
}
