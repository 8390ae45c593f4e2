/** cirkels: start Partners in beeld (coordinators), or show where it stands (anyone). */
import { isDomainError } from '../../../domain/errors';
import { t } from '../../../domain/i18n';
import { circlesPanel } from '../circles.presenter';
import { CommandHandlers } from './command-handler';
import { requireChannel } from './channel-guard';

export const circlesCommands: CommandHandlers = {
  async circlesStart(deps, { ctx, actor }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    try {
      const { state, started } = await deps.services.circles.startOrShow(actor, partnership);
      const notice = t(ctx.locale, started ? 'circles.started' : 'circles.alreadyOpen');
      return { kind: 'panel', view: circlesPanel(deps, state, ctx.locale, notice), visibility: 'public' };
    } catch (error) {
      // Nothing open and not a coordinator: show the last summary, if there is one, with how to start a new one.
      const latestId = isDomainError(error) && error.code === 'CIRCLES.NONE_OPEN' ? error.params.latestId : undefined;
      if (typeof latestId !== 'string') throw error;
      const state = await deps.services.circles.state(actor, latestId);
      return { kind: 'panel', view: circlesPanel(deps, state, ctx.locale, t(ctx.locale, 'circles.noneOpen')), visibility: 'private' };
    }
  },
};
