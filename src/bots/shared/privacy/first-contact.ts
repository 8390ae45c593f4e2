/**
 * Who is acting, and whether this is their first contact with Oogst. Every entry point that identifies a person
 * (text commands, card actions, the answer form) goes through here, on both platforms, so the privacy notice is
 * shown exactly once per person: the claim is a conditional write in the database (Person.privacyNoticeAt).
 */
import { PrivacyCardViewModel } from '../../../cards';
import { PersonRecord } from '../../../domain/model/records';
import { ConversationContext } from '../conversation-context';
import { PlatformDeps } from '../platform-deps';
import { noticeView } from './privacy.views';

export interface IdentifiedActor {
  actor: PersonRecord;
  /** Set on the first contact only; the platform sends it privately after its reply. */
  notice?: PrivacyCardViewModel;
}

export async function identifyActor(deps: PlatformDeps, ctx: ConversationContext): Promise<IdentifiedActor> {
  const actor = await deps.services.partnerships.identify(ctx.user, ctx.channel);
  try {
    if (await deps.services.privacy.firstContact(actor)) return { actor, notice: noticeView(deps, ctx.locale) };
  } catch (error) {
    // The notice must never cost someone their command; it is also on /privacy and behind "privacy".
    deps.log.warn({ err: String(error), platform: ctx.user.platform }, 'privacy notice claim failed');
  }
  return { actor };
}

/** Attaches the notice (if any) to whatever the platform is about to send. */
export function withNotice<T extends object>(result: T, notice: PrivacyCardViewModel | undefined): T & { notice?: PrivacyCardViewModel } {
  return notice ? { ...result, notice } : result;
}

/**
 * For card actions (answer buttons, forms): the notice when this click was the person's first contact. Called by
 * the platform after its own reply, only where it will deliver the notice (not for Teams' automatic card refresh,
 * which is no interaction). Looks the person up, never creates one.
 */
export async function noticeAfterAction(deps: PlatformDeps, ctx: ConversationContext): Promise<PrivacyCardViewModel | undefined> {
  try {
    const person = await deps.repos.people.findByIdentity(ctx.user.platform, ctx.user.workspaceId, ctx.user.userId);
    if (person && (await deps.services.privacy.firstContact(person))) return noticeView(deps, ctx.locale);
  } catch (error) {
    deps.log.warn({ err: String(error), platform: ctx.user.platform }, 'privacy notice claim failed');
  }
  return undefined;
}

/**
 * After an answer: the notice when it was the person's first contact. Settled once per person in this process
 * (KnownPeople), so a burst of answers does not claim it in the database again and again.
 */
export async function noticeAfterAnswer(deps: PlatformDeps, ctx: ConversationContext, actor: PersonRecord | undefined): Promise<PrivacyCardViewModel | undefined> {
  // A refused answer (closed prompt, another partnership) may still have been this person's first contact.
  if (!actor) return noticeAfterAction(deps, ctx);
  const known = deps.services.partnerships.known;
  if (known.noticeSettled(ctx.user, actor.id)) return undefined;
  try {
    const first = await deps.services.privacy.firstContact(actor);
    known.settleNotice(ctx.user, actor.id);
    return first ? noticeView(deps, ctx.locale) : undefined;
  } catch (error) {
    deps.log.warn({ err: String(error), platform: ctx.user.platform }, 'privacy notice claim failed');
    return undefined;
  }
}
