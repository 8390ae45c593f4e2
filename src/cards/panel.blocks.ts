/** Any panel as a Block Kit message (Slack). A form cannot live in a message: it becomes a button opening its modal. */
import { escapeMrkdwn, headerBlock, sectionBlock } from './block-kit.helpers';
import type { SlackMessage } from './block-kit.types';
import { circlesBlocks } from './circles.blocks';
import { dialogueBlocks } from './dialogue.blocks';
import { panelButtonsBlock } from './panel-parts.blocks';
import type { PanelView } from './panel.view-models';

export function panelBlocks(panel: PanelView): SlackMessage {
  switch (panel.type) {
    case 'circles':
      return circlesBlocks(panel.view);
    case 'dialogue':
      return dialogueBlocks(panel.view);
    case 'form': {
      const { view } = panel;
      const button = { label: panel.openLabel, style: 'positive' as const, target: { kind: 'form' as const, formId: view.formId, context: view.context } };
      const blocks = [headerBlock(view.title), ...(view.intro ? [sectionBlock(escapeMrkdwn(view.intro))] : []), ...panelButtonsBlock([button])];
      return { text: escapeMrkdwn(view.title), blocks };
    }
  }
}
