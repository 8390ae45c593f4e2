/** What a panel interaction (open a form, submit it, close, cancel, refresh) gives back to a platform adapter. */
import type { FormViewModel, MessageViewModel, PanelView } from '../../cards';
import { isDomainError } from '../../domain/errors';
import { domainErrorView, genericErrorView } from './error-messages';
import type { ConversationContext } from './conversation-context';
import type { PlatformDeps } from './platform-deps';

export type PanelOutcome =
  /** `panel` goes to the person who acted; `shared`, when set, is what everyone in the channel should now see. */
  | { kind: 'panel'; panel: PanelView; shared?: PanelView }
  | { kind: 'invalid'; form: FormViewModel }
  | { kind: 'rejected'; view: MessageViewModel };

/** Domain refusals become a friendly message; anything unexpected is logged and answered generically. */
export async function guardPanel(deps: PlatformDeps, ctx: ConversationContext, what: string, run: () => Promise<PanelOutcome>): Promise<PanelOutcome> {
  try {
    return await run();
  } catch (error) {
    if (isDomainError(error)) return { kind: 'rejected', view: domainErrorView(error, ctx.locale) };
    deps.log.error({ err: error, platform: ctx.user.platform, what }, 'panel action failed');
    return { kind: 'rejected', view: genericErrorView(ctx.locale) };
  }
}

export const formPanel = (form: FormViewModel, openLabel: string): PanelView => ({ type: 'form', title: form.title, view: form, openLabel });
