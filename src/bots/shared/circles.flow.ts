/** The exercise's forms and actions for a person: which form to show, what a submission does, closing. */
import { DomainError } from '../../domain/errors';
import { t } from '../../domain/i18n';
import type { PersonRecord } from '../../domain/model/records';
import type { PanelContext } from '../../cards';
import { circleForm, type CircleFormId } from './circles-forms.presenter';
import { circlesPanel } from './circles.presenter';
import type { ConversationContext } from './conversation-context';
import { formPanel, type PanelOutcome } from './panel-outcome';
import type { PlatformDeps } from './platform-deps';

const needExercise = (context: PanelContext): string => {
  if (!context.exerciseId) throw new DomainError('CIRCLES.NOT_FOUND');
  return context.exerciseId;
};

export async function openCircleForm(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, formId: CircleFormId, context: PanelContext): Promise<PanelOutcome> {
  const state = await deps.services.circles.state(person, needExercise(context));
  if (state.exercise.status !== 'open') throw new DomainError('CIRCLES.CLOSED');
  // Only coordinators mark the most challenging: say so before they fill in a form that would be refused.
  if (formId === 'circles.challenging') await deps.services.partnerships.requireCoordinator(person, state.exercise.partnershipId);
  const form = circleForm(formId, { state, person, locale: ctx.locale, ...(context.actorId ? { actorId: context.actorId } : {}) });
  return { kind: 'panel', panel: formPanel(form, form.title) };
}

export async function submitCircleForm(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, formId: CircleFormId, context: PanelContext, values: Record<string, unknown>): Promise<PanelOutcome> {
  const exerciseId = needExercise(context);
  const circles = deps.services.circles;
  const { locale } = ctx;
  const outcome =
    formId === 'circles.propose' ? (context.actorId ? await circles.editActor(person, exerciseId, context.actorId, values, locale) : await circles.propose(person, exerciseId, values, locale))
    : formId === 'circles.vote' ? await circles.vote(person, exerciseId, values, locale)
    : formId === 'circles.challenging' ? await circles.markChallenging(person, exerciseId, values, locale)
    : await circles.setDetail(person, exerciseId, context.actorId ?? '', values, locale);
  if (outcome.kind === 'saved') {
    return { kind: 'panel', panel: circlesPanel(deps, outcome.state, locale, outcome.message), shared: circlesPanel(deps, outcome.state, deps.config.OOGST_DEFAULT_LOCALE) };
  }
  const state = await circles.state(person, exerciseId);
  return { kind: 'invalid', form: circleForm(formId, { state, person, locale, values, errors: outcome.fieldErrors, ...(context.actorId ? { actorId: context.actorId } : {}) }) };
}

export async function closeCircles(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, context: PanelContext): Promise<PanelOutcome> {
  const state = await deps.services.circles.close(person, needExercise(context));
  return { kind: 'panel', panel: circlesPanel(deps, state, ctx.locale, t(ctx.locale, 'circles.closed')), shared: circlesPanel(deps, state, deps.config.OOGST_DEFAULT_LOCALE) };
}

export async function showCircles(deps: PlatformDeps, ctx: ConversationContext, person: PersonRecord, context: PanelContext): Promise<PanelOutcome> {
  return { kind: 'panel', panel: circlesPanel(deps, await deps.services.circles.state(person, needExercise(context)), ctx.locale) };
}
