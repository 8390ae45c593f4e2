import { en } from './messages.en';
import { nl, type MessageKey, type NlMessages } from './messages.nl';
import type { Locale } from './locale';

export type { MessageKey } from './messages.nl';

/** Placeholder names in a message literal: 'Hi {name}, {n}' -> 'name' | 'n'. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | PlaceholdersOf<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<PlaceholdersOf<NlMessages[K]>, string | number>;

/** Params are required exactly when the (Dutch) message has placeholders. */
type ParamArgs<K extends MessageKey> = [PlaceholdersOf<NlMessages[K]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: MessageParams<K>];

type EnMessages = typeof en;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Keys whose English text uses other placeholders than the Dutch one. */
type PlaceholderMismatch = {
  [K in MessageKey]: Same<PlaceholdersOf<NlMessages[K]>, PlaceholdersOf<EnMessages[K]>> extends true ? never : K;
}[MessageKey];
// Compile-time guard: fails to type-check as soon as a translation drifts.
const placeholdersMatch: [PlaceholderMismatch] extends [never] ? true : PlaceholderMismatch = true;
void placeholdersMatch;

export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { nl, en };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Look up and interpolate a message. A placeholder without a value is left
 * visible ("{name}") rather than throwing: a slightly odd reply beats a crash.
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...args: ParamArgs<K>): string {
  const template = (MESSAGES[locale] ?? MESSAGES.nl)[key] ?? MESSAGES.nl[key] ?? key;
  const params = (args[0] ?? {}) as Record<string, string | number | undefined>;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Placeholder names of a template, sorted; used by tests and tooling. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}
