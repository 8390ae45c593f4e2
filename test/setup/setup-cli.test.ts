/** `npm run setup` as a real process against a test database: exit codes, the summary, and nothing saved on bad input. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Database, openDatabase } from '../../src/storage/database';
import { ROOT } from '../support/spawn-app';
import { describeEachDatabase } from '../support/test-databases';
import { DEMO_COUNTS, EMPTY_COUNTS, EXAMPLE_PATH, rowCounts } from './setup-fixtures';

interface Run { code: number | null; stdout: string; stderr: string }

function runSetup(args: string[], databaseUrl = 'file:/nonexistent/never-opened.db'): Promise<Run> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/setup.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, DOTENV_CONFIG_PATH: '/nonexistent/.env' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const dir = mkdtempSync(path.join(tmpdir(), 'oogst-setup-cli-'));
function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

describe('npm run setup: invocation', () => {
  it('without a file: usage and exit code 2', async () => {
    const run = await runSetup([]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('Gebruik: npm run setup -- <bestand.yml> [--dry-run]');
  });

  it('a missing file: exit code 1, and the database is never opened', async () => {
    const run = await runSetup([path.join(dir, 'bestaat-niet.yml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bestaat-niet\.yml: dit bestand bestaat niet\.[\s\S]*Er is niets opgeslagen/);
  });

  it('a YAML syntax error: line and column, exit code 1, before the database is opened', async () => {
    const run = await runSetup([file('kapot.yml', "regio's:\n  - naam: A\n    soort: [krimp\n")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kapot\.yml, regel \d+, kolom \d+: YAML-fout/);
  });
});

describeEachDatabase('npm run setup', (testDb) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(testDb().url);
  });
  afterAll(() => db.close());

  it('--dry-run prints what it would do and saves nothing', async () => {
    const run = await runSetup([EXAMPLE_PATH, '--dry-run'], testDb().url);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Proefdraai met regio\.yml: er is niets opgeslagen/);
    expect(run.stdout).toContain('+ regio Onderwijsregio Stad & Streek');
    expect(run.stdout).toContain('Totaal: 35 nieuw, 0 gewijzigd, 0 ongewijzigd.');
    expect(await rowCounts(db)).toEqual(EMPTY_COUNTS);
  });

  it('applies the file and prints a summary', async () => {
    const run = await runSetup([EXAMPLE_PATH], testDb().url);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Oogst is ingericht volgens regio\.yml\./);
    expect(run.stdout).toContain('+ rol Sanne de Vries (sanne.devries@stadstreek.example): coördinator van Samen Opleiden Stad & Streek');
    expect(await rowCounts(db)).toEqual(DEMO_COUNTS);
  });

  it('a second run changes nothing', async () => {
    const run = await runSetup([EXAMPLE_PATH], testDb().url);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Alles was al zo ingericht: er is niets veranderd.');
    expect(run.stdout).toContain('Totaal: 0 nieuw, 0 gewijzigd, 35 ongewijzigd.');
  });

  it('a smaller file deletes nothing and says what it no longer lists', async () => {
    const run = await runSetup([file('klein.yml', "regio's:\n  - naam: Onderwijsregio Kustland\n    soort: krimp\n")], testDb().url);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Gewijzigd \(1\):\n {2}~ regio Onderwijsregio Kustland/);
    expect(run.stdout).toMatch(/Staat niet \(meer\) in het bestand, maar wel in Oogst\. Oogst verwijdert niets, dit blijft bestaan \(\d+\):\n {2}- regio Onderwijsregio Binnenmeren/);
    expect(await rowCounts(db)).toEqual(DEMO_COUNTS);
  });

  it('bad input: every problem with its line, exit code 1, nothing saved', async () => {
    const before = await rowCounts(db);
    const run = await runSetup([file('fout.yml', "regio's:\n  - naam: Nieuwland\n  - naam: nieuwländ\nmensen:\n  - naam: X\n    e-mail: x@\n")], testDb().url);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('fout.yml, regel 6, kolom 13: Persoon "X", e-mail: "x@" is geen geldig e-mailadres.');
    expect(run.stderr).toContain('Er is niets opgeslagen');
    expect(await rowCounts(db)).toEqual(before);
  });
});
