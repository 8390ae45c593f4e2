/**
 * Minimal local types for the part of Adaptive Cards 1.5 this bot uses (no SDK import).
 * Reference: https://adaptivecards.io/explorer/ ; Teams supports schema version <= 1.5.
 */
import type { AcChart } from './adaptive-card-charts.types';

export type AcSpacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type AcColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type AcSize = 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
export type AcWeight = 'lighter' | 'default' | 'bolder';
export type AcContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface AcElementBase {
  id?: string;
  spacing?: AcSpacing;
  separator?: boolean;
  isVisible?: boolean;
}

export interface AcTextBlock extends AcElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: AcSize;
  weight?: AcWeight;
  color?: AcColor;
  isSubtle?: boolean;
  maxLines?: number;
  style?: 'default' | 'heading';
}

export interface AcTextRun {
  type: 'TextRun';
  text: string;
  italic?: boolean;
  weight?: AcWeight;
  size?: AcSize;
  color?: AcColor;
  isSubtle?: boolean;
}

export interface AcRichTextBlock extends AcElementBase {
  type: 'RichTextBlock';
  inlines: AcTextRun[];
}

export interface AcContainer extends AcElementBase {
  type: 'Container';
  items: AcElement[];
  style?: AcContainerStyle;
  bleed?: boolean;
}

export interface AcColumn extends AcElementBase {
  type: 'Column';
  items: AcElement[];
  width?: 'auto' | 'stretch' | string | number;
}

export interface AcColumnSet extends AcElementBase {
  type: 'ColumnSet';
  columns: AcColumn[];
}

interface AcInputBase extends AcElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface AcChoice {
  title: string;
  value: string;
}

export interface AcInputChoiceSet extends AcInputBase {
  type: 'Input.ChoiceSet';
  choices: AcChoice[];
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  value?: string;
  placeholder?: string;
  wrap?: boolean;
}

export interface AcInputText extends AcInputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
  style?: 'text' | 'tel' | 'url' | 'email' | 'password';
}

export interface AcInputToggle extends AcInputBase {
  type: 'Input.Toggle';
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
}

/** Input.Date submits 'YYYY-MM-DD'; Input.Time 'HH:mm'; Input.Number a number as text (dialogue planning). */
export interface AcInputDate extends AcInputBase {
  type: 'Input.Date';
  value?: string;
}

export interface AcInputTime extends AcInputBase {
  type: 'Input.Time';
  value?: string;
}

export interface AcInputNumber extends AcInputBase {
  type: 'Input.Number';
  value?: number;
  min?: number;
  max?: number;
  placeholder?: string;
}

/** A picture (the three-circle diagram); Teams loads `url` itself, so it must be reachable (https). */
export interface AcImage extends AcElementBase {
  type: 'Image';
  url: string;
  altText?: string;
  size?: 'auto' | 'stretch' | 'small' | 'medium' | 'large';
}

export type AcInput = AcInputChoiceSet | AcInputText | AcInputToggle | AcInputDate | AcInputTime | AcInputNumber;

export type AcActionStyle = 'default' | 'positive' | 'destructive';

export interface AcActionSubmit {
  type: 'Action.Submit';
  title: string;
  data?: Record<string, unknown>;
  style?: AcActionStyle;
  associatedInputs?: 'auto' | 'none';
}

export interface AcActionExecute {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data?: Record<string, unknown>;
  style?: AcActionStyle;
  associatedInputs?: 'auto' | 'none';
  fallback?: AcActionSubmit | 'drop';
}

/** Opens a link in the browser (privacy page, personal data downloads); no data reaches the bot. */
export interface AcActionOpenUrl {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
  /** Never set: declared so code reading `action.data` on any action keeps type-checking. */
  data?: undefined;
}

export type AcAction = AcActionSubmit | AcActionExecute | AcActionOpenUrl;

export interface AcActionSet extends AcElementBase {
  type: 'ActionSet';
  actions: AcAction[];
}

export type AcElement =
  | AcChart
  | AcTextBlock
  | AcRichTextBlock
  | AcContainer
  | AcColumnSet
  | AcActionSet
  | AcInputChoiceSet
  | AcInputText
  | AcInputToggle
  | AcInputDate
  | AcInputTime
  | AcInputNumber
  | AcImage;

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  version: typeof ADAPTIVE_CARD_VERSION;
  body: AcElement[];
  actions?: AcAction[];
  lang?: string;
  fallbackText?: string;
  /** Universal Actions: the client invokes this Action.Execute to fetch a user-specific view. */
  refresh?: { action: AcActionExecute; userIds?: string[] };
}
