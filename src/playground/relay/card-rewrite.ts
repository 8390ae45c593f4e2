/**
 * The relay shows the bot's Adaptive Cards in Web Chat the way a Teams client would use them. Two differences
 * between Web Chat 4.18.1 and Teams make a rewrite necessary (found by trying it in Chromium):
 *
 * - Web Chat's Adaptive Cards renderer (adaptivecards 3.0.6) knows `Action.Execute`, so it renders that button
 *   and never falls back to the `Action.Submit` the card carries; but Web Chat itself only handles OpenUrl and
 *   Submit, and on a click of Execute it just logs "received unknown action". Nothing reaches the bot.
 * - A Web Chat submit says nothing about which card it came from, while Teams tells the bot (`replyToId`), and
 *   the relay must know it to send an invoke and to replace that card.
 *
 * So every Execute and Submit becomes a Submit whose data carries a short reference (`__playground`), which the
 * relay resolves, strips, and turns into what Teams would send: an `adaptiveCard/action` invoke for Execute (or,
 * in "submit" mode, the card's own Action.Submit fallback, like an older Teams client), a message with `value`
 * and `replyToId` for Submit. `refresh` is taken out; the relay performs it itself (see teams-relay.ts).
 */
export const MARKER = '__playground';
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export type CardActionMode = 'execute' | 'submit';

/** What a reference stands for: the card's message and, for Execute, the verb. */
export interface CardActionTarget { verb?: string }

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds a reference for a target and returns it; the caller keeps the map. */
export type Reference = (target: CardActionTarget) => string;

function submitWith(action: Json, data: unknown, ref: string): Json {
  const { verb: _verb, fallback: _fallback, data: _data, type: _type, ...rest } = action;
  // Submit data that is a string is sent by Web Chat as typed text (imBack): there is nothing to attach to.
  if (typeof data === 'string') return { ...rest, type: 'Action.Submit', data };
  return { ...rest, type: 'Action.Submit', data: { ...(isObject(data) ? data : {}), [MARKER]: ref } };
}

function rewriteAction(action: Json, mode: CardActionMode, reference: Reference): Json | undefined {
  if (action.type === 'Action.Submit') return submitWith(action, action.data, reference({}));
  if (action.type !== 'Action.Execute') return rewriteNode(action, mode, reference) as Json;
  if (mode === 'execute') return submitWith(action, action.data, reference({ verb: typeof action.verb === 'string' ? action.verb : '' }));
  // An older client: the element's fallback is used, or the action is dropped when it has none.
  return isObject(action.fallback) ? rewriteAction(action.fallback, mode, reference) : undefined;
}

function rewriteNode(node: unknown, mode: CardActionMode, reference: Reference): unknown {
  if (Array.isArray(node)) {
    return node.map((item) => (isObject(item) && typeof item.type === 'string' && item.type.startsWith('Action.') ? rewriteAction(item, mode, reference) : rewriteNode(item, mode, reference))).filter((item) => item !== undefined);
  }
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'refresh') continue;
    if ((key === 'selectAction' || key === 'fallback') && isObject(value) && typeof value.type === 'string' && value.type.startsWith('Action.')) {
      const rewritten = rewriteAction(value, mode, reference);
      if (rewritten) out[key] = rewritten;
      continue;
    }
    out[key] = rewriteNode(value, mode, reference);
  }
  return out;
}

/** The card as Web Chat should get it for one viewer. */
export function rewriteCard(card: unknown, mode: CardActionMode, reference: Reference): unknown {
  return rewriteNode(card, mode, reference);
}

/** Attachments with every Adaptive Card rewritten; other attachments pass unchanged. */
export function rewriteAttachments(attachments: unknown, mode: CardActionMode, reference: Reference): unknown[] {
  if (!Array.isArray(attachments)) return [];
  return attachments.map((a) => (isObject(a) && a.contentType === ADAPTIVE_CARD ? { ...a, content: rewriteCard(a.content, mode, reference) } : a));
}

/** A card's `refresh` Execute, when this viewer's client should run it automatically (userIds absent or listing them). */
export function refreshActionFor(attachments: unknown, teamsUserId: string): { verb: string; data: Json } | undefined {
  if (!Array.isArray(attachments)) return undefined;
  for (const attachment of attachments) {
    if (!isObject(attachment) || attachment.contentType !== ADAPTIVE_CARD || !isObject(attachment.content)) continue;
    const refresh = attachment.content.refresh;
    if (!isObject(refresh) || !isObject(refresh.action) || refresh.action.type !== 'Action.Execute') continue;
    const userIds = refresh.userIds;
    if (Array.isArray(userIds) && !userIds.includes(teamsUserId)) continue;
    return { verb: typeof refresh.action.verb === 'string' ? refresh.action.verb : '', data: isObject(refresh.action.data) ? refresh.action.data : {} };
  }
  return undefined;
}

/** Splits a submitted value into the reference (if any) and what the bot should see. */
export function takeMarker(value: unknown): { ref?: string; value?: Json } {
  if (!isObject(value)) return {};
  const { [MARKER]: ref, ...rest } = value;
  return { ...(typeof ref === 'string' ? { ref } : {}), value: rest };
}
