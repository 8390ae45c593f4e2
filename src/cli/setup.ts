/**
 * `npm run setup -- regio.yml [--dry-run]`: sets up regions, partnerships and roles from a YAML file
 * (docs/regio-inrichten.md). The whole file is applied in one transaction or not at all.
 * Exit codes: 0 done, 1 a problem in the file or the database (nothing was saved), 2 wrong invocation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { loadConfig } from '../config';
import { StartupError } from '../shared/startup-error';
import { openDatabase } from '../storage/database';
import { createRepositories } from '../storage/repositories';
import { applySetupText } from './setup-apply';
import { formatProblem, LocatedProblem, parseYamlText } from './setup-file.reader';
import { renderSummary } from './setup-summary';

const USAGE = 'Gebruik: npm run setup -- <bestand.yml> [--dry-run]\n';

class InputProblems extends Error {
  constructor(readonly file: string, readonly problems: LocatedProblem[]) {
    super('setup file has problems');
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputProblems(file, [{ message: code === 'ENOENT' ? 'dit bestand bestaat niet.' : `kan dit bestand niet lezen (${code ?? (error as Error).message}).` }]);
  }
}

async function run(file: string, dryRun: boolean): Promise<void> {
  const shown = path.basename(file);
  const text = readText(file);
  // YAML mistakes are reported before the database is even opened.
  const yaml = parseYamlText(text);
  if (!yaml.ok) throw new InputProblems(shown, yaml.problems);
  dotenv.config({ quiet: true }); // an optional .env file; real environment variables win
  const db = await openDatabase(loadConfig().DATABASE_URL);
  try {
    const outcome = await applySetupText(text, createRepositories(db.prisma), { dryRun });
    if (!outcome.ok) throw new InputProblems(shown, outcome.problems);
    process.stdout.write(renderSummary(shown, outcome.report, dryRun));
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.some((a) => a === '--dry-run' || a === '--proefdraai');
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--proefdraai');
  if (files.length !== 1 || unknown.length) {
    process.stderr.write(unknown.length ? `Onbekende optie: ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
    await run(path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]), dryRun);
    return 0;
  } catch (error) {
    if (error instanceof InputProblems) {
      const lines = error.problems.map((p) => formatProblem(error.file, p));
      process.stderr.write(`${lines.join('\n')}\n\nEr is niets opgeslagen: ${error.problems.length === 1 ? 'los dit op' : `los deze ${error.problems.length} punten op`} en probeer het opnieuw.\n`);
    } else if (error instanceof StartupError) {
      process.stderr.write(`Inrichten niet gelukt: ${error.message}\n`);
    } else {
      process.stderr.write(`Inrichten niet gelukt, er is niets opgeslagen: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
