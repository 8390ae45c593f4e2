/** One model, two databases: the schema files agree, and each migrated database matches the Prisma model. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSchemaSpec } from '../../scripts/lib/schema-ddl';
import { openDatabase } from '../../src/storage/database';
import { introspect } from '../support/introspect';
import { describeEachDatabase } from '../support/test-databases';

const root = path.join(__dirname, '..', '..');
const MARKER = '// --- model (keep below this line identical in both schema files) ---';

describe('prisma schema files', () => {
  it('are identical below the datasource and generator', () => {
    const [sqlite, postgres] = ['sqlite', 'postgres'].map((p) => readFileSync(path.join(root, 'prisma', p, 'schema.prisma'), 'utf8'));
    expect(sqlite).toContain(MARKER);
    expect(sqlite.split(MARKER)[1]).toEqual(postgres.split(MARKER)[1]);
    expect(sqlite).toContain('provider = "sqlite"');
    expect(postgres).toContain('provider = "postgresql"');
  });

  it('have the same migration history', () => {
    const names = (p: string) => require('node:fs').readdirSync(path.join(root, 'prisma', p, 'migrations')).filter((n: string) => !n.endsWith('.toml'));
    expect(names('sqlite')).toEqual(names('postgres'));
  });
});

describeEachDatabase('migrated database matches the Prisma model', (testDb) => {
  it('has every model table with its columns, types, nullability and indexes', async () => {
    const db = await openDatabase(testDb().url);
    await db.close();
    const provider = testDb().kind;
    const spec = await readSchemaSpec(path.join(root, 'prisma', provider === 'sqlite' ? 'sqlite' : 'postgres', 'schema.prisma'), provider);
    const live = await introspect(testDb().url);

    expect(Object.keys(live.tables).sort()).toEqual(spec.tables.map((t) => t.name).sort());
    for (const table of spec.tables) {
      const expected = table.columns.map((c) => ({ name: c.name, type: c.type, required: c.required })).sort((a, b) => a.name.localeCompare(b.name));
      const actual = [...live.tables[table.name]].sort((a, b) => a.name.localeCompare(b.name));
      expect({ table: table.name, columns: actual }).toEqual({ table: table.name, columns: expected });
    }
    const liveIndexes = live.indexes.map((i) => `${i.table}.${i.name}:${i.unique}`).sort();
    expect(liveIndexes).toEqual(spec.indexes.map((i) => `${i.table}.${i.name}:${i.unique}`).sort());
  });
});
