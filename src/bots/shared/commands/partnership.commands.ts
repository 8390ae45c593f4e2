/** link, coordinator, status. */
import { DomainError, isDomainError } from '../../../domain/errors';
import { t } from '../../../domain/i18n';
import { domainErrorView } from '../error-messages';
import { statusView } from '../status.view';
import { overdueStatusLines } from '../dialogue.presenter';
import { say } from '../reply';
import { CommandHandlers } from './command-handler';
import { requireChannel } from './channel-guard';

export const partnershipCommands: CommandHandlers = {
  async link(deps, { ctx, actor, command }) {
    if (!ctx.channel) return say([t(ctx.locale, 'channel.linkInChannel')], 'warning');
    const mayManage = (partnershipId: string) => deps.services.access.mayAppointCoordinator({ user: ctx.user, person: actor }, partnershipId);
    const outcome = await deps.services.partnerships.link(actor, ctx.channel, command.partnershipName, mayManage);
    if (outcome.kind === 'alreadyLinked') return say([t(ctx.locale, 'channel.alreadyLinked', { partnership: outcome.partnership.name })]);
    const lines = [t(ctx.locale, 'channel.linked', { partnership: outcome.partnership.name })];
    if (outcome.becameCoordinator) lines.push(t(ctx.locale, 'channel.youAreCoordinator', { partnership: outcome.partnership.name }));
    return say(lines, 'success', 'public');
  },

  async addCoordinator(deps, { ctx, actor, command }) {
    const partnership = command.partnershipName
      ? await deps.services.partnerships.findByName(command.partnershipName)
      : (await deps.services.partnerships.forChannel(requireChannel(ctx))).partnership;
    const target = await ctx.resolveMention(command.person);
    const label = 'name' in command.person && command.person.name ? command.person.name : 'email' in command.person ? command.person.email : '';
    if (!target) throw new DomainError('PERSON.NOT_FOUND', { person: label });
    try {
      // Coordinators, admins and the partnership's regional leads may appoint (AccessPolicy); SetupService writes.
      const { person, changed } = await deps.services.admin.appointCoordinator({ user: ctx.user, person: actor }, partnership, target);
      if (!changed) return say([t(ctx.locale, 'coordinator.already', { person: person.displayName, partnership: partnership.name })]);
      return say([t(ctx.locale, 'coordinator.added', { person: person.displayName, partnership: partnership.name })], 'success', 'public');
    } catch (error) {
      // Name the partnership in "only its coordinators can": it may not be the channel's.
      if (isDomainError(error)) return { kind: 'message', view: domainErrorView(error, ctx.locale, partnership.name), visibility: 'private' };
      throw error;
    }
  },

  async status(deps, { ctx }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    const status = await deps.services.partnerships.status(partnership.id);
    const view = statusView(status, ctx.locale);
    // Dialogue tables whose follow-up is overdue (issue 6).
    return { kind: 'message', view: { ...view, lines: [...view.lines, ...(await overdueStatusLines(deps, partnership.id, ctx.locale))] }, visibility: 'private' };
  },
};
