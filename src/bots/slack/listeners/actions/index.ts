import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { FORGET_ACTION_ID_PATTERN, LINK_ACTION_ID_PATTERN, RUN_COMMAND_ACTION_ID_PATTERN } from '../../../../cards';
import { OPEN_ANSWER_ACTION_ID_PATTERN } from '../../home/app-home.view';
import { SlackEnv } from '../../slack-env';
import { forgetConfirmAction } from './forget-confirm.action';
import { linkButtonAction } from './link-button.action';
import { openAnswerAction } from './open-answer.action';
import { runCommandAction } from './run-command.action';
import { OPEN_FORM_ACTION_ID_PATTERN, PANEL_ACT_ACTION_ID_PATTERN } from '../../../../cards';
import { openFormAction } from './open-form.action';
import { panelActAction } from './panel-act.action';

export function registerActions(app: App, env: SlackEnv): void {
  app.action<BlockAction<ButtonAction>>(OPEN_ANSWER_ACTION_ID_PATTERN, openAnswerAction(env));
  app.action<BlockAction<ButtonAction>>(RUN_COMMAND_ACTION_ID_PATTERN, runCommandAction(env));
  app.action<BlockAction<ButtonAction>>(OPEN_FORM_ACTION_ID_PATTERN, openFormAction(env));
  app.action<BlockAction<ButtonAction>>(PANEL_ACT_ACTION_ID_PATTERN, panelActAction(env));
  app.action<BlockAction<ButtonAction>>(FORGET_ACTION_ID_PATTERN, forgetConfirmAction(env));
  app.action<BlockAction<ButtonAction>>(LINK_ACTION_ID_PATTERN, linkButtonAction());
}
