/**
 * Neutral view models of the panels: the three-circle exercise, a dialogue table, and the forms that change
 * them. Everything arrives localised; src/cards renders each once for Teams and once for Slack.
 */
export interface FormOptionView { value: string; title: string }

interface FieldBase { id: string; label: string; required?: boolean }

export type FormFieldView =
  | (FieldBase & { kind: 'text'; value?: string; placeholder?: string; maxLength: number; multiline?: boolean })
  | (FieldBase & { kind: 'choice'; options: FormOptionView[]; multi: boolean; values?: string[]; expanded?: boolean })
  | (FieldBase & { kind: 'date'; value?: string })
  | (FieldBase & { kind: 'time'; value?: string })
  | (FieldBase & { kind: 'number'; value?: number; min: number; max: number });

/** Which record a panel action is about; echoed back unchanged (and checked again) when the form is submitted. */
export interface PanelContext { exerciseId?: string; actorId?: string; dialogueId?: string }

export interface FormViewModel {
  /** e.g. "circles.propose"; the shared flow knows what each one does. */
  formId: string;
  context: PanelContext;
  locale: string;
  title: string;
  intro?: string;
  fields: FormFieldView[];
  submitLabel: string;
  cancelLabel: string;
  /** What the Teams client says under an empty required input ("Dit veld is nodig."). */
  requiredMessage: string;
  /** Validation messages per field id, shown under the inputs. */
  errors?: Record<string, string>;
}

export type PanelTarget =
  | { kind: 'form'; formId: string; context: PanelContext }
  | { kind: 'act'; op: string; context: PanelContext };

export interface PanelButtonView { label: string; target: PanelTarget; style?: 'positive' | 'destructive' }
export interface PanelLinkView { label: string; url: string }

export interface CircleActorView { label: string; votesText: string; challenging: boolean }
export interface ChallengingActorView { label: string; whatText: string; howText: string }

export interface CirclesViewModel {
  locale: string;
  title: string;
  partnershipName: string;
  stateText: string;
  closed: boolean;
  /** A confirmation for the person who just changed something. */
  notice?: string;
  whoHeading: string;
  whoHint: string;
  inner: CircleActorView[];
  emptyText?: string;
  outsideText?: string;
  challenging: ChallengingActorView[];
  whatLabel: string;
  howLabel: string;
  challengingLabel: string;
  votersText: string;
  image?: { url: string; alt: string };
  links: PanelLinkView[];
  buttons: PanelButtonView[];
}

export interface DialogueFactView { label: string; value: string }

export interface DialogueViewModel {
  locale: string;
  title: string;
  notice?: string;
  facts: DialogueFactView[];
  statusText?: string;
  statusTone?: 'info' | 'success' | 'warning';
  links: PanelLinkView[];
  buttons: PanelButtonView[];
}

/** A panel; `title` repeats the view's title, so code that lists replies can name any of them the same way. */
export type PanelView = { title: string } & (
  | { type: 'circles'; view: CirclesViewModel }
  | { type: 'dialogue'; view: DialogueViewModel }
  | { type: 'form'; view: FormViewModel; openLabel: string }
);
