/** mijn gegevens, vergeet mij, privacy [bewaren|verwijderen], audit. */
import { t } from '../../../domain/i18n';
import { exportLinks } from '../../../server/personal-data.links';
import { auditView } from '../privacy/audit.view';
import { FORGET_TOKEN_TTL_MS, forgetToken } from '../privacy/forget-token';
import { forgetConfirmView, myDataView, noticeView, policyLine } from '../privacy/privacy.views';
import { say } from '../reply';
import { CommandHandlers } from './command-handler';
import { requireChannel } from './channel-guard';

export const privacyCommands: CommandHandlers = {
  // Personal data: the links go to the requester only (Slack ephemeral, Teams personal chat).
  async myData(deps, { ctx, actor }) {
    const data = await deps.services.privacy.requestExport(actor);
    const links = exportLinks(deps.config, actor.id, deps.clock.now());
    return { kind: 'privacy', view: myDataView(ctx.locale, data, links), visibility: 'personal' };
  },

  // Nothing is erased here: the card's buttons carry a token bound to this person (see privacy/forget-flow.ts).
  async forgetMe(deps, { ctx, actor }) {
    const expiresAt = new Date(deps.clock.now().getTime() + FORGET_TOKEN_TTL_MS);
    const policies = await deps.services.privacy.policiesFor(actor);
    const view = forgetConfirmView(ctx.locale, policies, forgetToken(deps.config, actor.id, expiresAt), expiresAt);
    return { kind: 'privacy', view, visibility: 'personal' };
  },

  async privacy(deps, { ctx, actor, command, partnership }) {
    const months = deps.config.OOGST_RETENTION_MONTHS;
    if (!command.policy) {
      const notice = noticeView(deps, ctx.locale);
      const policy = partnership ? [policyLine(ctx.locale, partnership.name, await deps.services.privacy.policyOf(partnership.id), months)] : [];
      return { kind: 'privacy', view: { ...notice, lines: [...notice.lines, ...policy, t(ctx.locale, 'privacy.policy.how')] }, visibility: 'private' };
    }
    const { partnership: target } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    const changed = await deps.services.privacy.setPolicy({ user: ctx.user, person: actor }, target, command.policy);
    if (!changed) return say([t(ctx.locale, 'privacy.policy.unchanged', { partnership: target.name })]);
    const key = command.policy === 'keep_scores' ? 'privacy.policy.set.keep_scores' : 'privacy.policy.set.delete';
    // Everyone in the channel should know what happens to their answers.
    return say([t(ctx.locale, key, { partnership: target.name })], 'success', 'public');
  },

  // Names of coordinators and leads: only for the reader, never into a shared thread.
  async audit(deps, { ctx, actor }) {
    const lines = await deps.services.audit.recent({ user: ctx.user, person: actor });
    return { kind: 'privacy', view: auditView(ctx.locale, lines), visibility: 'personal' };
  },
};
