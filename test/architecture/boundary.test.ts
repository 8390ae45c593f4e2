/** The architecture rule, as a test: src/domain knows no platform SDK, no Prisma, no scheduler library. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const FORBIDDEN = [/^botbuilder/, /^botframework/, /^@slack\//, /^@prisma\//, /^prisma/, /^node-cron/, /^pg$/, /^better-sqlite3/, /^express/, /generated\//, /\/storage\//, /\/bots\//, /\/cards\//];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(m[1] ?? m[2] ?? m[3]);
  }
  return found;
}

describe('src/domain boundary', () => {
  const root = path.join(__dirname, '..', '..', 'src', 'domain');
  const files = filesUnder(root);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [path.relative(root, f), f]))('%s imports no platform SDK, Prisma, node-cron or outer layer', (_name, file) => {
    const bad = importsOf(readFileSync(file, 'utf8')).filter((spec) => FORBIDDEN.some((rule) => rule.test(spec)));
    expect(bad).toEqual([]);
  });

  it('the rule catches a forbidden import', () => {
    const sample = "import { App } from '@slack/bolt';\nconst x = require('node-cron');";
    expect(importsOf(sample).filter((spec) => FORBIDDEN.some((rule) => rule.test(spec)))).toEqual(['@slack/bolt', 'node-cron']);
  });
});
