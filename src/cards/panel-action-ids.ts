/**
 * How panel buttons carry their target. Teams: Action.Execute with the verb and `{ action, form|op, ...context }`
 * as data (Teams merges form inputs into it). Slack: a numbered action id (ids must be unique per message) and
 * the target as compact JSON in the button value; a form submission is a modal whose private_metadata holds it.
 */
import { ACTIONS } from './action-ids';
import type { PanelContext, PanelTarget } from './panel.view-models';

export const PANEL_CONTEXT_KEYS = ['exerciseId', 'actorId', 'dialogueId'] as const;

export function panelVerb(target: PanelTarget): string {
  return target.kind === 'form' ? ACTIONS.openForm : ACTIONS.panelAct;
}

/** Teams data of a panel button. */
export function panelData(target: PanelTarget): Record<string, string> {
  const head: Record<string, string> = target.kind === 'form' ? { action: ACTIONS.openForm, form: target.formId } : { action: ACTIONS.panelAct, op: target.op };
  return { ...head, ...contextEntries(target.context) };
}

export function contextEntries(context: PanelContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of PANEL_CONTEXT_KEYS) if (context[key]) out[key] = context[key] as string;
  return out;
}

/** Slack action id of the i-th panel button of a message. */
export function panelActionId(target: PanelTarget, index: number): string {
  return `${panelVerb(target)}:${index}`;
}

export const OPEN_FORM_ACTION_ID_PATTERN = /^oogst\.form\.open:\d+$/;
export const PANEL_ACT_ACTION_ID_PATTERN = /^oogst\.panel\.act:\d+$/;

/** Slack button value: `{"t":"form","f":"circles.vote","c":{...}}` or `{"t":"act","o":"circles.close","c":{...}}`. */
export function panelButtonValue(target: PanelTarget): string {
  const c = contextEntries(target.context);
  return JSON.stringify(target.kind === 'form' ? { t: 'form', f: target.formId, c } : { t: 'act', o: target.op, c });
}
