/**
 * The App Home tab as Block Kit (`views.publish`). Reuses the card renderers for the answer list and the status
 * message; buttons carry the prompt id and open the same answer modal as the channel message.
 */
import { ACTIONS, answerListBlocks, Block, escapeMrkdwn, messageBlocks, SLACK_LIMITS, truncate } from '../../../cards';
import { HomeViewModel } from './app-home.presenter';

export interface HomeView {
  type: 'home';
  blocks: Block[];
}

/** Slack wants unique action ids within a view, so the home's answer buttons are numbered. */
export function homeAnswerActionId(index: number): string {
  return `${ACTIONS.openAnswer}:home:${index}`;
}

/** Matches the channel button and the numbered home buttons. */
export const OPEN_ANSWER_ACTION_ID_PATTERN = /^oogst\.answer\.open(?::home:\d+)?$/;

const HOME_BLOCKS = 100;

export function appHomeView(vm: HomeViewModel): HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(vm.title, SLACK_LIMITS.headerText) } },
    section(escapeMrkdwn(vm.intro)),
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: truncate(vm.openPromptsTitle, SLACK_LIMITS.headerText) } },
  ];
  if (!vm.prompts.length) blocks.push(section(escapeMrkdwn(vm.noPromptsText)));
  vm.prompts.forEach((p, i) => {
    const lines = [`*${escapeMrkdwn(p.focusLabel)}* · ${escapeMrkdwn(p.partnershipName)}`, escapeMrkdwn(`${p.closesAtText} · ${p.responseCountText}`)];
    if (p.answeredText) lines.push(`:white_check_mark: ${escapeMrkdwn(p.answeredText)}`);
    blocks.push(section(lines.join('\n')));
    blocks.push({
      type: 'actions',
      block_id: `home-prompt-${i}`,
      elements: [{ type: 'button', action_id: homeAnswerActionId(i), text: { type: 'plain_text', text: truncate(p.buttonLabel, SLACK_LIMITS.buttonText) }, value: p.promptId, style: 'primary' }],
    });
  });
  for (const status of vm.statuses) {
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: truncate(status.title, SLACK_LIMITS.headerText) } });
    // Command buttons would need a channel to answer in; the home tab has none.
    blocks.push(...messageBlocks(status.view).blocks.filter((b) => b.type !== 'actions'));
  }
  if (vm.answers) blocks.push({ type: 'divider' }, ...answerListBlocks(vm.answers).blocks);
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCKS) };
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.sectionText) } };
}
