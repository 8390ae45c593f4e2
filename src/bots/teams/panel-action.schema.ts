/**
 * Card data of the panel buttons and forms (three circles, dialogue tables), checked with zod: the verb picks
 * the shape; form ids, operations and record ids must be ours; submitted inputs are passed on as strings only
 * (the domain validates their content). Teams merges the inputs into `data` next to our own keys.
 */
import { z } from 'zod';
import { ACTIONS, PanelContext } from '../../cards';
import { FormId, formIdSchema, PanelOp, panelContextSchema, panelOpSchema } from '../shared/panel-ids';
import { executeInvokeValueSchema } from './activity.schema';

export const PANEL_VERBS: readonly string[] = [ACTIONS.openForm, ACTIONS.submitForm, ACTIONS.panelAct];
const CONTROL_KEYS = new Set(['action', 'form', 'op', 'exerciseId', 'actorId', 'dialogueId']);

export type PanelAction =
  | { kind: 'open'; formId: FormId; context: PanelContext }
  | { kind: 'submit'; formId: FormId; context: PanelContext; values: Record<string, string> }
  | { kind: 'act'; op: PanelOp; context: PanelContext }
  | { kind: 'invalid'; action: string };

const inputValues = z.record(z.string().max(64), z.union([z.string().max(5000), z.number(), z.boolean()])).refine((v) => Object.keys(v).length <= 40);

export function isPanelAction(data: unknown): boolean {
  const action = typeof data === 'object' && data !== null ? (data as { action?: unknown }).action : undefined;
  return typeof action === 'string' && PANEL_VERBS.includes(action);
}

/** `{ action, form|op, ...context, ...inputs }` from an Action.Submit value or Action.Execute data. */
export function parsePanelAction(data: Record<string, unknown>): PanelAction {
  const action = String(data.action).slice(0, 64);
  const context = panelContextSchema.safeParse({ exerciseId: data.exerciseId, actorId: data.actorId, dialogueId: data.dialogueId });
  if (!context.success) return { kind: 'invalid', action };
  if (action === ACTIONS.panelAct) {
    const op = panelOpSchema.safeParse(data.op);
    return op.success ? { kind: 'act', op: op.data, context: context.data } : { kind: 'invalid', action };
  }
  const formId = formIdSchema.safeParse(data.form);
  if (!formId.success) return { kind: 'invalid', action };
  if (action === ACTIONS.openForm) return { kind: 'open', formId: formId.data, context: context.data };
  const inputs = inputValues.safeParse(Object.fromEntries(Object.entries(data).filter(([key]) => !CONTROL_KEYS.has(key))));
  if (!inputs.success) return { kind: 'invalid', action };
  const values = Object.fromEntries(Object.entries(inputs.data).map(([key, value]) => [key, String(value)]));
  return { kind: 'submit', formId: formId.data, context: context.data, values };
}

/** The panel action of an `adaptiveCard/action` invoke, or undefined when the verb is not a panel verb. */
export function panelActionOfInvoke(value: unknown): PanelAction | undefined {
  const parsed = executeInvokeValueSchema.safeParse(value);
  if (!parsed.success || !PANEL_VERBS.includes(parsed.data.action.verb)) return undefined;
  const { verb, data = {} } = parsed.data.action;
  if (data.action !== undefined && data.action !== verb) return { kind: 'invalid', action: verb };
  return parsePanelAction({ ...data, action: verb });
}
