import { closest, normalizeKey } from '../text/normalize';
import { FOCUS_POINTS, FOCUS_POINT_CODES, type FocusPoint, type FocusPointCode } from './focus-points.data';

/**
 * Every name a focus point can be typed as, normalized: its code, its Dutch
 * and English label and its aliases. People write "Financiën", "financien",
 * "bovenbestuurlijke solidariteit" or just "solidariteit"; all must resolve.
 */
const BY_NAME: ReadonlyMap<string, FocusPoint> = (() => {
  const map = new Map<string, FocusPoint>();
  for (const point of FOCUS_POINTS) {
    for (const name of [point.code, point.label.nl, point.label.en, ...point.aliases]) {
      const key = normalizeKey(name);
      // First writer wins, so a code can never be shadowed by another's alias.
      if (key !== '' && !map.has(key)) map.set(key, point);
    }
  }
  return map;
})();

const NAMES: readonly string[] = [...BY_NAME.keys()];

export function isFocusPointCode(value: unknown): value is FocusPointCode {
  return typeof value === 'string' && (FOCUS_POINT_CODES as readonly string[]).includes(value);
}

/** Strict lookup by stable code, e.g. for values read from the database. */
export function focusPointByCode(code: string): FocusPoint | undefined {
  return FOCUS_POINTS.find((point) => point.code === code);
}

/** Tolerant lookup of what a person typed; undefined when nothing matches exactly. */
export function findFocusPoint(input: string): FocusPoint | undefined {
  return BY_NAME.get(normalizeKey(input));
}

/** Closest focus point for a typo ("finacien" -> financien), for "did you mean". */
export function suggestFocusPoint(input: string): FocusPoint | undefined {
  const exact = findFocusPoint(input);
  if (exact) return exact;
  const name = closest(input, NAMES);
  return name === undefined ? undefined : BY_NAME.get(name);
}

/** Focus points of one principle, in catalogue order. */
export function focusPointsOfPrinciple(principle: string): readonly FocusPoint[] {
  return FOCUS_POINTS.filter((point) => point.principle === principle);
}
