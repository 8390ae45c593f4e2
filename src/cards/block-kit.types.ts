/**
 * Minimal local types for the Block Kit parts this bot uses (no SDK import).
 * Reference: https://api.slack.com/reference/block-kit
 */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export type TextObject = PlainText | Mrkdwn;

export interface OptionObject {
  text: PlainText;
  value: string;
}

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  value?: string;
  /** A link button: Slack opens it and still sends a block_actions payload, which must be acknowledged. */
  url?: string;
  style?: 'primary' | 'danger';
}

export interface RadioButtonsElement {
  type: 'radio_buttons';
  action_id: string;
  options: OptionObject[];
  initial_option?: OptionObject;
}

export interface StaticSelectElement {
  type: 'static_select';
  action_id: string;
  options: OptionObject[];
  placeholder?: PlainText;
  initial_option?: OptionObject;
}

export interface PlainTextInputElement {
  type: 'plain_text_input';
  action_id: string;
  multiline?: boolean;
  max_length?: number;
  placeholder?: PlainText;
  initial_value?: string;
}

export interface CheckboxesElement {
  type: 'checkboxes';
  action_id: string;
  options: OptionObject[];
  initial_options?: OptionObject[];
}

export interface MultiStaticSelectElement {
  type: 'multi_static_select';
  action_id: string;
  options: OptionObject[];
  placeholder?: PlainText;
  initial_options?: OptionObject[];
  max_selected_items?: number;
}

/** Slack reports 'YYYY-MM-DD' (selected_date) and 'HH:mm' (selected_time). */
export interface DatePickerElement {
  type: 'datepicker';
  action_id: string;
  initial_date?: string;
  placeholder?: PlainText;
}

export interface TimePickerElement {
  type: 'timepicker';
  action_id: string;
  initial_time?: string;
  placeholder?: PlainText;
}

export interface NumberInputElement {
  type: 'number_input';
  action_id: string;
  is_decimal_allowed: boolean;
  initial_value?: string;
  min_value?: string;
  max_value?: string;
}

export type InputElement =
  | RadioButtonsElement | StaticSelectElement | PlainTextInputElement | CheckboxesElement
  | MultiStaticSelectElement | DatePickerElement | TimePickerElement | NumberInputElement;

export interface HeaderBlock {
  type: 'header';
  block_id?: string;
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text: TextObject;
}

export interface ContextBlock {
  type: 'context';
  block_id?: string;
  elements: TextObject[];
}

export interface DividerBlock {
  type: 'divider';
  block_id?: string;
}

export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: ButtonElement[];
}

export interface InputBlock {
  type: 'input';
  block_id: string;
  label: PlainText;
  element: InputElement;
  optional?: boolean;
  hint?: PlainText;
}

/** An image Slack fetches from `image_url` (the three-circle diagram at its signed link). */
export interface ImageBlock {
  type: 'image';
  block_id?: string;
  image_url: string;
  alt_text: string;
  title?: PlainText;
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock | InputBlock | ImageBlock;

/** Arguments for `chat.postMessage` / `chat.update` / `respond` besides the channel. */
export interface SlackMessage {
  /** Notification and accessibility fallback text. */
  text: string;
  blocks: Block[];
}

export interface ModalView {
  type: 'modal';
  callback_id: string;
  private_metadata: string;
  title: PlainText;
  submit?: PlainText;
  close?: PlainText;
  blocks: Block[];
}
