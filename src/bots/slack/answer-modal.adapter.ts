/**
 * The answer modal, Slack side: which prompt and channel a modal belongs to (private_metadata, checked with zod
 * when it comes back), and the submitted values read from `view.state.values` into the shape the domain validates.
 */
import { z } from 'zod';
import { ANSWER_INPUT_IDS, answerModalView, messageBlocks, MessageViewModel, ModalView, PromptViewModel, TOGGLE_VALUES } from '../../cards';
import { isLocale, Locale } from '../../domain/i18n';
import { slackIdSchema } from './slack-ids';
import { slackText } from './slack-texts';

const id = slackIdSchema;

/** Everything the submission needs but Slack does not send with a view_submission. */
export const modalMetadataSchema = z.object({
  promptId: z.string().min(1).max(100),
  teamId: id,
  enterpriseId: id.optional(),
  /** The channel of the button: the confirmation goes there, and the person joins its partnership. */
  channelId: id.optional(),
  locale: z.string().refine(isLocale),
  /** Where the modal was opened: the App Home is re-published after an answer. */
  from: z.enum(['channel', 'home', 'dm']),
});
export type ModalMetadata = z.infer<typeof modalMetadataSchema> & { locale: Locale };

export function answerModal(vm: PromptViewModel, meta: ModalMetadata): ModalView {
  return { ...answerModalView(vm), private_metadata: JSON.stringify(meta) };
}

export function readModalMetadata(raw: string): ModalMetadata | undefined {
  try {
    const parsed = modalMetadataSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as ModalMetadata) : undefined;
  } catch {
    return undefined;
  }
}

const optionSchema = z.object({ value: z.string().max(150) });
const elementStateSchema = z.union([
  z.object({ type: z.literal('plain_text_input'), value: z.string().max(20_000).nullable().optional() }),
  z.object({ type: z.enum(['radio_buttons', 'static_select']), selected_option: optionSchema.nullable().optional() }),
  z.object({ type: z.literal('checkboxes'), selected_options: z.array(optionSchema).max(10).default([]) }),
]);

export type AnswerValues = { ok: true; raw: Record<string, string | undefined> } | { ok: false; field: string };

/**
 * `values[block_id][action_id]` -> `{ score: "3", scenario: "...", shareAnonymously: "true" }`, the strings an
 * Adaptive Card would submit too. Anything that is not one of our inputs' shapes is refused (field named).
 */
export function answerValues(values: Record<string, Record<string, unknown>>): AnswerValues {
  const raw: Record<string, string | undefined> = {};
  for (const inputId of Object.values(ANSWER_INPUT_IDS)) {
    const state = values[inputId]?.[inputId];
    if (state === undefined) continue; // optional inputs may be left out
    const parsed = elementStateSchema.safeParse(state);
    if (!parsed.success) return { ok: false, field: inputId };
    const element = parsed.data;
    if (element.type === 'plain_text_input') raw[inputId] = element.value ?? undefined;
    else if (element.type === 'checkboxes') raw[inputId] = element.selected_options.some((o) => o.value === TOGGLE_VALUES.on) ? TOGGLE_VALUES.on : TOGGLE_VALUES.off;
    else raw[inputId] = element.selected_option?.value;
  }
  return { ok: true, raw };
}

/** A modal that only says something (closed prompt, other partnership): no inputs, no submit. */
export function messageModal(vm: MessageViewModel, locale: Locale): ModalView {
  const blocks = messageBlocks(vm).blocks.filter((block) => block.type !== 'actions');
  return {
    type: 'modal',
    callback_id: 'oogst.message',
    private_metadata: '',
    title: { type: 'plain_text', text: slackText(locale, 'home.title') },
    close: { type: 'plain_text', text: slackText(locale, 'modal.close') },
    blocks,
  };
}
