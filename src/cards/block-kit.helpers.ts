/** Small pure builders and Slack limits shared by the Block Kit renderers. */
import type { ContextBlock, HeaderBlock, Mrkdwn, PlainText, SectionBlock } from './block-kit.types';

/** Documented Block Kit limits (https://api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2000,
  placeholder: 150,
  optionText: 75,
  optionValue: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  radioOptions: 10,
  selectOptions: 100,
  plainTextInputMaxLength: 3000,
  privateMetadata: 3000,
  id: 255,
} as const;

/** Cuts `text` to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const char of text) {
    // Counts UTF-16 units (never fewer than Slack counts) and never splits a surrogate pair.
    if (cut.length + char.length > max - 1) break;
    cut += char;
  }
  return `${cut}…`;
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function plain(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** mrkdwn text object; `text` must already be escaped where it contains user text. */
export function mrkdwn(text: string, max: number = SLACK_LIMITS.sectionText): Mrkdwn {
  return { type: 'mrkdwn', text: truncate(text, max) };
}

export function headerBlock(text: string): HeaderBlock {
  return { type: 'header', text: plain(text, SLACK_LIMITS.headerText) };
}

export function sectionBlock(markdown: string): SectionBlock {
  return { type: 'section', text: mrkdwn(markdown) };
}

/** A context line of plain (escaped) texts. */
export function contextBlock(texts: string[]): ContextBlock {
  return {
    type: 'context',
    elements: texts.slice(0, SLACK_LIMITS.contextElements).map((t) => mrkdwn(escapeMrkdwn(t))),
  };
}

/** A block quote in italics, one `>` per line, for text that is not yet escaped. */
export function quoteMrkdwn(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => `>_${escapeMrkdwn(line)}_`)
    .join('\n');
}

/** Splits lines into section texts of at most `max` characters each (a long line is cut). */
export function chunkLines(lines: string[], max: number = SLACK_LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
