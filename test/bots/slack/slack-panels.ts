/**
 * Helpers for the panel tests on Slack: run a slash command and read its response_url answer, click a panel button
 * of a message (as Slack sends block_actions), submit the modal it opened (view_submission with state values in
 * Slack's shapes per element type), and read the channel message updates.
 */
import { checkBlockKitMessage, checkModalView } from '../../support/block-kit-check';
import { SlackHarness } from './slack-harness';
import { buttonClick, sendCommand, sendInteraction, slashCommand, viewSubmission, Where, Who } from './slack-requests';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let n = 0;

export async function command(h: SlackHarness, who: Who, where: Where, text: string): Promise<Json> {
  const id = `panel-cmd-${(n += 1)}`;
  const res = await sendCommand(h.app.url, slashCommand(who, where, text, h.fake.responseUrl(id)));
  expect(res.status).toBe(200);
  const reply = (await h.fake.waitForResponse(id)) as Json;
  expect(checkBlockKitMessage(reply)).toEqual([]);
  return reply;
}

export function buttons(message: Json): Json[] {
  return (message.blocks as Json[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);
}

export function blockText(message: Json): string {
  return JSON.stringify(message.blocks);
}

/** Clicks the button whose label matches; returns the modal Slack was asked to open (checked), if any. */
export async function click(h: SlackHarness, who: Who, where: Where, message: Json, label: RegExp): Promise<Json | undefined> {
  const button = buttons(message).find((b) => label.test(b.text.text));
  if (!button) throw new Error(`no button ${label} in ${buttons(message).map((b) => b.text.text).join(', ')}`);
  const mark = h.fake.calls.length;
  const res = await sendInteraction(h.app.url, buttonClick(who, where, { action_id: button.action_id, value: button.value, block_id: 'panel' }, h.fake.responseUrl(`click-${(n += 1)}`)));
  expect(res.status).toBe(200);
  if (!String(button.action_id).startsWith('oogst.form.open')) return undefined;
  const opened = await h.fake.waitFor('views.open', (c) => h.fake.calls.indexOf(c) >= mark);
  const view = opened.args.view as Json;
  expect(checkModalView(view)).toEqual([]);
  return view;
}

export const text = (value: string | null) => ({ type: 'plain_text_input', value });
export const checked = (values: string[]) => ({ type: 'checkboxes', selected_options: values.map((v) => ({ text: { type: 'plain_text', text: v }, value: v })) });
export const multi = (values: string[]) => ({ type: 'multi_static_select', selected_options: values.map((v) => ({ text: { type: 'plain_text', text: v }, value: v })) });
export const radio = (value: string | null) => ({ type: 'radio_buttons', selected_option: value ? { text: { type: 'plain_text', text: value }, value } : null });
export const select = (value: string | null) => ({ type: 'static_select', selected_option: value ? { text: { type: 'plain_text', text: value }, value } : null });
export const date = (value: string | null) => ({ type: 'datepicker', selected_date: value });
export const time = (value: string | null) => ({ type: 'timepicker', selected_time: value });
export const number = (value: string | null) => ({ type: 'number_input', value });

/** Submits the modal with `values` (field id -> element state); returns the ack body Slack got ('' when closed). */
export async function submit(h: SlackHarness, who: Who, view: Json, values: Record<string, Json>): Promise<Json | ''> {
  const state = Object.fromEntries(Object.entries(values).map(([id, element]) => [id, { [id]: element }]));
  const res = await sendInteraction(h.app.url, viewSubmission(who, view, state));
  expect(res.status).toBe(200);
  return res.text === '' ? '' : (res.json() as Json);
}

/** The chat.update calls (panel message updates) since `mark`, each checked as Block Kit. */
export async function updateSince(h: SlackHarness, mark: number): Promise<Json> {
  const call = await h.fake.waitFor('chat.update', (c) => h.fake.calls.indexOf(c) >= mark);
  expect(checkBlockKitMessage(call.args)).toEqual([]);
  return call.args as Json;
}

/**
 * A saved form: the ack closes the modal ('') or turns it into the confirmation (a message modal without
 * inputs, checked as a modal); `notice` is what that confirmation must say.
 */
export function expectSaved(ack: Json | '', notice?: RegExp): void {
  if (ack === '' && !notice) return;
  expect(ack).toMatchObject({ response_action: 'update', view: { type: 'modal', callback_id: 'oogst.message' } });
  const view = (ack as Json).view as Json;
  expect(checkModalView(view)).toEqual([]);
  expect((view.blocks as Json[]).some((b) => b.type === 'input')).toBe(false);
  if (notice) expect(JSON.stringify(view.blocks)).toMatch(notice);
}
