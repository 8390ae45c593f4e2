/** The reflection prompt as an Adaptive Card 1.5 (Teams). */
import { ACTIONS, ANSWER_INPUT_IDS, TOGGLE_VALUES, type AnswerInputId, type AnswerSubmitData } from './action-ids';
import { adaptiveCard, errorBlock, headingBlock, subtleBlock, textBlock } from './adaptive-card.helpers';
import type {
  AcActionExecute,
  AcActionSubmit,
  AcElement,
  AcInputText,
  AdaptiveCard,
} from './adaptive-card.types';
import type { PromptViewModel, TextQuestionView } from './view-models';

/** The card a member answers in (personal replacement card, or a re-render with confirmation/errors). */
export function promptAdaptiveCard(vm: PromptViewModel): AdaptiveCard {
  const body: AcElement[] = [];
  if (vm.confirmation) {
    body.push({
      type: 'Container',
      style: 'good',
      items: [textBlock(vm.confirmation, { weight: 'bolder' })],
    });
  }
  body.push(...promptHeader(vm));
  const open = vm.state === 'open';
  if (open) {
    body.push(...answerForm(vm));
  } else {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [textBlock(vm.closedText, { weight: 'bolder', color: 'attention' })],
    });
  }
  body.push(promptFooter(vm, open));
  return adaptiveCard(body, {
    lang: vm.locale,
    fallbackText: `${vm.focusPoint.label}: ${vm.focusPoint.idealState}`,
    ...(open ? { actions: [submitAction(vm)] } : {}),
  });
}

/**
 * The card posted in the channel. Teams members answer inline in the channel, so it carries the full
 * form. It is shared by everyone in the channel, so it never shows one person's pre-filled answer,
 * confirmation or validation errors: those only go into the personal card returned from the
 * `Action.Execute` invoke (which replaces the card for the person who submitted). A handler must
 * therefore not `updateActivity` the channel message with a personal card (that would show it to all).
 */
export function promptChannelAdaptiveCard(vm: PromptViewModel): AdaptiveCard {
  const { existingAnswer: _answer, confirmation: _confirmation, errors: _errors, ...shared } = vm;
  const card = promptAdaptiveCard(shared);
  if (vm.state !== 'open') return card;
  // Every edit of this shared card (a new count) would reset the view of people who answered; with `refresh`
  // Teams asks the bot for each viewer's own card instead (automatic for chats and channels up to 60 people).
  const data = { action: ACTIONS.refreshAnswer, promptId: vm.promptId };
  // Where Teams shows a manual refresh instead (bigger groups), its label "Beantwoorden" says what it leads to.
  return { ...card, refresh: { action: { type: 'Action.Execute', title: vm.answerButtonLabel, verb: ACTIONS.refreshAnswer, data } } };
}

function promptHeader(vm: PromptViewModel): AcElement[] {
  return [
    subtleBlock(vm.partnershipName),
    { ...headingBlock(vm.focusPoint.label), spacing: 'small' },
    subtleBlock(vm.principle.title, { spacing: 'none' }),
    {
      type: 'Container',
      style: 'emphasis',
      spacing: 'medium',
      items: [
        subtleBlock(vm.idealStateLabel, { weight: 'bolder' }),
        {
          type: 'RichTextBlock',
          spacing: 'small',
          inlines: [{ type: 'TextRun', text: vm.focusPoint.idealState, italic: true }],
        },
      ],
    },
  ];
}

function promptFooter(vm: PromptViewModel, open: boolean): AcElement {
  const parts = open ? [vm.closesAtText, vm.responseCountText] : [vm.responseCountText];
  return subtleBlock(parts.join(' · '), { separator: true, spacing: 'medium' });
}

function answerForm(vm: PromptViewModel): AcElement[] {
  const q = vm.questions;
  const answer = vm.existingAnswer;
  const errors = vm.errors ?? {};
  const withError = (id: AnswerInputId, input: AcElement): AcElement[] => {
    const message = errors[id];
    return message ? [input, errorBlock(message)] : [input];
  };
  return [
    ...withError(ANSWER_INPUT_IDS.score, {
      type: 'Input.ChoiceSet',
      id: ANSWER_INPUT_IDS.score,
      label: q.score.label,
      style: 'expanded',
      isRequired: true,
      errorMessage: q.score.requiredMessage,
      spacing: 'medium',
      choices: q.score.choices.map((choice) => ({ title: choice.title, value: String(choice.value) })),
      ...(answer ? { value: String(answer.score) } : {}),
    }),
    ...withError(ANSWER_INPUT_IDS.scenario, textInput(ANSWER_INPUT_IDS.scenario, q.scenario, true, answer?.scenario)),
    ...withError(ANSWER_INPUT_IDS.keyword, textInput(ANSWER_INPUT_IDS.keyword, q.keyword, false, answer?.keyword)),
    ...withError(
      ANSWER_INPUT_IDS.discussable,
      textInput(ANSWER_INPUT_IDS.discussable, q.discussable, true, answer?.discussable),
    ),
    ...withError(ANSWER_INPUT_IDS.needed, textInput(ANSWER_INPUT_IDS.needed, q.needed, true, answer?.needed)),
    ...withError(ANSWER_INPUT_IDS.shareAnonymously, {
      type: 'Input.Toggle',
      id: ANSWER_INPUT_IDS.shareAnonymously,
      title: q.shareAnonymously.label,
      wrap: true,
      valueOn: TOGGLE_VALUES.on,
      valueOff: TOGGLE_VALUES.off,
      value: answer?.shareAnonymously ? TOGGLE_VALUES.on : TOGGLE_VALUES.off,
    }),
  ];
}

function textInput(
  id: AnswerInputId,
  question: TextQuestionView,
  multiline: boolean,
  value: string | undefined,
): AcInputText {
  return {
    type: 'Input.Text',
    id,
    label: question.label,
    maxLength: question.maxLength,
    ...(multiline ? { isMultiline: true } : {}),
    ...(question.placeholder ? { placeholder: question.placeholder } : {}),
    ...(value ? { value } : {}),
  };
}

/** `Action.Execute` (Universal Actions) with an `Action.Submit` fallback carrying the same data. */
function submitAction(vm: PromptViewModel): AcActionExecute {
  const data: AnswerSubmitData = { action: ACTIONS.submitAnswer, promptId: vm.promptId };
  const fallback: AcActionSubmit = { type: 'Action.Submit', title: vm.submitLabel, style: 'positive', data: { ...data } };
  return {
    type: 'Action.Execute',
    title: vm.submitLabel,
    verb: ACTIONS.submitAnswer,
    style: 'positive',
    data: { ...data },
    fallback,
  };
}
