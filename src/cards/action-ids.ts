/**
 * Action ids (Slack `action_id` / `callback_id`) and Adaptive Card verbs, shared by the card renderers
 * and the Slack and Teams handlers. Every card submit carries `{ action, promptId }` (or `{ action, command }`)
 * in its data, so a handler can pick the zod schema by `action`.
 */
export const ACTIONS = {
  /** Submit an answer: Teams `Action.Execute` verb + `data.action`, Slack modal `callback_id`. */
  submitAnswer: 'oogst.answer.submit',
  /** Slack channel button that opens the answer modal (value = promptId). */
  openAnswer: 'oogst.answer.open',
  /**
   * Teams `refresh` verb of the shared channel card: each viewer's client asks for their own view, so someone
   * who answered keeps seeing their answer (and the thanks) after the card's count changes.
   */
  refreshAnswer: 'oogst.answer.refresh',
  /** A button that runs a text command (e.g. "status"); on Slack suffixed with `:<index>`. */
  runCommand: 'oogst.command.run',
  /** "Vergeet mij" confirmation: Teams `Action.Submit` data.action; Slack action_id suffixed `:confirm` / `:cancel`. */
  forget: 'oogst.privacy.forget',
  /** Slack link buttons (privacy page, downloads), suffixed `:<index>`: Slack still posts a click, only acknowledged. */
  openLink: 'oogst.link',
  /** Panels (three circles, dialogue tables): open a form, submit it, or act (close, refresh). See panel-action-ids.ts. */
  openForm: 'oogst.form.open',
  submitForm: 'oogst.form.submit',
  panelAct: 'oogst.panel.act',
} as const;

export type ActionVerb = (typeof ACTIONS)[keyof typeof ACTIONS];

/** Input ids of the answer form: Adaptive Card input ids and Slack `block_id` = `action_id`. */
export const ANSWER_INPUT_IDS = {
  score: 'score',
  scenario: 'scenario',
  keyword: 'keyword',
  discussable: 'discussable',
  needed: 'needed',
  shareAnonymously: 'shareAnonymously',
} as const;

export type AnswerInputId = (typeof ANSWER_INPUT_IDS)[keyof typeof ANSWER_INPUT_IDS];

/** Values an `Input.Toggle` / Slack checkbox submits for `shareAnonymously`. */
export const TOGGLE_VALUES = { on: 'true', off: 'false' } as const;

/** Slack action ids must be unique within a message, so command buttons are numbered. */
export function runCommandActionId(index: number): string {
  return `${ACTIONS.runCommand}:${index}`;
}

/** Matches every `runCommandActionId(i)`; use it to register one Bolt listener for all of them. */
export const RUN_COMMAND_ACTION_ID_PATTERN = /^oogst\.command\.run:\d+$/;

/** Data of the answer submit (Teams `Action.Execute`/`Action.Submit`); Teams merges the input values into it. */
export interface AnswerSubmitData {
  action: typeof ACTIONS.submitAnswer;
  promptId: string;
}

/** Data of a command button (Teams `Action.Submit`). */
export interface RunCommandData {
  action: typeof ACTIONS.runCommand;
  command: string;
}

/** Slack modal `private_metadata` (JSON) of the answer modal. */
export interface AnswerModalMetadata {
  promptId: string;
}
