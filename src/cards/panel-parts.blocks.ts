/** Block Kit pieces the panel messages share: numbered buttons with their target in the value, and links. */
import { SLACK_LIMITS, contextBlock, escapeMrkdwn, mrkdwn, plain, truncate } from './block-kit.helpers';
import type { ActionsBlock, Block, ContextBlock } from './block-kit.types';
import { panelActionId, panelButtonValue } from './panel-action-ids';
import type { PanelButtonView, PanelLinkView } from './panel.view-models';

export function panelButtonsBlock(buttons: readonly PanelButtonView[]): Block[] {
  if (!buttons.length) return [];
  const block: ActionsBlock = {
    type: 'actions',
    block_id: 'panel',
    elements: buttons.slice(0, SLACK_LIMITS.actionsElements).map((button, i) => ({
      type: 'button',
      action_id: panelActionId(button.target, i),
      text: plain(button.label, SLACK_LIMITS.buttonText),
      value: truncate(panelButtonValue(button.target), SLACK_LIMITS.buttonValue),
      ...(button.style === 'positive' ? { style: 'primary' as const } : button.style === 'destructive' ? { style: 'danger' as const } : {}),
    })),
  };
  return [block];
}

/** Links in Slack's own syntax (<url|label>); the label is escaped, the url must not contain "|" or ">". */
export function linksContext(links: readonly PanelLinkView[]): Block[] {
  if (!links.length) return [];
  const text = links.map((l) => `<${l.url.replace(/[|>]/g, '')}|${escapeMrkdwn(l.label)}>`).join('  ·  ');
  const block: ContextBlock = { type: 'context', elements: [mrkdwn(text)] };
  return [block];
}

export function noticeSection(notice: string | undefined): Block[] {
  return notice ? [{ type: 'section', text: mrkdwn(`:white_check_mark: ${escapeMrkdwn(notice)}`) }] : [];
}

export { contextBlock };
