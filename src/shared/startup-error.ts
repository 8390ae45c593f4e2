/** A problem that must stop start-up with a plain message (no stack trace): bad config, unreachable or unknown database. */
export class StartupError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
