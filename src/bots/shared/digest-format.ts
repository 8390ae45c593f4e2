/** How the digest's figures read, per language: decimals, percentages, changes, trends and "te weinig reacties". */
import { focusPointByCode } from '../../domain/catalogue/focus-point.lookup';
import type { Figure } from '../../domain/digest/digest.types';
import { Locale, t } from '../../domain/i18n';

const INTL: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export const decimal = (locale: Locale, n: number): string => n.toLocaleString(INTL[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Signed, with a real minus sign: "+0,4", "−0,6". */
export const signed = (locale: Locale, n: number, digits = 1): string =>
  `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toLocaleString(INTL[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;

export const focusLabel = (code: string, locale: Locale): string => focusPointByCode(code)?.label[locale] ?? code;

export interface FigureTexts { tooFew?: string; none?: string }

/** A figure as text: the value by `format`, else "te weinig reacties", else the `none` text (default "—"). */
export function figureText(locale: Locale, figure: Figure, format: (n: number) => string, texts: FigureTexts = {}): string {
  if (figure.kind === 'value') return format(figure.value);
  return figure.kind === 'tooFew' ? (texts.tooFew ?? t(locale, 'digest.tooFew')) : (texts.none ?? '—');
}

export const percentText = (locale: Locale, figure: Figure, texts?: FigureTexts) => figureText(locale, figure, (n) => `${n}%`, texts);
export const scoreText = (locale: Locale, figure: Figure, texts?: FigureTexts) => figureText(locale, figure, (n) => decimal(locale, n), texts);
export const pointsText = (locale: Locale, figure: Figure, texts?: FigureTexts) => figureText(locale, figure, (n) => t(locale, 'digest.points', { value: signed(locale, n, 0) }), texts);
/** "−25 %-punt": for narrow places (facts, table cells). */
export const shortPointsText = (locale: Locale, figure: Figure, texts?: FigureTexts) => figureText(locale, figure, (n) => t(locale, 'digest.points.short', { value: signed(locale, n, 0) }), texts);

/** "▲ +0,4", "▼ −0,6", "= ±0,0": the arrow says the direction at a glance, the number how much. */
export function trendText(locale: Locale, figure: Figure, texts?: FigureTexts): string {
  return figureText(locale, figure, (n) => `${n >= 0.2 ? '▲' : n <= -0.2 ? '▼' : '='} ${signed(locale, n)}`, texts);
}

/** "23 november" (and the year with `withYear`), for a calendar day. */
export function dayText(locale: Locale, day: string, withYear = false): string {
  const [y, m, d] = day.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(INTL[locale], options).format(new Date(Date.UTC(y, m - 1, d, 12)));
}
