/**
 * The setup file may be written with Dutch or English field names ("regio's" or "regions", "e-mail" or "email",
 * "coördinator_van" or "coordinator_of"). This walks the parsed YAML, renames every known field to one canonical
 * name, refuses unknown ones (a typo must not be silently ignored), and remembers where each value came from,
 * so every later message can point at the field as the author wrote it (and so at its line).
 */
import { closest, normalizeKey } from '../text/normalize';
import { SetupProblem } from './setup-problem';

type Level = 'root' | 'region' | 'partnership' | 'link' | 'person';
type Path = (string | number)[];

/** Per level: canonical name -> accepted spellings (compared without case, accents, spaces, dashes, quotes). */
const FIELDS: Readonly<Record<Level, Readonly<Record<string, readonly string[]>>>> = {
  root: { regions: ["regio's", 'regions', "onderwijsregio's"], partnerships: ['partnerschappen', 'partnerships'], people: ['mensen', 'personen', 'people', 'persons'] },
  region: { name: ['naam', 'name'], kind: ['soort', 'kind', 'type'], holidayRegion: ['vakantieregio', 'holiday_region', 'holidayRegion'] },
  partnership: { name: ['naam', 'name'], sectors: ['sectoren', 'sectors', 'sector'], regions: ["regio's", 'regions', 'regio', 'region'] },
  link: { region: ['regio', 'region', 'naam', 'name'], positioning: ['positie', 'positioning', 'position'] },
  person: {
    name: ['naam', 'name'], email: ['e-mail', 'email', 'mail'], locale: ['taal', 'language', 'locale'],
    coordinatorOf: ['coordinator_van', 'coordinator_of'], memberOf: ['lid_van', 'member_of'],
    leadOf: ['regioleider_van', 'region_lead_of', 'lead_of'], platformIds: ['platform_id', 'platform_ids', 'platform'],
  },
};

/** Which level the items of a list field are. */
const CHILDREN: Partial<Record<Level, Record<string, Level>>> = {
  root: { regions: 'region', partnerships: 'partnership', people: 'person' },
  partnership: { regions: 'link' },
};

const compact = (key: string) => normalizeKey(key).replace(/ /g, '');

const LOOKUP: Record<Level, Map<string, string>> = Object.fromEntries(
  (Object.keys(FIELDS) as Level[]).map((level) => [
    level,
    new Map(Object.entries(FIELDS[level]).flatMap(([canonical, spellings]) => [canonical, ...spellings].map((s) => [compact(s), canonical] as const))),
  ]),
) as Record<Level, Map<string, string>>;

/** The Dutch spelling of a canonical field, for messages: "sectoren", "regio's". */
export function fieldLabel(level: Level, canonical: string): string {
  return FIELDS[level][canonical]?.[0] ?? canonical;
}

export interface NormalizedFile {
  value: unknown;
  problems: SetupProblem[];
  /** Original path for a canonical path (joined with "/"). */
  origin: Map<string, Path>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('/');

export function normalizeFileKeys(raw: unknown): NormalizedFile {
  const problems: SetupProblem[] = [];
  const origin = new Map<string, Path>();

  const walk = (value: unknown, level: Level, canonical: Path, original: Path): unknown => {
    origin.set(pathKey(canonical), original);
    if (!isRecord(value)) return value; // the schema reports the wrong type, with this path
    const out: Record<string, unknown> = {};
    const seen = new Map<string, string>();
    for (const [key, child] of Object.entries(value)) {
      const name = LOOKUP[level].get(compact(key));
      if (!name) {
        const spellings = Object.values(FIELDS[level]).map((s) => s[0]);
        const near = closest(key, Object.values(FIELDS[level]).flat());
        problems.push({
          path: [...original, key],
          atKey: true,
          message: `Onbekend veld "${key}".${near ? ` Bedoel je "${near}"?` : ''} Hier kan: ${spellings.join(', ')}.`,
        });
        continue;
      }
      if (seen.has(name)) {
        problems.push({ path: [...original, key], atKey: true, message: `"${key}" en "${seen.get(name)}" zijn hetzelfde veld; gebruik er één.` });
        continue;
      }
      seen.set(name, key);
      const childLevel = CHILDREN[level]?.[name];
      const childCanonical = [...canonical, name];
      const childOriginal = [...original, key];
      if (childLevel && Array.isArray(child)) {
        origin.set(pathKey(childCanonical), childOriginal);
        out[name] = child.map((item, i) => walk(item, childLevel, [...childCanonical, i], [...childOriginal, i]));
      } else {
        // Not a list where one belongs: passed on as is, the schema says what is expected.
        out[name] = child;
        recordLeaves(child, childCanonical, childOriginal, origin);
      }
    }
    return out;
  };

  return { value: walk(raw, 'root', [], []), problems, origin };
}

/** List items of plain fields (sectors, coordinator_van) keep their position, so messages can point at them. */
function recordLeaves(value: unknown, canonical: Path, original: Path, origin: Map<string, Path>): void {
  if (!origin.has(pathKey(canonical))) origin.set(pathKey(canonical), original);
  if (Array.isArray(value)) value.forEach((_, i) => origin.set(pathKey([...canonical, i]), [...original, i]));
}

/** The original path for a canonical one: the longest known prefix, plus the rest as is. */
export function originalPath(origin: Map<string, Path>, canonical: readonly PropertyKey[]): Path {
  for (let n = canonical.length; n >= 0; n--) {
    const found = origin.get(pathKey(canonical.slice(0, n)));
    if (found) return [...found, ...canonical.slice(n).map((p) => (typeof p === 'number' ? p : String(p)))];
  }
  return canonical.map((p) => (typeof p === 'number' ? p : String(p)));
}
