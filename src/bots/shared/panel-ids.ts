/**
 * The forms and actions a panel button may name, and zod schemas to read them back from untrusted platform
 * payloads (Teams card data, Slack button values and modal metadata). Anything else is refused at the edge.
 */
import { z } from 'zod';
import type { PanelContext, PanelTarget } from '../../cards';
import { CIRCLE_FORMS } from './circles-forms.presenter';
import { DIALOGUE_FORMS } from './dialogue-forms.presenter';

export const FORM_IDS = [...CIRCLE_FORMS, ...DIALOGUE_FORMS] as const;
export type FormId = (typeof FORM_IDS)[number];
export const PANEL_OPS = ['show', 'circles.close', 'dialogue.cancel'] as const;
export type PanelOp = (typeof PANEL_OPS)[number];

const id = z.string().trim().min(1).max(64).regex(/^[\w-]+$/);
export const panelContextSchema = z.object({ exerciseId: id.optional(), actorId: id.optional(), dialogueId: id.optional() });
export const formIdSchema = z.enum(FORM_IDS);
export const panelOpSchema = z.enum(PANEL_OPS);

const buttonValueSchema = z.union([
  z.object({ t: z.literal('form'), f: formIdSchema, c: panelContextSchema }),
  z.object({ t: z.literal('act'), o: panelOpSchema, c: panelContextSchema }),
]);

export type ParsedTarget = { kind: 'form'; formId: FormId; context: PanelContext } | { kind: 'act'; op: PanelOp; context: PanelContext };

/** A Slack button value (see panelButtonValue in src/cards); undefined when it is not one of ours. */
export function parseButtonValue(raw: string): ParsedTarget | undefined {
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const v = parsed.data;
    return v.t === 'form' ? { kind: 'form', formId: v.f, context: v.c } : { kind: 'act', op: v.o, context: v.c };
  } catch {
    return undefined;
  }
}

export type { PanelTarget };
