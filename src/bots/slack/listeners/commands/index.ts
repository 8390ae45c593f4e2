import type { App } from '@slack/bolt';
import { SlackEnv } from '../../slack-env';
import { OOGST_COMMAND, oogstCommand } from './oogst.command';

export function registerCommands(app: App, env: SlackEnv): void {
  app.command(OOGST_COMMAND, oogstCommand(env));
}
