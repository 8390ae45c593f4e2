import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** The catalogue, text, i18n and command modules may use zod and node built-ins only. */
const ROOT = join(__dirname, '../../src/domain');
const FOLDERS = ['catalogue', 'text', 'i18n', 'commands'];
const ALLOWED = new Set(['zod', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.ts')).map((name) => join(ROOT, folder, name)),
);

describe('domain purity', () => {
  test.each(files)('%s imports only zod, node built-ins and relative modules', (file) => {
    const source = readFileSync(file, 'utf8');
    const statics = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    const dynamics = [...source.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const imports = [...statics, ...dynamics];
    expect(imports.filter((name) => !name.startsWith('.') && !ALLOWED.has(name))).toEqual([]);
    expect(source).not.toMatch(/console\.log/);
  });

  test.each(files)('%s stays small', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n').length;
    const limit = file.endsWith('.data.ts') || /messages\.\w+\.ts$/.test(file) ? 400 : 300;
    expect(lines).toBeLessThanOrEqual(limit);
  });
});
