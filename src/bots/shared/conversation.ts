/**
 * The platform-neutral conversation: a text command in, a reply view model out. Teams and Slack translate
 * their payloads into a ConversationContext and render the Reply; every rule lives in the domain services.
 */
import { AnswerListViewModel, MessageViewModel } from '../../cards';
import { CommandOf, formatParseProblem, helpSections, parseCommand, ParsedCommand } from '../../domain/commands';
import { focusPointByCode } from '../../domain/catalogue';
import { DomainError, isDomainError } from '../../domain/errors';
import { formatDate, Locale, t } from '../../domain/i18n';
import { PartnershipRecord, PersonRecord } from '../../domain/model/records';
import { ConversationContext } from './conversation-context';
import { domainErrorView, genericErrorView } from './error-messages';
import { PlatformDeps } from './platform-deps';
import { statusView } from './status.view';

export type { ConversationContext } from './conversation-context';

export type Reply =
  | { kind: 'message'; view: MessageViewModel; visibility: 'private' | 'public' }
  | { kind: 'answerList'; view: AnswerListViewModel; visibility: 'private' };

type Handler<K extends ParsedCommand['kind']> = (ctx: ConversationContext, actor: PersonRecord, command: CommandOf<K>) => Promise<Reply>;

const say = (lines: string[], tone: MessageViewModel['tone'] = 'info', visibility: 'private' | 'public' = 'private'): Reply => ({ kind: 'message', view: { lines, tone }, visibility });

export class Conversation {
  constructor(private readonly deps: PlatformDeps) {}

  /** Runs one text command. Never throws: every failure becomes a friendly message. */
  async handleText(ctx: ConversationContext, text: string): Promise<Reply> {
    const command = parseCommand(text);
    let partnership: PartnershipRecord | undefined;
    try {
      if (command.kind === 'unknown' || command.kind === 'invalid') return say([formatParseProblem(command, ctx.locale)], 'warning');
      if (command.kind === 'help') return { kind: 'message', view: this.help(ctx.locale), visibility: 'private' };
      const actor = await this.deps.services.partnerships.identify(ctx.user, ctx.channel);
      if (ctx.channel) partnership = await this.partnershipOfChannel(ctx);
      return await this.dispatch(ctx, actor, command);
    } catch (error) {
      if (isDomainError(error)) return { kind: 'message', view: domainErrorView(error, ctx.locale, partnership?.name), visibility: 'private' };
      this.deps.log.error({ err: error, platform: ctx.user.platform, command: command.kind }, 'command failed');
      return { kind: 'message', view: genericErrorView(ctx.locale), visibility: 'private' };
    }
  }

  welcome(locale: Locale): MessageViewModel {
    return { title: t(locale, 'welcome.title'), lines: [t(locale, 'welcome.body'), t(locale, 'welcome.link')], tone: 'info', buttons: [{ label: t(locale, 'welcome.helpButton'), command: 'help' }] };
  }

  help(locale: Locale): MessageViewModel {
    const lines = [t(locale, 'help.intro')];
    for (const section of helpSections(locale)) {
      lines.push(`**${section.title}**`, ...section.items.map((item) => `• \`${item.usage}\`: ${item.description}`));
    }
    lines.push(t(locale, 'help.footer'));
    return { title: 'Oogst', lines, tone: 'info', buttons: [{ label: t(locale, 'welcome.statusButton'), command: 'status' }] };
  }

  private async partnershipOfChannel(ctx: ConversationContext): Promise<PartnershipRecord | undefined> {
    if (!ctx.channel) return undefined;
    const binding = await this.deps.repos.bindings.findByChannel(ctx.channel.platform, ctx.channel.workspaceId, ctx.channel.channelId);
    if (binding?.active) await this.deps.repos.bindings.refreshReference(ctx.channel);
    return binding?.active ? (await this.deps.repos.partnerships.findById(binding.partnershipId)) ?? undefined : undefined;
  }

  private dispatch(ctx: ConversationContext, actor: PersonRecord, command: Exclude<ParsedCommand, { kind: 'unknown' | 'invalid' | 'help' }>): Promise<Reply> {
    switch (command.kind) {
      case 'link': return this.link(ctx, actor, command);
      case 'addCoordinator': return this.addCoordinator(ctx, actor, command);
      case 'status': return this.status(ctx, actor, command);
      case 'askNow': return this.askNow(ctx, actor, command);
      case 'myAnswers': return this.myAnswers(ctx, actor, command);
      default: return Promise.resolve(say([t(ctx.locale, 'command.comingSoon')]));
    }
  }

  private requireChannel(ctx: ConversationContext): NonNullable<ConversationContext['channel']> {
    if (!ctx.channel) throw new DomainError('CHANNEL.NOT_LINKED');
    return ctx.channel;
  }

  private link: Handler<'link'> = async (ctx, actor, command) => {
    if (!ctx.channel) return say([t(ctx.locale, 'channel.linkInChannel')], 'warning');
    const outcome = await this.deps.services.partnerships.link(actor, ctx.channel, command.partnershipName);
    if (outcome.kind === 'alreadyLinked') return say([t(ctx.locale, 'channel.alreadyLinked', { partnership: outcome.partnership.name })]);
    const lines = [t(ctx.locale, 'channel.linked', { partnership: outcome.partnership.name })];
    if (outcome.becameCoordinator) lines.push(t(ctx.locale, 'channel.youAreCoordinator', { partnership: outcome.partnership.name }));
    return say(lines, 'success', 'public');
  };

  private addCoordinator: Handler<'addCoordinator'> = async (ctx, actor, command) => {
    const partnership = command.partnershipName
      ? await this.deps.services.partnerships.findByName(command.partnershipName)
      : (await this.deps.services.partnerships.forChannel(this.requireChannel(ctx))).partnership;
    const target = await ctx.resolveMention(command.person);
    const label = 'name' in command.person && command.person.name ? command.person.name : 'email' in command.person ? command.person.email : '';
    if (!target) throw new DomainError('PERSON.NOT_FOUND', { person: label });
    try {
      const person = await this.deps.services.partnerships.addCoordinator(actor, partnership.id, target);
      return say([t(ctx.locale, 'coordinator.added', { person: person.displayName, partnership: partnership.name })], 'success', 'public');
    } catch (error) {
      if (isDomainError(error)) return { kind: 'message', view: domainErrorView(error, ctx.locale, partnership.name), visibility: 'private' };
      throw error;
    }
  };

  private status: Handler<'status'> = async (ctx) => {
    const { partnership } = await this.deps.services.partnerships.forChannel(this.requireChannel(ctx));
    const status = await this.deps.services.partnerships.status(partnership.id);
    return { kind: 'message', view: statusView(status, ctx.locale), visibility: 'private' };
  };

  private askNow: Handler<'askNow'> = async (ctx, actor, command) => {
    const { partnership } = await this.deps.services.partnerships.forChannel(this.requireChannel(ctx));
    await this.deps.services.partnerships.requireCoordinator(actor, partnership.id);
    const focusCode = await this.deps.services.prompts.chooseFocus(partnership.id, command.focus);
    // The delivery key makes the prompt's slot: a platform retry of the same message finds the same prompt.
    const prompt = await this.deps.services.prompts.createNow(partnership.id, focusCode, `${ctx.user.platform}:${ctx.deliveryKey}`);
    await this.deps.services.prompts.publish(prompt.id);
    const focus = focusPointByCode(prompt.focusCode)?.label[ctx.locale] ?? prompt.focusCode;
    return say([t(ctx.locale, 'prompt.posted', { focus, date: formatDate(ctx.locale, prompt.closesAt) })], 'success');
  };

  private myAnswers: Handler<'myAnswers'> = async (ctx, actor) => {
    const answers = await this.deps.services.answers.recent(actor, 10);
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
  };
}
