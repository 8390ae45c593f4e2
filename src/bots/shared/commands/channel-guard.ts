import { DomainError } from '../../../domain/errors';
import { ConversationContext } from '../conversation-context';

/** Commands about "this partnership" need a channel; in a personal chat they explain how to link one. */
export function requireChannel(ctx: ConversationContext): NonNullable<ConversationContext['channel']> {
  if (!ctx.channel) throw new DomainError('CHANNEL.NOT_LINKED');
  return ctx.channel;
}
