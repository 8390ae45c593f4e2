/** Exercise state -> the neutral CirclesViewModel (the card in the channel), in one language. */
import type { CirclesViewModel, PanelButtonView, PanelView } from '../../cards';
import { howLabel, whatLabel } from '../../domain/circles/circle-options.data';
import { innerCircle } from '../../domain/circles/circle-ranking';
import type { ExerciseState, RankedActor } from '../../domain/circles/circle.types';
import { formatDate, formatList, Locale, t } from '../../domain/i18n';
import { diagramLinks } from '../../server/panel-files.links';
import type { PlatformDeps } from './platform-deps';

export function actorLabel(a: Pick<RankedActor, 'name' | 'organisation' | 'role'>, locale: Locale): string {
  return a.role ? t(locale, 'circles.actor.role', { name: a.name, role: a.role, organisation: a.organisation }) : t(locale, 'circles.actor', { name: a.name, organisation: a.organisation });
}

function detailText(labels: string[], note: string | null, locale: Locale): string {
  const parts = [...labels, ...(note ? [note] : [])];
  return parts.length ? parts.join('; ') : t(locale, 'circles.detail.empty');
}

function buttons(state: ExerciseState, locale: Locale): PanelButtonView[] {
  const context = { exerciseId: state.exercise.id };
  const challenging = innerCircle(state.actors).filter((a) => a.challenging);
  if (state.exercise.status === 'closed') {
    return challenging.map((a) => ({ label: t(locale, 'circles.button.plan', { name: a.name }), target: { kind: 'form', formId: 'dialogue.plan', context: { ...context, actorId: a.id } } }));
  }
  return [
    { label: t(locale, 'circles.button.propose'), style: 'positive', target: { kind: 'form', formId: 'circles.propose', context } },
    ...(state.actors.length ? [{ label: t(locale, 'circles.button.vote'), target: { kind: 'form', formId: 'circles.vote', context } } as PanelButtonView] : []),
    ...(state.actors.length ? [{ label: t(locale, 'circles.button.challenging'), target: { kind: 'form', formId: 'circles.challenging', context } } as PanelButtonView] : []),
    ...challenging.map((a): PanelButtonView => ({ label: t(locale, 'circles.button.detail', { name: a.name }), target: { kind: 'form', formId: 'circles.detail', context: { ...context, actorId: a.id } } })),
    { label: t(locale, 'circles.button.refresh'), target: { kind: 'act', op: 'show', context } },
    { label: t(locale, 'circles.button.close'), style: 'destructive', target: { kind: 'act', op: 'circles.close', context } },
  ];
}

export function circlesViewModel(deps: Pick<PlatformDeps, 'config' | 'clock'>, state: ExerciseState, locale: Locale, notice?: string): CirclesViewModel {
  const closed = state.exercise.status === 'closed';
  const inner = innerCircle(state.actors);
  const outside = state.actors.filter((a) => !a.inner);
  const links = closed ? diagramLinks(deps.config, state.exercise.id, deps.clock.now()) : undefined;
  return {
    locale,
    title: t(locale, 'circles.title'),
    partnershipName: state.partnershipName,
    stateText: closed && state.exercise.closedAt ? t(locale, 'circles.state.closed', { date: formatDate(locale, state.exercise.closedAt) }) : t(locale, 'circles.state.open'),
    closed,
    ...(notice ? { notice } : {}),
    whoHeading: t(locale, 'circles.who'),
    whoHint: t(locale, 'circles.who.hint'),
    inner: inner.map((a) => ({ label: actorLabel(a, locale), votesText: a.votes === 1 ? t(locale, 'circles.votes.one') : t(locale, 'circles.votes', { votes: a.votes }), challenging: a.challenging })),
    ...(state.actors.length ? {} : { emptyText: t(locale, 'circles.none') }),
    ...(outside.length ? { outsideText: t(locale, 'circles.outside', { names: formatList(locale, outside.map((a) => a.name)) }) } : {}),
    challenging: inner.filter((a) => a.challenging).map((a) => ({
      label: actorLabel(a, locale),
      whatText: detailText(a.whatCodes.map((c) => whatLabel(c, locale)), a.whatText, locale),
      howText: detailText(a.howCodes.map((c) => howLabel(c, locale)), a.howText, locale),
    })),
    whatLabel: t(locale, 'circles.what'),
    howLabel: t(locale, 'circles.how'),
    challengingLabel: t(locale, 'circles.challenging'),
    votersText: t(locale, 'circles.voters', { count: state.voterCount }),
    ...(links ? { image: { url: links.png, alt: t(locale, 'circles.diagram.alt') } } : {}),
    links: links ? [{ label: t(locale, 'circles.link.png'), url: links.png }, { label: t(locale, 'circles.link.svg'), url: links.svg }] : [],
    buttons: buttons(state, locale),
  };
}

export function circlesPanel(deps: Pick<PlatformDeps, 'config' | 'clock'>, state: ExerciseState, locale: Locale, notice?: string): PanelView {
  return { type: 'circles', title: t(locale, 'circles.title'), view: circlesViewModel(deps, state, locale, notice) };
}
