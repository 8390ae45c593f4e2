/**
 * The checks a schema cannot do: names that differ only in case or accents, references to regions and
 * partnerships that exist nowhere, contradictory positioning, people Oogst could not recognise.
 * Every problem carries the canonical path of the offending field; setup-file.ts turns it into the original one.
 */
import { parsePlatformId } from '../access/platform-id';
import { Positioning } from '../model/records';
import { closest, normalizeKey } from '../text/normalize';
import { positioningProblems } from './positioning.rules';
import { SetupFile } from './setup-file.schema';

export interface KnownNames { regions: readonly string[]; partnerships: readonly string[] }
export interface RuleProblem { path: (string | number)[]; message: string }

/** Positioning left out: one region means "within", several mean "spans". */
export function defaultPositioning(count: number, given?: Positioning): Positioning {
  return given ?? (count > 1 ? 'spans' : 'within');
}

function duplicates(items: readonly { name: string }[], what: string, list: 'regions' | 'partnerships'): RuleProblem[] {
  const first = new Map<string, string>();
  const problems: RuleProblem[] = [];
  items.forEach((item, i) => {
    const key = normalizeKey(item.name);
    const path = [list, i, 'name'];
    if (key === '') problems.push({ path, message: `De naam "${item.name}" moet letters of cijfers bevatten.` });
    else if (first.has(key)) {
      problems.push({ path, message: `${what} "${item.name}" staat al in het bestand als "${first.get(key)}". Namen die alleen in hoofdletters, accenten of leestekens verschillen, zijn voor Oogst dezelfde.` });
    } else first.set(key, item.name);
  });
  return problems;
}

function unknownReference(kind: 'regio' | 'partnerschap', name: string, candidates: readonly string[]): string {
  const near = closest(name, candidates);
  const hint = near ? ` Bedoel je "${near}"?` : candidates.length ? ` Bekend: ${candidates.map((c) => `"${c}"`).join(', ')}.` : '';
  return `${kind === 'regio' ? 'Regio' : 'Partnerschap'} "${name}" bestaat niet: niet in dit bestand en niet in Oogst.${hint}`;
}

function partnershipProblems(file: SetupFile, regionNames: readonly string[]): RuleProblem[] {
  const regionKeys = new Set(regionNames.map(normalizeKey));
  return file.partnerships.flatMap((p, i) => {
    const problems: RuleProblem[] = [];
    const seen = new Set<string>();
    p.regions.forEach((link, j) => {
      const path = ['partnerships', i, 'regions', j, 'region'];
      if (seen.has(normalizeKey(link.region))) problems.push({ path, message: `Partnerschap "${p.name}" noemt regio "${link.region}" twee keer.` });
      seen.add(normalizeKey(link.region));
      if (!regionKeys.has(normalizeKey(link.region))) problems.push({ path, message: unknownReference('regio', link.region, regionNames) });
    });
    const links = p.regions.map((l) => ({ region: l.region, positioning: defaultPositioning(p.regions.length, l.positioning) }));
    for (const message of positioningProblems(p.name, links)) problems.push({ path: ['partnerships', i, 'regions'], message });
    return problems;
  });
}

function peopleProblems(file: SetupFile, regionNames: readonly string[], partnershipNames: readonly string[]): RuleProblem[] {
  const regionKeys = new Set(regionNames.map(normalizeKey));
  const partnershipKeys = new Set(partnershipNames.map(normalizeKey));
  const emails = new Map<string, string>();
  const ids = new Map<string, string>();
  return file.people.flatMap((person, i) => {
    const problems: RuleProblem[] = [];
    if (!person.email && !person.platformIds?.length) {
      problems.push({ path: ['people', i, 'name'], message: `Bij "${person.name}" staat geen e-mail en geen platform_id, dus Oogst kan deze persoon niet herkennen. Noem er minstens één.` });
    }
    if (person.email) {
      if (emails.has(person.email)) problems.push({ path: ['people', i, 'email'], message: `Het e-mailadres ${person.email} staat ook al bij "${emails.get(person.email)}".` });
      emails.set(person.email, person.name);
    }
    (person.platformIds ?? []).forEach((text, j) => {
      const id = parsePlatformId(text);
      const key = id ? `${id.platform}:${id.workspaceId}:${id.userId}` : text;
      if (ids.has(key)) problems.push({ path: ['people', i, 'platformIds', j], message: `Platform-id ${text} staat ook al bij "${ids.get(key)}".` });
      ids.set(key, person.name);
    });
    const check = (field: 'memberOf' | 'coordinatorOf' | 'leadOf', keys: Set<string>, names: readonly string[], kind: 'regio' | 'partnerschap') =>
      (person[field] ?? []).forEach((name, j) => {
        if (!keys.has(normalizeKey(name))) problems.push({ path: ['people', i, field, j], message: unknownReference(kind, name, names) });
      });
    check('memberOf', partnershipKeys, partnershipNames, 'partnerschap');
    check('coordinatorOf', partnershipKeys, partnershipNames, 'partnerschap');
    check('leadOf', regionKeys, regionNames, 'regio');
    return problems;
  });
}

/** The file's spelling first, then stored names; one per key. */
function uniqueNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(normalizeKey(name))) byKey.set(normalizeKey(name), name);
  return [...byKey.values()];
}

/** All rule problems of a file that passed the schema; `known` are the names already stored in Oogst. */
export function fileRuleProblems(file: SetupFile, known: KnownNames): RuleProblem[] {
  const regionNames = uniqueNames([...file.regions.map((r) => r.name), ...known.regions]);
  const partnershipNames = uniqueNames([...file.partnerships.map((p) => p.name), ...known.partnerships]);
  return [
    ...duplicates(file.regions, 'Regio', 'regions'),
    ...duplicates(file.partnerships, 'Partnerschap', 'partnerships'),
    ...partnershipProblems(file, regionNames),
    ...peopleProblems(file, regionNames, partnershipNames),
  ];
}
