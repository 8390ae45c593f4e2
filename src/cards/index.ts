/** Pure card renderers: one neutral view model, two renderers (Teams Adaptive Cards 1.5, Slack Block Kit). */
export * from './action-ids';
export * from './view-models';
export * from './adaptive-card.types';
export * from './block-kit.types';
export { SLACK_LIMITS, truncate, escapeMrkdwn } from './block-kit.helpers';
export { promptAdaptiveCard, promptChannelAdaptiveCard } from './prompt.card';
export { promptBlockKitMessage } from './prompt.blocks';
export { answerModalView, answerModalErrorResponse } from './answer-modal.view';
export { messageAdaptiveCard, MAX_ADAPTIVE_CARD_ACTIONS } from './message.card';
export { messageBlocks } from './message.blocks';
export { answerListAdaptiveCard } from './answer-list.card';
export { answerListBlocks, MAX_SLACK_ANSWER_ITEMS } from './answer-list.blocks';
