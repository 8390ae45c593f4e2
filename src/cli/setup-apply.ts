/**
 * The setup file pipeline, shared by `npm run setup` and its tests: YAML -> checked plan (names already in Oogst
 * count as known) -> one transaction. Problems come back with line and column; nothing is written then.
 */
import { Repositories } from '../domain/ports';
import { readSetupData } from '../domain/setup/setup-file';
import { SetupReport } from '../domain/setup/setup-plan';
import { isSetupError } from '../domain/setup/setup-problem';
import { SetupService } from '../domain/setup/setup.service';
import { LocatedProblem, parseYamlText } from './setup-file.reader';

export type SetupOutcome = { ok: true; report: SetupReport } | { ok: false; problems: LocatedProblem[] };

export async function applySetupText(text: string, repos: Pick<Repositories, 'regions' | 'partnerships' | 'setup'>, options: { dryRun: boolean }): Promise<SetupOutcome> {
  const yaml = parseYamlText(text);
  if (!yaml.ok) return yaml;
  const [regions, partnerships] = [await repos.regions.list(), await repos.partnerships.list()];
  const result = readSetupData(yaml.data, { regions: regions.map((r) => r.name), partnerships: partnerships.map((p) => p.name) });
  if (!result.ok) return { ok: false, problems: yaml.locate(result.problems) };
  try {
    return { ok: true, report: await new SetupService(repos.setup).applyWithReport(result.plan, options) };
  } catch (error) {
    // Found inside the transaction (a name removed meanwhile, positioning against stored links): rolled back.
    if (isSetupError(error)) return { ok: false, problems: error.problems.map((p) => ({ message: p.message })) };
    throw error;
  }
}
