/** Exercise state -> the view model of the three-circle picture (inner circle, and what/how of the challenging ones). */
import type { DiagramViewModel } from '../../cards';
import { howLabel, whatLabel } from '../../domain/circles/circle-options.data';
import { innerCircle } from '../../domain/circles/circle-ranking';
import type { ExerciseState } from '../../domain/circles/circle.types';
import { Locale, t } from '../../domain/i18n';

export function diagramViewModel(state: ExerciseState, locale: Locale): DiagramViewModel {
  const inner = innerCircle(state.actors);
  return {
    title: t(locale, 'circles.title'),
    subtitle: state.partnershipName,
    whoLabel: t(locale, 'circles.who'),
    whatLabel: t(locale, 'circles.what'),
    howLabel: t(locale, 'circles.how'),
    inner: inner.map((a) => ({ label: a.name, challenging: a.challenging })),
    challenging: inner.filter((a) => a.challenging).map((a) => ({
      label: a.name,
      what: [...a.whatCodes.map((c) => whatLabel(c, locale)), ...(a.whatText ? [a.whatText] : [])],
      how: [...a.howCodes.map((c) => howLabel(c, locale)), ...(a.howText ? [a.howText] : [])],
    })),
  };
}
