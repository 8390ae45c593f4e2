/** ritme, focus, venster, pauze, hervat, vrij, herinneringen. Anyone sees the rhythm; only coordinators change it. */
import { focusPointByCode } from '../../../domain/catalogue';
import { formatIsoDay, formatList, t } from '../../../domain/i18n';
import type { PartnershipRecord, PersonRecord } from '../../../domain/model/records';
import type { RhythmResult } from '../../../domain/rhythm/rhythm.service';
import { ConversationContext } from '../conversation-context';
import { PlatformDeps } from '../platform-deps';
import { Reply, say } from '../reply';
import { describeRhythm, firstSlotText, overviewLines, refusalLines, slotDate } from '../rhythm.view';
import { CommandHandlers } from './command-handler';
import { requireChannel } from './channel-guard';

async function coordinatedPartnership(deps: PlatformDeps, ctx: ConversationContext, actor: PersonRecord): Promise<PartnershipRecord> {
  const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
  await deps.services.partnerships.requireCoordinator(actor, partnership.id);
  return partnership;
}

/** A change is announced in the channel (it concerns everyone); a refusal only to the coordinator who typed it. */
function answer(result: RhythmResult, ctx: ConversationContext, lines: (ok: Extract<RhythmResult, { ok: true }>) => string[]): Reply {
  if (!result.ok) return say(refusalLines(result.refusal, ctx.locale), 'warning');
  return say(lines(result), 'success', 'public');
}

export const rhythmCommands: CommandHandlers = {
  async rhythmShow(deps, { ctx }) {
    const { partnership } = await deps.services.partnerships.forChannel(requireChannel(ctx));
    const overview = await deps.services.rhythm.overview(partnership.id);
    return { kind: 'message', view: { title: partnership.name, lines: overviewLines(overview, ctx.locale), tone: 'info' }, visibility: 'private' };
  },

  async rhythmSet(deps, { ctx, actor, command }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    const result = await deps.services.rhythm.setRhythm(partnership.id, { cadence: command.cadence, weekday: command.weekday, time: command.time }, actor.id);
    return answer(result, ctx, ({ overview }) => [
      t(ctx.locale, 'rhythm.set', { rhythm: describeRhythm(overview.schedule, ctx.locale), date: firstSlotText(overview, ctx.locale) }),
    ]);
  },

  async focusSet(deps, { ctx, actor, command }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    const result = await deps.services.rhythm.setFocus(partnership.id, command.codes, actor.id);
    const labels = command.codes.map((code) => focusPointByCode(code)?.label[ctx.locale] ?? code);
    return answer(result, ctx, () => [t(ctx.locale, 'focus.set', { focus: formatList(ctx.locale, labels) })]);
  },

  async focusAll(deps, { ctx, actor }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    return answer(await deps.services.rhythm.setFocus(partnership.id, [], actor.id), ctx, () => [t(ctx.locale, 'focus.all')]);
  },

  async windowSet(deps, { ctx, actor, command }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    return answer(await deps.services.rhythm.setWindow(partnership.id, command.days, actor.id), ctx, () => [t(ctx.locale, 'window.set', { days: command.days })]);
  },

  async pause(deps, { ctx, actor, command }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    return answer(await deps.services.rhythm.pause(partnership.id, command.until, actor.id), ctx, () => [t(ctx.locale, 'pause.set', { date: formatIsoDay(ctx.locale, command.until) })]);
  },

  async resume(deps, { ctx, actor }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    return answer(await deps.services.rhythm.resume(partnership.id, actor.id), ctx, ({ overview }) => [t(ctx.locale, 'resume.ok', { date: firstSlotText(overview, ctx.locale) })]);
  },

  async blackout(deps, { ctx, actor, command }) {
    const partnership = await coordinatedPartnership(deps, ctx, actor);
    const result = await deps.services.rhythm.addBlackout(partnership.id, command.date, actor.id);
    return answer(result, ctx, ({ overview, moved }) => [
      t(ctx.locale, 'blackout.set', { date: formatIsoDay(ctx.locale, command.date) }),
      ...(moved ? [t(ctx.locale, 'blackout.moved', { date: slotDate(moved, overview.schedule, ctx.locale) })] : []),
    ]);
  },

  // A personal setting: works in a DM too, and needs no coordinator.
  async reminders(deps, { ctx, actor, command }) {
    await deps.services.rhythm.setReminders(actor.id, command.on);
    return say([t(ctx.locale, command.on ? 'reminders.on' : 'reminders.off')], 'success');
  },
};
