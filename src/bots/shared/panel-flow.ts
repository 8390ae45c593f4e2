/**
 * Panel interactions, shared by Teams (Action.Execute / Submit) and Slack (buttons, modals): open a form, submit
 * it, close the exercise, cancel a dialogue, show the current state. Returns view models only; the platform folder
 * renders them and decides where they go (the person's card, the channel message).
 */
import type { PanelContext } from '../../cards';
import { closeCircles, openCircleForm, showCircles, submitCircleForm } from './circles.flow';
import type { CircleFormId } from './circles-forms.presenter';
import type { ConversationContext } from './conversation-context';
import { cancelDialogue, openDialogueForm, showDialogue, submitDialogueForm } from './dialogue.flow';
import type { DialogueFormId } from './dialogue-forms.presenter';
import type { FormId, PanelOp } from './panel-ids';
import { guardPanel, type PanelOutcome } from './panel-outcome';
import type { PlatformDeps } from './platform-deps';

export type { PanelOutcome } from './panel-outcome';

const isCircleForm = (formId: FormId): formId is CircleFormId => formId.startsWith('circles.');

export function openForm(deps: PlatformDeps, ctx: ConversationContext, formId: FormId, context: PanelContext): Promise<PanelOutcome> {
  return guardPanel(deps, ctx, `open ${formId}`, async () => {
    const person = await deps.services.partnerships.identify(ctx.user, ctx.channel);
    return isCircleForm(formId) ? openCircleForm(deps, ctx, person, formId, context) : openDialogueForm(deps, ctx, person, formId as DialogueFormId, context);
  });
}

/** `values`: the inputs as submitted (strings; a multi-select as "a,b" or an array). Nothing is stored unless valid. */
export function submitForm(deps: PlatformDeps, ctx: ConversationContext, formId: FormId, context: PanelContext, values: Record<string, unknown>): Promise<PanelOutcome> {
  return guardPanel(deps, ctx, `submit ${formId}`, async () => {
    const person = await deps.services.partnerships.identify(ctx.user, ctx.channel);
    return isCircleForm(formId)
      ? submitCircleForm(deps, ctx, person, formId, context, values)
      : submitDialogueForm(deps, ctx, person, formId as DialogueFormId, context, values);
  });
}

export function runPanelAction(deps: PlatformDeps, ctx: ConversationContext, op: PanelOp, context: PanelContext): Promise<PanelOutcome> {
  return guardPanel(deps, ctx, op, async () => {
    const person = await deps.services.partnerships.identify(ctx.user, ctx.channel);
    switch (op) {
      case 'circles.close':
        return closeCircles(deps, ctx, person, context);
      case 'dialogue.cancel':
        return cancelDialogue(deps, ctx, person, context);
      case 'show':
        return context.dialogueId ? showDialogue(deps, ctx, person, context) : showCircles(deps, ctx, person, context);
    }
  });
}
