import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../../cards';
import { SlackEnv } from '../../slack-env';
import { submitAnswerView } from './submit-answer.view';
import { submitFormView } from './submit-form.view';

export function registerViews(app: App, env: SlackEnv): void {
  app.view(ACTIONS.submitAnswer, submitAnswerView(env));
  app.view(ACTIONS.submitForm, submitFormView(env));
}
