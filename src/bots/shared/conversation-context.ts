import { MentionRef } from '../../domain/commands';
import { Locale } from '../../domain/i18n';
import { ChannelRef, PlatformUser } from '../../domain/model/records';

/** One incoming interaction, translated from a platform payload by src/bots/<platform>. */
export interface ConversationContext {
  user: PlatformUser;
  /** The channel or group conversation; undefined in a personal chat / DM. */
  channel?: ChannelRef;
  locale: Locale;
  /**
   * Where this was typed, as the JSON the platform needs to post there later, also for a personal chat (Teams;
   * a weekly digest subscription delivers there). Slack finds a DM from the user id, so it leaves this out.
   */
  conversationRef?: string;
  /** The platform's id of this delivery (Teams activity id, Slack trigger/event id): retries carry the same one. */
  deliveryKey: string;
  /** Turns an @-mention into a platform user (ids live in Teams entities, Slack names need users.info). */
  resolveMention(ref: MentionRef): Promise<PlatformUser | undefined>;
}
