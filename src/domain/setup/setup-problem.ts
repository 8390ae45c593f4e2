/**
 * What is wrong with a setup file or plan, in Dutch (the setup tool speaks the language of its users).
 * `path` points into the file as written (original keys and list positions), so the CLI can add line numbers.
 */
export interface SetupProblem {
  message: string;
  path?: (string | number)[];
  /** The problem is the field name itself (unknown, doubled), not its value: point at the name. */
  atKey?: boolean;
}

/** Thrown inside the setup transaction: the whole plan is rolled back and the problems are shown. */
export class SetupError extends Error {
  constructor(readonly problems: SetupProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'SetupError';
  }
}

export const isSetupError = (error: unknown): error is SetupError => error instanceof SetupError;

/** "a", "a en b", "a, b en c": lists in Dutch messages. */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export const quoted = (items: readonly string[]): string[] => items.map((item) => `"${item}"`);
