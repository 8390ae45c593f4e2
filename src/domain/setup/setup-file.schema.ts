/**
 * The setup file's shape, after its field names were made canonical (setup-file.keys.ts). Values are tolerant
 * in the same way ("Tekort", "shortage"; "po, vo" or a list; "is_regio" or "is_region") and every refusal
 * has a Dutch message that says what is allowed.
 */
import { z } from 'zod';
import { parsePlatformId } from '../access/platform-id';
import { normalizeKey } from '../text/normalize';

const compact = (v: unknown) => (typeof v === 'string' ? normalizeKey(v).replace(/ /g, '') : v);

/** An enum that accepts Dutch and English words; `words` maps compact spellings to the value. */
function oneOf<T extends string>(words: Readonly<Record<string, T>>, allowed: string) {
  const values = [...new Set(Object.values(words))] as [T, ...T[]];
  return z.preprocess(
    (v) => (typeof v === 'string' && Object.hasOwn(words, compact(v) as string) ? words[compact(v) as string] : v),
    z.enum(values, { error: (iss) => (iss.input === undefined ? 'is verplicht' : `"${String(iss.input)}" ken ik niet; kies ${allowed}`) }),
  );
}

const text = z
  .string({ error: (iss) => (iss.input === undefined ? 'is verplicht' : 'moet tekst zijn') })
  .trim()
  .min(1, 'mag niet leeg zijn')
  .max(200, 'is te lang (hoogstens 200 tekens)');

/** One text or a list of texts: "coordinator_van: X" and "coordinator_van: [X, Y]" both work. */
const textList = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(text, { error: 'moet een naam of een lijst met namen zijn' }));

export const regionKind = oneOf({ tekort: 'tekort', tekortregio: 'tekort', shortage: 'tekort', krimp: 'krimp', krimpregio: 'krimp', shrinking: 'krimp', shrinkage: 'krimp', anders: 'anders', other: 'anders' }, 'tekort, krimp of anders');
export const holidayRegion = oneOf({ noord: 'noord', north: 'noord', midden: 'midden', middle: 'midden', central: 'midden', zuid: 'zuid', south: 'zuid' }, 'noord, midden of zuid');
export const positioning = oneOf(
  { isregio: 'is_region', isregion: 'is_region', isderegio: 'is_region', binnen: 'within', within: 'within', overspant: 'spans', spans: 'spans' },
  'is_regio, binnen of overspant',
);
const sector = oneOf({ po: 'po', vo: 'vo', mbo: 'mbo' }, 'po, vo of mbo');
const locale = oneOf({ nl: 'nl', nederlands: 'nl', dutch: 'nl', en: 'en', engels: 'en', english: 'en' }, 'nl of en');

const sectors = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[\s,;/]+/).filter((s) => s !== '') : v),
  z.array(sector, { error: 'moet een lijst met sectoren zijn: po, vo en/of mbo' }).min(1, 'noem minstens één sector: po, vo en/of mbo'),
);

const link = z.preprocess(
  (v) => (typeof v === 'string' ? { region: v } : v),
  z.strictObject({ region: text, positioning: positioning.optional() }, { error: 'moet een regionaam zijn, of: regio: <naam> met positie: is_regio, binnen of overspant' }),
);

const platformIds = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(
    z.string().trim().refine((id) => parsePlatformId(id)?.workspaceId !== undefined, {
      error: (iss) => `"${String(iss.input)}" is geen platform-id; schrijf teams:<tenant-id>:<object-id> of slack:<team-id>:<user-id>`,
    }),
    { error: 'moet een platform-id of een lijst met platform-id\'s zijn' },
  ),
);

const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.email({ error: (iss) => (typeof iss.input === 'string' ? `"${iss.input}" is geen geldig e-mailadres` : 'moet een e-mailadres zijn') }),
);

const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'moet een lijst zijn (regels die met "- " beginnen)' });
const object = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: 'moet een blok met velden zijn' });

export const setupFileSchema = object({
  regions: list(object({ name: text, kind: regionKind.optional(), holidayRegion: holidayRegion.optional() })).default([]),
  partnerships: list(object({
    name: text,
    sectors,
    regions: z.preprocess((v) => (typeof v === 'string' ? [v] : v), list(link).min(1, 'noem minstens één regio')),
  })).default([]),
  people: list(object({
    name: text,
    email: email.optional(),
    locale: locale.optional(),
    coordinatorOf: textList.optional(),
    memberOf: textList.optional(),
    leadOf: textList.optional(),
    platformIds: platformIds.optional(),
  })).default([]),
});

export type SetupFile = z.infer<typeof setupFileSchema>;
