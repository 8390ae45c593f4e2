/** Registers every Slack listener (one per file, grouped like bolt-ts-starter-template). */
import type { App } from '@slack/bolt';
import { SlackEnv } from '../slack-env';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import { registerViews } from './views';

export function registerListeners(app: App, env: SlackEnv): void {
  registerCommands(app, env);
  registerEvents(app, env);
  registerActions(app, env);
  registerViews(app, env);
}
