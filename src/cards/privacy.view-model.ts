/**
 * The privacy messages (first-contact notice, "mijn gegevens" download links, the "vergeet mij" confirmation) as
 * one neutral view model: text lines, link buttons and, for the confirmation, two buttons carrying a signed token.
 */
import type { MessageTone } from './view-models';
import { ACTIONS } from './action-ids';

export interface LinkButtonView {
  label: string;
  url: string;
}

export type ForgetDecision = 'confirm' | 'cancel';

export interface ForgetChoiceView {
  /** Signed, expiring, bound to the person who asked; checked again when a button comes back. */
  token: string;
  confirmLabel: string;
  cancelLabel: string;
}

export interface PrivacyCardViewModel {
  title?: string;
  lines: string[];
  tone?: MessageTone;
  links?: LinkButtonView[];
  forget?: ForgetChoiceView;
}

/** Data of a "vergeet mij" button (Teams `Action.Submit`); Slack sends the token as the button value. */
export interface ForgetActionData {
  action: typeof ACTIONS.forget;
  decision: ForgetDecision;
  token: string;
}

export const forgetActionId = (decision: ForgetDecision): string => `${ACTIONS.forget}:${decision}`;
export const FORGET_ACTION_ID_PATTERN = /^oogst\.privacy\.forget:(confirm|cancel)$/;
export const linkActionId = (index: number): string => `${ACTIONS.openLink}:${index}`;
export const LINK_ACTION_ID_PATTERN = /^oogst\.link:\d+$/;
