/**
 * Panels on Slack: the modal metadata (which form, which records, which message to update afterwards; checked
 * with zod when it comes back), the submitted values read from `view.state.values`, and updating the panel
 * message in the channel for everyone.
 */
import { z } from 'zod';
import { formModalView, FormViewModel, ModalView, panelBlocks, PanelView } from '../../cards';
import { isLocale, Locale } from '../../domain/i18n';
import { slackIdSchema } from './slack-ids';
import { Logger } from '../../shared/logger';
import { formIdSchema, panelContextSchema } from '../shared/panel-ids';
import { WebClient } from './slack-web-client';

const id = slackIdSchema;

export const panelMetadataSchema = z.object({
  f: formIdSchema,
  c: panelContextSchema,
  teamId: id,
  enterpriseId: id.optional(),
  /** The channel and message of the button: the person's partnership, and the message to update afterwards. */
  channelId: id.optional(),
  ts: z.string().max(32).regex(/^\d+(\.\d+)?$/, 'not a Slack message ts').optional(),
  locale: z.string().refine(isLocale),
});
export type PanelMetadata = z.infer<typeof panelMetadataSchema> & { locale: Locale };

export function formModal(form: FormViewModel, meta: PanelMetadata): ModalView {
  return formModalView(form, JSON.stringify(meta));
}

export function readPanelMetadata(raw: string): PanelMetadata | undefined {
  try {
    const parsed = panelMetadataSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as PanelMetadata) : undefined;
  } catch {
    return undefined;
  }
}

const option = z.object({ value: z.string().max(150) });
const elementState = z.union([
  z.object({ type: z.literal('plain_text_input'), value: z.string().max(20_000).nullable().optional() }),
  z.object({ type: z.enum(['radio_buttons', 'static_select']), selected_option: option.nullable().optional() }),
  z.object({ type: z.enum(['checkboxes', 'multi_static_select']), selected_options: z.array(option).max(100).default([]) }),
  z.object({ type: z.literal('datepicker'), selected_date: z.string().max(10).nullable().optional() }),
  z.object({ type: z.literal('timepicker'), selected_time: z.string().max(5).nullable().optional() }),
  z.object({ type: z.literal('number_input'), value: z.string().max(20).nullable().optional() }),
]);

/** `values[block][action]` -> `{ field: "text" | ["a", "b"] }`; a block that is not one of our inputs' shapes names itself. */
export function panelValues(values: Record<string, Record<string, unknown>>): { ok: true; values: Record<string, string | string[]> } | { ok: false; field: string } {
  const out: Record<string, string | string[]> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    const state = actions[blockId];
    if (state === undefined) continue;
    const parsed = elementState.safeParse(state);
    if (!parsed.success) return { ok: false, field: blockId };
    const e = parsed.data;
    switch (e.type) {
      case 'checkboxes': case 'multi_static_select': out[blockId] = e.selected_options.map((o) => o.value); break;
      case 'radio_buttons': case 'static_select': out[blockId] = e.selected_option?.value ?? ''; break;
      case 'datepicker': out[blockId] = e.selected_date ?? ''; break;
      case 'timepicker': out[blockId] = e.selected_time ?? ''; break;
      default: out[blockId] = e.value ?? '';
    }
  }
  return { ok: true, values: out };
}

/** Replaces the panel message in the channel (everyone's view); an ephemeral or deleted one cannot be: logged. */
export async function updatePanelMessage(client: WebClient, channel: string | undefined, ts: string | undefined, panel: PanelView, log: Logger): Promise<void> {
  if (!channel || !ts) return;
  const message = panelBlocks(panel);
  try {
    await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks as never });
  } catch (error) {
    log.warn({ err: (error as { data?: { error?: string } }).data?.error ?? String(error) }, 'slack: panel message update failed');
  }
}
