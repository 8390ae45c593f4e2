/**
 * zod schemas for what Teams sends us: the activity envelope (checked before botbuilder sees it), and the
 * card payloads per action id. Loose objects: Teams adds fields over time and we must not reject those.
 * Only the fields we rely on are checked, so a malformed request fails here with a reason instead of deep
 * inside the SDK (where, e.g., an invoke without `value.action` is a TypeError).
 */
import { z } from 'zod';
import { ACTIONS } from '../../cards';

/**
 * Bot Framework ids ("29:1a…", "19:…@thread.tacv2", "f:123", GUIDs) never hold control characters or lone UTF-16
 * surrogates; one that does did not come from a channel, and PostgreSQL refuses a NUL in a key.
 */
const ID_CHARACTERS = /^[^\p{Cc}\p{Cs}]*$/u; // empty passes here; `id` itself requires one character
const id = z.string().trim().min(1).max(1024).regex(ID_CHARACTERS, 'not a Bot Framework id');
const optionalId = (max: number) => z.string().max(max).regex(ID_CHARACTERS, 'not a Bot Framework id').optional();

const accountSchema = z.looseObject({
  id,
  name: z.string().max(512).optional(),
  aadObjectId: optionalId(128),
});

const channelDataSchema = z.looseObject({
  tenant: z.looseObject({ id }).optional(),
  channel: z.looseObject({ id, name: z.string().max(512).optional() }).optional(),
  team: z.looseObject({ id, name: z.string().max(512).optional() }).optional(),
  eventType: z.string().max(128).optional(),
});

export const mentionEntitySchema = z.looseObject({
  type: z.literal('mention'),
  mentioned: accountSchema,
  text: z.string().max(1024).optional(),
});
export type MentionEntity = z.infer<typeof mentionEntitySchema>;

/** Activity types that must carry an id (they trigger work, and the id is our idempotency key). */
const NEEDS_ID = new Set(['message', 'invoke']);

export const incomingActivitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: id.optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.url({ protocol: /^https?$/ }),
    from: accountSchema,
    recipient: accountSchema,
    conversation: z.looseObject({
      id,
      conversationType: z.string().max(64).optional(),
      tenantId: optionalId(128),
      name: z.string().max(512).optional(),
    }),
    name: z.string().max(256).optional(),
    text: z.string().max(100_000).optional(),
    value: z.unknown().optional(),
    locale: z.string().max(32).optional(),
    replyToId: optionalId(1024),
    channelData: channelDataSchema.optional(),
    entities: z.array(z.looseObject({ type: z.string().max(64) })).max(200).optional(),
    membersAdded: z.array(accountSchema).max(1000).optional(),
    action: z.string().max(64).optional(),
  })
  .superRefine((activity, ctx) => {
    if (NEEDS_ID.has(activity.type) && !activity.id) ctx.addIssue({ code: 'custom', path: ['id'], message: `a ${activity.type} activity needs an id` });
  });
export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** Readable reasons for a 400: paths and zod's messages, never the submitted values. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
}

/** `value` of an `adaptiveCard/action` invoke (Action.Execute): Teams merges the inputs into `action.data`. */
export const executeInvokeValueSchema = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().max(128),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

const promptId = z.string().trim().min(1).max(64);

/** Answer submit data: `{ action, promptId }` plus the inputs (validated by the domain's answer schema). */
export const answerSubmitDataSchema = z.looseObject({ action: z.literal(ACTIONS.submitAnswer), promptId });
export const refreshDataSchema = z.looseObject({ action: z.literal(ACTIONS.refreshAnswer), promptId });
export const runCommandDataSchema = z.looseObject({ action: z.literal(ACTIONS.runCommand), command: z.string().trim().min(1).max(500) });
/** "Vergeet mij" buttons: the token is checked again in the shared forget flow (signature, age, same person). */
export const forgetDataSchema = z.looseObject({ action: z.literal(ACTIONS.forget), decision: z.enum(['confirm', 'cancel']), token: z.string().min(1).max(200) });

export type CardAction =
  | { kind: 'answer'; promptId: string; raw: Record<string, unknown> }
  | { kind: 'command'; command: string }
  | { kind: 'refresh'; promptId: string }
  | { kind: 'forget'; decision: 'confirm' | 'cancel'; token: string }
  | { kind: 'unknown'; action?: string };

/** One zod schema per action id; anything else is `unknown` (a friendly card, never a crash). */
export function parseCardAction(data: unknown): CardAction {
  const action = typeof data === 'object' && data !== null ? (data as { action?: unknown }).action : undefined;
  const actionName = typeof action === 'string' ? action.slice(0, 64) : undefined;
  if (action === ACTIONS.submitAnswer) {
    const parsed = answerSubmitDataSchema.safeParse(data);
    return parsed.success ? { kind: 'answer', promptId: parsed.data.promptId, raw: parsed.data } : { kind: 'unknown', action: actionName };
  }
  if (action === ACTIONS.refreshAnswer) {
    const parsed = refreshDataSchema.safeParse(data);
    return parsed.success ? { kind: 'refresh', promptId: parsed.data.promptId } : { kind: 'unknown', action: actionName };
  }
  if (action === ACTIONS.forget) {
    const parsed = forgetDataSchema.safeParse(data);
    return parsed.success ? { kind: 'forget', decision: parsed.data.decision, token: parsed.data.token } : { kind: 'unknown', action: actionName };
  }
  if (action === ACTIONS.runCommand) {
    const parsed = runCommandDataSchema.safeParse(data);
    return parsed.success ? { kind: 'command', command: parsed.data.command } : { kind: 'unknown', action: actionName };
  }
  return { kind: 'unknown', ...(actionName ? { action: actionName } : {}) };
}

/** Action.Execute: the verb names the action; `data.action` (set by our cards) must agree when present. */
export function parseExecuteAction(value: unknown): CardAction {
  const parsed = executeInvokeValueSchema.safeParse(value);
  if (!parsed.success) return { kind: 'unknown' };
  const { verb, data = {} } = parsed.data.action;
  if (data.action !== undefined && data.action !== verb) return { kind: 'unknown', action: verb.slice(0, 64) };
  return parseCardAction({ ...data, action: verb });
}
