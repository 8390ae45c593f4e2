import { CommandOf, ParsedCommand } from '../../../domain/commands';
import { PartnershipRecord, PersonRecord } from '../../../domain/model/records';
import { ConversationContext } from '../conversation-context';
import { PlatformDeps } from '../platform-deps';
import { Reply } from '../reply';

export type HandledKind = Exclude<ParsedCommand['kind'], 'unknown' | 'invalid' | 'help'>;

export interface CommandRequest<K extends HandledKind> {
  ctx: ConversationContext;
  /** The person acting, already identified (and a member of the channel's partnership, if linked). */
  actor: PersonRecord;
  command: CommandOf<K>;
  /** The partnership of the channel the command was typed in, when that channel is linked. */
  partnership?: PartnershipRecord;
}

export type CommandHandler<K extends HandledKind> = (deps: PlatformDeps, request: CommandRequest<K>) => Promise<Reply>;

/** One entry per command kind; each area of the bot contributes its own object (see ./index.ts). */
export type CommandHandlers = { [K in HandledKind]?: CommandHandler<K> };
