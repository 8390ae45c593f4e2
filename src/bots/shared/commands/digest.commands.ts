/**
 * digest abonneer [dag uu:mm], digest stop, digest nu: the regional lead's weekly digest (issue 7). Only regional
 * leads (DigestService refuses anyone else, admins too). Subscribing in a personal chat delivers there; in a channel
 * to that channel (not a partnership's). "digest nu" goes to the requester only: Slack ephemeral, Teams personal chat.
 */
import type { DigestTarget } from '../../../domain/digest/digest.ports';
import { formatList, formatWeekday, t } from '../../../domain/i18n';
import { ConversationContext } from '../conversation-context';
import { digestViewModel } from '../digest.presenter';
import { say } from '../reply';
import { CommandHandlers } from './command-handler';

/** Where this conversation is, as a digest destination. */
export function digestTarget(ctx: ConversationContext): DigestTarget {
  if (ctx.channel) {
    const { platform, workspaceId, channelId, conversationRef } = ctx.channel;
    return { platform, workspaceId, kind: 'channel', targetKey: channelId, conversationRef };
  }
  const { platform, workspaceId, userId } = ctx.user;
  // Slack opens the DM from the user id; Teams needs the personal chat's conversation reference.
  const conversationRef = platform === 'slack' ? JSON.stringify({ teamId: workspaceId, userId }) : (ctx.conversationRef ?? '');
  return { platform, workspaceId, kind: 'personal', targetKey: `personal:${userId}`, conversationRef };
}

export const digestCommands: CommandHandlers = {
  async digestSubscribe(deps, { ctx, actor, command }) {
    const target = digestTarget(ctx);
    const outcome = await deps.services.digest.subscribe(actor, target, { weekday: command.weekday, time: command.time }, ctx.locale);
    if (!outcome.ok) return say([t(ctx.locale, 'digest.partnershipChannel', { partnership: outcome.partnership })], 'warning');
    const [first] = outcome.subscriptions;
    const regions = formatList(ctx.locale, outcome.regions.map((r) => r.name));
    return say([
      t(ctx.locale, 'digest.subscribed', { weekday: formatWeekday(ctx.locale, first.weekday), time: first.time }),
      t(ctx.locale, target.kind === 'personal' ? 'digest.subscribed.where.personal' : 'digest.subscribed.where.channel', { regions }),
    ], 'success');
  },

  async digestStop(deps, { ctx, actor }) {
    const stopped = await deps.services.digest.stop(actor, digestTarget(ctx));
    return say([t(ctx.locale, stopped ? 'digest.stopped' : 'digest.notSubscribed')], stopped ? 'success' : 'info');
  },

  async digestNow(deps, { ctx, actor }) {
    const [digest, ...rest] = await deps.services.digest.forRequester(actor);
    if (!digest) return say([t(ctx.locale, 'digest.empty')]);
    // A lead of several regions gets the first here and links to the others' reports.
    const others = rest.map((d) => ({ regionId: d.region.id, name: d.region.name }));
    return { kind: 'digest', view: digestViewModel(deps, digest, ctx.locale, { others }), visibility: 'personal' };
  },
};
