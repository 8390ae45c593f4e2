/** dialoog plan, dialoog lijst, dialoog verzet <n> <datum tijd>, dialoog annuleer <n>. */
import { t } from '../../../domain/i18n';
import { planForm } from '../dialogue-forms.presenter';
import { dialogueListLines, dialoguePanel } from '../dialogue.presenter';
import { movedNotice, plannedNotice } from '../dialogue.flow';
import { formPanel } from '../panel-outcome';
import { say } from '../reply';
import { CommandHandlers } from './command-handler';
import { requireChannel } from './channel-guard';

export const dialogueCommands: CommandHandlers = {
  /** Without details: the planning form; with "<datum> <uu:mm> <onderwerp>": planned at once, editable on its card. */
  async dialoguePlan(deps, { ctx, actor, command }) {
    const { partnership, binding } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    await deps.services.partnerships.requireCoordinator(actor, partnership.id);
    if (command.rest.trim() === '') {
      const draft = await deps.services.dialogues.draftContext(partnership.id, ctx.locale);
      const form = planForm({ draft, locale: ctx.locale, ownerId: actor.id, context: {} });
      return { kind: 'panel', view: formPanel(form, t(ctx.locale, 'dialogue.button.plan')), visibility: 'public' };
    }
    const dialogue = await deps.services.dialogues.quickPlan(actor, partnership, binding.id, command.rest, ctx.locale);
    return { kind: 'panel', view: dialoguePanel(deps, dialogue, ctx.locale, plannedNotice(ctx, dialogue)), visibility: 'public' };
  },

  async dialogueList(deps, { ctx, actor }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    const list = await deps.services.dialogues.list(actor, partnership.id);
    return say(dialogueListLines(list, ctx.locale, deps.clock.now()));
  },

  async dialogueMove(deps, { ctx, actor, command }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    const moved = await deps.services.dialogues.move(actor, partnership, command.n, command.when, ctx.locale);
    return { kind: 'panel', view: dialoguePanel(deps, moved, ctx.locale, movedNotice(ctx, moved)), visibility: 'public' };
  },

  async dialogueCancel(deps, { ctx, actor, command }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    const cancelled = await deps.services.dialogues.cancel(actor, await deps.services.dialogues.byNumber(partnership.id, command.n));
    return { kind: 'panel', view: dialoguePanel(deps, cancelled, ctx.locale, t(ctx.locale, 'dialogue.cancelled', { n: cancelled.number })), visibility: 'public' };
  },
};
