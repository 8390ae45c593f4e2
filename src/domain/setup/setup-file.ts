/**
 * The setup file's data (already parsed from YAML) -> a SetupPlan, or every problem at once with its place
 * in the file. Reading YAML and adding line numbers is the caller's job (src/cli/setup-file.reader.ts), so this
 * stays free of file formats and works for JSON too.
 */
import { z } from 'zod';
import { parsePlatformId } from '../access/platform-id';
import { fieldLabel, normalizeFileKeys, originalPath } from './setup-file.keys';
import { defaultPositioning, fileRuleProblems, KnownNames } from './setup-file.rules';
import { SetupFile, setupFileSchema } from './setup-file.schema';
import { SetupPlan } from './setup-plan';
import { SetupProblem } from './setup-problem';

export type { KnownNames } from './setup-file.rules';
export type SetupFileResult = { ok: true; plan: SetupPlan } | { ok: false; problems: SetupProblem[] };

const ENTITY: Readonly<Record<string, string>> = { regions: 'Regio', partnerships: 'Partnerschap', people: 'Persoon' };
const LEVEL = { regions: 'region', partnerships: 'partnership', people: 'person' } as const;

/** "Partnerschap "X", sectoren" for a canonical path, from the (normalized) data: people read it, not paths. */
function where(data: unknown, path: readonly PropertyKey[]): string {
  const [list, index, field, sub, subField] = path;
  if (typeof list !== 'string' || !Object.hasOwn(ENTITY, list)) return 'Het bestand';
  const items = (data as Record<string, unknown> | undefined)?.[list];
  if (typeof index !== 'number') return fieldLabel('root', list);
  const item = Array.isArray(items) ? (items[index] as Record<string, unknown> | undefined) : undefined;
  const name = typeof item?.name === 'string' && item.name.trim() ? `"${item.name.trim()}"` : `nummer ${index + 1}`;
  let label = `${ENTITY[list]} ${name}`;
  if (typeof field === 'string') label += `, ${fieldLabel(LEVEL[list as keyof typeof LEVEL], field)}`;
  if (field === 'regions' && typeof sub === 'number') label += ` (nummer ${sub + 1})`;
  if (field === 'regions' && typeof subField === 'string') label += `, ${fieldLabel('link', subField)}`;
  return label;
}

function schemaProblems(error: z.ZodError, data: unknown, origin: Map<string, (string | number)[]>): SetupProblem[] {
  return error.issues.map((issue) => ({
    path: originalPath(origin, issue.path),
    message: issue.path.length === 0
      ? "Het bestand moet een blok met velden zijn: regio's, partnerschappen en mensen (of regions, partnerships, people)."
      : `${where(data, issue.path)}: ${issue.message}.`,
  }));
}

function toPlan(file: SetupFile): SetupPlan {
  return {
    regions: file.regions.map((r) => ({ name: r.name, ...(r.kind ? { kind: r.kind } : {}), ...(r.holidayRegion ? { holidayRegion: r.holidayRegion } : {}) })),
    partnerships: file.partnerships.map((p) => ({
      name: p.name,
      sectors: (['po', 'vo', 'mbo'] as const).filter((s) => p.sectors.includes(s)),
      regions: p.regions.map((l) => ({ region: l.region, positioning: defaultPositioning(p.regions.length, l.positioning) })),
    })),
    people: file.people.map((person) => ({
      displayName: person.name,
      ...(person.email ? { email: person.email } : {}),
      ...(person.locale ? { locale: person.locale } : {}),
      ...(person.platformIds?.length ? {
        identities: person.platformIds.flatMap((text) => {
          const id = parsePlatformId(text);
          return id?.workspaceId ? [{ platform: id.platform, workspaceId: id.workspaceId, userId: id.userId }] : [];
        }),
      } : {}),
      ...(person.memberOf ? { memberOf: person.memberOf } : {}),
      ...(person.coordinatorOf ? { coordinatorOf: person.coordinatorOf } : {}),
      ...(person.leadOf ? { leadOf: person.leadOf } : {}),
    })),
  };
}

/**
 * Validates parsed file data and converts it. `known` holds the region and partnership names already stored,
 * so a file may build on earlier setup; leave it empty to require a self-contained file.
 */
export function readSetupData(raw: unknown, known: KnownNames = { regions: [], partnerships: [] }): SetupFileResult {
  if (raw === null || raw === undefined) return { ok: false, problems: [{ message: 'Het bestand is leeg. Zet er regio\'s, partnerschappen en mensen in (zie examples/regio.yml).' }] };
  const normalized = normalizeFileKeys(raw);
  const parsed = setupFileSchema.safeParse(normalized.value);
  const problems = [...normalized.problems, ...(parsed.success ? [] : schemaProblems(parsed.error, normalized.value, normalized.origin))];
  if (!parsed.success || problems.length) return { ok: false, problems };
  const rules = fileRuleProblems(parsed.data, known).map((p) => ({ path: originalPath(normalized.origin, p.path), message: p.message }));
  if (rules.length) return { ok: false, problems: rules };
  if (!parsed.data.regions.length && !parsed.data.partnerships.length && !parsed.data.people.length) {
    return { ok: false, problems: [{ message: 'Het bestand noemt geen regio\'s, partnerschappen of mensen.' }] };
  }
  return { ok: true, plan: toPlan(parsed.data) };
}
