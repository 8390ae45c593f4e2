/**
 * The signed links of the three-circle picture (/files/circles/<id>/diagram.png|svg) and of a dialogue's calendar
 * invite (/files/dialogues/<id>/invite.ics). The record id in the path is what the signature covers; the file is
 * made when the link is opened, so it always shows the current state (a moved dialogue: the new SEQUENCE).
 */
import { LinkSigner, linkSigner, publicUrl } from './signed-links';

export const DIAGRAM_FORMATS = ['png', 'svg'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];
/** Links in chat live a month; opening the card again ("cirkels", "dialoog lijst") makes fresh ones. */
export const PANEL_LINK_TTL_MS = 30 * 24 * 3_600_000;

export const diagramPath = (exerciseId: string, format: DiagramFormat): string => `/files/circles/${exerciseId}/diagram.${format}`;
export const invitePath = (dialogueId: string): string => `/files/dialogues/${dialogueId}/invite.ics`;

type LinkConfig = { OOGST_LINK_SECRET?: string; PUBLIC_BASE_URL?: string; HOST: string; PORT: number };

export function diagramLinks(config: LinkConfig, exerciseId: string, now: Date, signer: LinkSigner = linkSigner(config)): Record<DiagramFormat, string> {
  const expiresAt = new Date(now.getTime() + PANEL_LINK_TTL_MS);
  const link = (format: DiagramFormat) => publicUrl(config, signer.signedPath(diagramPath(exerciseId, format), expiresAt));
  return { png: link('png'), svg: link('svg') };
}

/** Valid a month, and at least a week past the dialogue's end (for a follow-up look in the calendar). */
export function inviteLink(config: LinkConfig, dialogue: { id: string; startsAt: Date }, now: Date, signer: LinkSigner = linkSigner(config)): string {
  const expiresAt = new Date(Math.max(now.getTime() + PANEL_LINK_TTL_MS, dialogue.startsAt.getTime() + 8 * 24 * 3_600_000));
  return publicUrl(config, signer.signedPath(invitePath(dialogue.id), expiresAt));
}
