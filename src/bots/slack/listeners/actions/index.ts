import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { RUN_COMMAND_ACTION_ID_PATTERN } from '../../../../cards';
import { OPEN_ANSWER_ACTION_ID_PATTERN } from '../../home/app-home.view';
import { SlackEnv } from '../../slack-env';
import { openAnswerAction } from './open-answer.action';
import { runCommandAction } from './run-command.action';

export function registerActions(app: App, env: SlackEnv): void {
  app.action<BlockAction<ButtonAction>>(OPEN_ANSWER_ACTION_ID_PATTERN, openAnswerAction(env));
  app.action<BlockAction<ButtonAction>>(RUN_COMMAND_ACTION_ID_PATTERN, runCommandAction(env));
}
