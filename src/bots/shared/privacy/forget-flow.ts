/**
 * The answer to a "vergeet mij" button, shared by Teams (Action.Submit) and Slack (block_actions). The payload is
 * untrusted: zod checks its shape, the token its origin and age, and the token must name the person who clicked.
 * The clicker is looked up, never created: after an erasure a second click finds nobody and says "already done".
 */
import { z } from 'zod';
import { MessageViewModel } from '../../../cards';
import { t } from '../../../domain/i18n';
import { ConversationContext } from '../conversation-context';
import { genericErrorView } from '../error-messages';
import { PlatformDeps } from '../platform-deps';
import { checkForgetToken } from './forget-token';

export const forgetDecisionSchema = z.object({ decision: z.enum(['confirm', 'cancel']), token: z.string().min(1).max(200) });

export async function decideForget(deps: PlatformDeps, ctx: ConversationContext, payload: unknown): Promise<MessageViewModel> {
  const refused: MessageViewModel = { tone: 'warning', lines: [t(ctx.locale, 'forgetMe.invalid')] };
  try {
    const parsed = forgetDecisionSchema.safeParse(payload);
    if (!parsed.success) return refused;
    const token = checkForgetToken(deps.config, parsed.data.token, deps.clock.now());
    if (token.result === 'invalid' || !token.personId) return refused;
    const actor = await deps.repos.people.findByIdentity(ctx.user.platform, ctx.user.workspaceId, ctx.user.userId);
    if (!actor || actor.id !== token.personId) {
      if (!actor && !(await deps.repos.people.findById(token.personId))) return { tone: 'info', lines: [t(ctx.locale, 'forgetMe.alreadyDone')] };
      deps.log.warn({ platform: ctx.user.platform, reason: actor ? 'other person' : 'unknown clicker' }, 'privacy: erase confirmation refused');
      return refused;
    }
    if (token.result === 'expired') return refused;
    if (parsed.data.decision === 'cancel') return { tone: 'info', lines: [t(ctx.locale, 'forgetMe.cancelled')] };
    const outcome = await deps.services.privacy.forget(actor);
    if (!outcome) return { tone: 'info', lines: [t(ctx.locale, 'forgetMe.alreadyDone')] };
    deps.log.info({ platform: ctx.user.platform, answersDeleted: outcome.report.answersDeleted, scoresKept: outcome.report.scoresKept, remaining: outcome.remainingRecords }, 'privacy: person erased');
    return { tone: 'success', lines: [t(ctx.locale, 'forgetMe.done'), ...(outcome.remainingRecords === 0 ? [t(ctx.locale, 'forgetMe.verified')] : [])] };
  } catch (error) {
    deps.log.error({ err: error, platform: ctx.user.platform }, 'privacy: erasure failed');
    return genericErrorView(ctx.locale);
  }
}
