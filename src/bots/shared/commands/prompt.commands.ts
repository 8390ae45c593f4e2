/** vraag nu, mijn antwoorden. */
import { focusPointByCode } from '../../../domain/catalogue';
import { formatDate, t } from '../../../domain/i18n';
import { say } from '../reply';
import { CommandHandlers } from './command-handler';
import { requireChannel } from './channel-guard';

export const promptCommands: CommandHandlers = {
  async askNow(deps, { ctx, actor, command }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    await deps.services.partnerships.requireCoordinator(actor, partnership.id);
    const focusCode = await deps.services.prompts.chooseFocus(partnership.id, command.focus);
    // The delivery key makes the prompt's slot: a platform retry of the same message finds the same prompt.
    const prompt = await deps.services.prompts.createNow(partnership.id, focusCode, `${ctx.user.platform}:${ctx.deliveryKey}`);
    await deps.services.prompts.publish(prompt.id);
    const focus = focusPointByCode(prompt.focusCode)?.label[ctx.locale] ?? prompt.focusCode;
    return say([t(ctx.locale, 'prompt.posted', { focus, date: formatDate(ctx.locale, prompt.closesAt) })], 'success');
  },

  async myAnswers(deps, { ctx, actor }) {
    const answers = await deps.services.answers.recent(actor, 10);
    return {
      kind: 'answerList',
      visibility: 'private',
      view: {
        title: t(ctx.locale, 'myAnswers.header', { count: answers.length }),
        emptyText: t(ctx.locale, 'myAnswers.none'),
        items: answers.map((a) => ({
          focusLabel: `${focusPointByCode(a.focusCode)?.label[ctx.locale] ?? a.focusCode} (${a.partnershipName})`,
          dateText: formatDate(ctx.locale, a.updatedAt),
          scoreText: `${a.score}/5`,
          excerpt: a.scenario ?? a.keyword ?? a.discussable ?? a.needed ?? '',
        })),
      },
    };
  },
};
