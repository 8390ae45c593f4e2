/** Link buttons (privacy statement, downloads): Slack opens the URL itself but still posts the click; we only ack. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';

export function linkButtonAction() {
  return async function linkButtonCallback({ ack }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
    await ack();
  };
}
