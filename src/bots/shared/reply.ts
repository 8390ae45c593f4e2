import { AnswerListViewModel, DigestViewModel, MessageViewModel, PanelView, PrivacyCardViewModel } from '../../cards';

/**
 * What a command answers, before a platform renders it. Private replies go only to the person who asked;
 * `personal` ones hold personal data or links (download links, the erase confirmation): Slack shows them
 * ephemerally, Teams (which has no ephemeral messages in channels) in the personal chat.
 */
export type Reply = (
  | { kind: 'message'; view: MessageViewModel; visibility: 'private' | 'public' }
  | { kind: 'answerList'; view: AnswerListViewModel; visibility: 'private' }
  | { kind: 'privacy'; view: PrivacyCardViewModel; visibility: 'private' | 'personal' }
  /** Three circles, a dialogue table, or a form (issue 6): public when the whole channel works on it. */
  | { kind: 'panel'; view: PanelView; visibility: 'private' | 'public' }
  /** The regional lead's weekly digest ("digest nu", issue 7): only for the requester. */
  | { kind: 'digest'; view: DigestViewModel; visibility: 'personal' }
) & {
  /** The first-contact privacy notice, sent privately after the reply (src/bots/shared/privacy/first-contact.ts). */
  notice?: PrivacyCardViewModel;
};

export const say = (lines: string[], tone: MessageViewModel['tone'] = 'info', visibility: 'private' | 'public' = 'private'): Reply => ({
  kind: 'message', view: { lines, tone }, visibility,
});
