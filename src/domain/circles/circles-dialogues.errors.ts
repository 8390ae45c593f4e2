/**
 * Error codes of the three circles and the dialogue tables, kept here so src/domain/errors.ts needs one line.
 * src/bots/shared/circles-dialogues.errors.ts turns them into messages.
 */
export const CIRCLES_DIALOGUES_ERROR_CODES = [
  'CIRCLES.NONE_OPEN',
  'CIRCLES.NOT_FOUND',
  'CIRCLES.CLOSED',
  'CIRCLES.NEEDS_CHALLENGING',
  'CIRCLES.NOT_PROPOSER',
  'ACCESS.NOT_MEMBER',
  'DIALOGUE.NOT_FOUND',
  'DIALOGUE.CANCELLED',
  'DIALOGUE.INVALID',
  'DIALOGUE.NOT_OWNER',
  'DIALOGUE.NOT_ENDED',
] as const;

export type CirclesDialoguesErrorCode = (typeof CIRCLES_DIALOGUES_ERROR_CODES)[number];

export function isCirclesDialoguesCode(code: string): code is CirclesDialoguesErrorCode {
  return (CIRCLES_DIALOGUES_ERROR_CODES as readonly string[]).includes(code);
}
