/** regio nieuw, partnerschap nieuw, partnerschap lijst, regioleider: the chat side of setting up a region. */
import { DomainError } from '../../../domain/errors';
import { formatList, Locale, t } from '../../../domain/i18n';
import { MentionRef } from '../../../domain/commands';
import { PlatformUser } from '../../../domain/model/records';
import { PartnershipOverview } from '../../../domain/setup/admin.service';
import { ConversationContext } from '../conversation-context';
import { say } from '../reply';
import { CommandHandlers } from './command-handler';

/** The person an @-mention points at; PERSON.NOT_FOUND (with what was typed) when the platform does not know them. */
export async function mentionedUser(ctx: ConversationContext, ref: MentionRef): Promise<PlatformUser> {
  const target = await ctx.resolveMention(ref);
  if (target) return target;
  const label = 'name' in ref && ref.name ? ref.name : 'email' in ref && ref.email ? ref.email : ref.platform === 'slack' ? ref.userId : '';
  throw new DomainError('PERSON.NOT_FOUND', { person: label });
}

function overviewLine(locale: Locale, { partnership, links }: PartnershipOverview): string {
  const regions = links.map((l) => `${l.region.name} (${t(locale, `positioning.${l.positioning}`)})`);
  return t(locale, 'partnership.list.item', {
    name: partnership.name,
    sectors: partnership.sectors.length ? partnership.sectors.join(', ') : t(locale, 'partnership.list.noSectors'),
    regions: regions.length ? formatList(locale, regions) : t(locale, 'partnership.list.noRegion'),
  });
}

export const setupCommands: CommandHandlers = {
  async regionNew(deps, { ctx, actor, command }) {
    const region = await deps.services.admin.createRegion(
      { user: ctx.user, person: actor },
      { name: command.name, kind: command.regionKind, holidayRegion: command.holidayRegion },
    );
    return say([
      t(ctx.locale, 'region.created', { name: region.name }),
      t(ctx.locale, 'region.createdDetails', { kind: t(ctx.locale, `region.kind.${region.kind}`), holidayRegion: t(ctx.locale, `region.holiday.${region.holidayRegion}`) }),
    ], 'success');
  },

  async partnershipNew(deps, { ctx, actor, command }) {
    const { partnership, region } = await deps.services.admin.createPartnership(
      { user: ctx.user, person: actor },
      { name: command.name, region: command.region, sectors: command.sectors },
    );
    return say([
      t(ctx.locale, 'partnership.created', { name: partnership.name, region: region.name }),
      t(ctx.locale, 'partnership.createdNext', { name: partnership.name }),
    ], 'success');
  },

  async partnershipList(deps, { ctx, actor }) {
    const overview = await deps.services.admin.listPartnerships({ user: ctx.user, person: actor });
    if (!overview.length) return say([t(ctx.locale, 'partnership.list.empty')]);
    return say([t(ctx.locale, 'partnership.list.header'), ...overview.map((item) => `• ${overviewLine(ctx.locale, item)}`)]);
  },

  async regionLead(deps, { ctx, actor, command }) {
    const target = await mentionedUser(ctx, command.person);
    const { person, region, changed } = await deps.services.admin.appointRegionLead({ user: ctx.user, person: actor }, target, command.region);
    return changed
      ? say([t(ctx.locale, 'region.leadSet', { person: person.displayName, region: region.name })], 'success', 'public')
      : say([t(ctx.locale, 'region.leadAlready', { person: person.displayName, region: region.name })]);
  },
};
