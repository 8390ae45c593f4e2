/**
 * botbuilder (archived end of 2025; successor: @microsoft/agents-hosting) is only imported inside src/bots/teams,
 * so a switch of SDK touches one folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SDK = /(?:from\s*|require\(\s*|import\(\s*)['"](botbuilder[^'"]*|botframework-[^'"]*)['"]/;
const src = path.join(__dirname, '..', '..', '..', 'src');
const teams = path.join(src, 'bots', 'teams');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('botbuilder boundary', () => {
  it('only src/bots/teams imports botbuilder', () => {
    const offenders = filesUnder(src).filter((file) => !file.startsWith(teams + path.sep) && SDK.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(src, file))).toEqual([]);
  });

  it('src/bots/teams does use it (the rule is not vacuous)', () => {
    expect(filesUnder(teams).some((file) => SDK.test(readFileSync(file, 'utf8')))).toBe(true);
  });
});
