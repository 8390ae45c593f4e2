/**
 * Which focus point a scheduled prompt is about: the chosen set (or all eleven) in principle order, continuing
 * after the focus of the partnership's last prompt, so a manual "vraag nu" or a changed set never restarts it.
 */
import { FOCUS_POINT_CODES, type FocusPointCode } from '../catalogue/focus-points.data';

const orderOf = (code: string): number => (FOCUS_POINT_CODES as readonly string[]).indexOf(code);

export function nextFocus(chosen: readonly FocusPointCode[], lastFocus: string | undefined): FocusPointCode {
  const set = chosen.length ? FOCUS_POINT_CODES.filter((code) => chosen.includes(code)) : [...FOCUS_POINT_CODES];
  const last = lastFocus === undefined ? -1 : orderOf(lastFocus);
  return set.find((code) => orderOf(code) > last) ?? set[0];
}

/** The focus points of the next `count` prompts. */
export function focusSequence(chosen: readonly FocusPointCode[], lastFocus: string | undefined, count: number): FocusPointCode[] {
  const out: FocusPointCode[] = [];
  let last = lastFocus;
  for (let i = 0; i < count; i++) {
    const next = nextFocus(chosen, last);
    out.push(next);
    last = next;
  }
  return out;
}
