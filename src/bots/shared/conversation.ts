/**
 * The platform-neutral conversation: a text command in, a reply view model out. Teams and Slack translate
 * their payloads into a ConversationContext and render the Reply; every rule lives in the domain services.
 */
import { MessageViewModel, PrivacyCardViewModel } from '../../cards';
import { formatParseProblem, helpSections, parseCommand } from '../../domain/commands';
import { isDomainError } from '../../domain/errors';
import { Locale, t } from '../../domain/i18n';
import { PartnershipRecord } from '../../domain/model/records';
import { COMMAND_HANDLERS, CommandHandler, CommandRequest, HandledKind } from './commands';
import { ConversationContext } from './conversation-context';
import { domainErrorView, genericErrorView } from './error-messages';
import { PlatformDeps } from './platform-deps';
import { identifyActor, withNotice } from './privacy/first-contact';
import { Reply, say } from './reply';

export type { ConversationContext } from './conversation-context';
export type { Reply } from './reply';

export class Conversation {
  constructor(private readonly deps: PlatformDeps) {}

  /** Runs one text command. Never throws: every failure becomes a friendly message. */
  async handleText(ctx: ConversationContext, text: string): Promise<Reply> {
    const command = parseCommand(text);
    let partnership: PartnershipRecord | undefined;
    let notice: PrivacyCardViewModel | undefined;
    try {
      if (command.kind === 'unknown' || command.kind === 'invalid') return say([formatParseProblem(command, ctx.locale)], 'warning');
      if (command.kind === 'help') return { kind: 'message', view: this.help(ctx.locale), visibility: 'private' };
      const identified = await identifyActor(this.deps, ctx);
      const actor = identified.actor;
      notice = identified.notice;
      partnership = await this.partnershipOfChannel(ctx);
      const handler = COMMAND_HANDLERS[command.kind] as CommandHandler<HandledKind> | undefined;
      if (!handler) return say([t(ctx.locale, 'command.comingSoon')]);
      return withNotice(await handler(this.deps, { ctx, actor, command, partnership } as CommandRequest<HandledKind>), notice);
    } catch (error) {
      if (isDomainError(error)) return withNotice<Reply>({ kind: 'message', view: domainErrorView(error, ctx.locale, partnership?.name), visibility: 'private' }, notice);
      this.deps.log.error({ err: error, platform: ctx.user.platform, command: command.kind }, 'command failed');
      return withNotice<Reply>({ kind: 'message', view: genericErrorView(ctx.locale), visibility: 'private' }, notice);
    }
  }

  welcome(locale: Locale): MessageViewModel {
    return {
      title: t(locale, 'welcome.title'),
      lines: [t(locale, 'welcome.body'), t(locale, 'welcome.link')],
      tone: 'info',
      buttons: [{ label: t(locale, 'welcome.helpButton'), command: 'help' }],
    };
  }

  help(locale: Locale): MessageViewModel {
    const lines = [t(locale, 'help.intro')];
    for (const section of helpSections(locale)) {
      lines.push(`**${section.title}**`, ...section.items.map((item) => `• \`${item.usage}\`: ${item.description}`));
    }
    lines.push(t(locale, 'help.footer'));
    return { title: 'Oogst', lines, tone: 'info', buttons: [{ label: t(locale, 'welcome.statusButton'), command: 'status' }] };
  }

  /** The linked partnership of the channel, keeping its stored conversation reference fresh. */
  private async partnershipOfChannel(ctx: ConversationContext): Promise<PartnershipRecord | undefined> {
    if (!ctx.channel) return undefined;
    const binding = await this.deps.repos.bindings.findByChannel(ctx.channel.platform, ctx.channel.workspaceId, ctx.channel.channelId);
    if (!binding?.active) return undefined;
    await this.deps.repos.bindings.refreshReference(ctx.channel);
    return (await this.deps.repos.partnerships.findById(binding.partnershipId)) ?? undefined;
  }
}
