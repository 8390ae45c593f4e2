/**
 * Reads a Prisma schema through Prisma's own DMMF (WebAssembly, works offline) and describes it as tables,
 * columns and indexes. Used to author the initial migration SQL (`npm run db:ddl`) and by the test that proves
 * the migrated databases match the models. Prisma's migrate engine is a native download this machine cannot
 * reach, so this stands in for `prisma migrate diff --from-empty` and emits the same shape of SQL.
 */
import { readFileSync } from 'node:fs';
import { getDMMF } from '@prisma/internals';

export type Provider = 'sqlite' | 'postgresql';
export interface ColumnSpec { name: string; type: string; required: boolean; defaultSql?: string }
export interface IndexSpec { name: string; table: string; columns: string[]; unique: boolean }
export interface ForeignKeySpec { name: string; table: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string }
export interface TableSpec { name: string; columns: ColumnSpec[]; primaryKey: string[] }
export interface SchemaSpec { tables: TableSpec[]; indexes: IndexSpec[]; foreignKeys: ForeignKeySpec[] }

const TYPES: Record<Provider, Record<string, string>> = {
  sqlite: { String: 'TEXT', Int: 'INTEGER', Boolean: 'BOOLEAN', DateTime: 'DATETIME', Float: 'REAL' },
  postgresql: { String: 'TEXT', Int: 'INTEGER', Boolean: 'BOOLEAN', DateTime: 'TIMESTAMP(3)', Float: 'DOUBLE PRECISION' },
};

function defaultSql(field: { default?: unknown; type: string }): string | undefined {
  const d = field.default as { name?: string } | string | number | boolean | undefined;
  if (d === undefined) return undefined;
  if (typeof d === 'object' && d !== null) return d.name === 'now' ? 'CURRENT_TIMESTAMP' : undefined;
  if (typeof d === 'string') return `'${d.replace(/'/g, "''")}'`;
  return String(d);
}

/** Prisma's referential action names -> SQL ("SetNull" -> "SET NULL", "NoAction" -> "NO ACTION"). */
export function referentialAction(action: string): string {
  return action.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

export async function readSchemaSpec(schemaPath: string, provider: Provider): Promise<SchemaSpec> {
  const dmmf = await getDMMF({ datamodel: readFileSync(schemaPath, 'utf8') });
  const tables: TableSpec[] = [];
  const foreignKeys: ForeignKeySpec[] = [];
  for (const model of dmmf.datamodel.models) {
    const columns = model.fields
      .filter((f) => f.kind === 'scalar')
      .map((f) => ({ name: f.name, type: TYPES[provider][f.type], required: f.isRequired, defaultSql: defaultSql(f) }));
    const idField = model.fields.find((f) => f.isId);
    const primaryKey = idField ? [idField.name] : [...(model.primaryKey?.fields ?? [])];
    tables.push({ name: model.dbName ?? model.name, columns, primaryKey });
    for (const f of model.fields) {
      if (f.kind !== 'object' || !f.relationFromFields?.length) continue;
      foreignKeys.push({
        name: `${model.name}_${f.relationFromFields.join('_')}_fkey`, table: model.name, columns: [...f.relationFromFields],
        refTable: f.type, refColumns: [...(f.relationToFields ?? [])], onDelete: referentialAction(f.relationOnDelete ?? 'Restrict'),
      });
    }
  }
  const indexes = dmmf.datamodel.indexes
    .filter((i) => i.type === 'unique' || i.type === 'normal')
    .map((i) => {
      const columns = i.fields.map((f) => f.name);
      const unique = i.type === 'unique';
      return { name: `${i.model}_${columns.join('_')}_${unique ? 'key' : 'idx'}`, table: i.model, columns, unique };
    });
  return { tables, indexes, foreignKeys };
}

const q = (s: string) => `"${s}"`;
const list = (cols: string[]) => cols.map(q).join(', ');

/** CREATE statements in the layout `prisma migrate diff --from-empty --script` produces. */
export function createSql(spec: SchemaSpec, provider: Provider): string {
  const out: string[] = [];
  for (const t of spec.tables) {
    const lines = t.columns.map((c) => {
      const inlinePk = provider === 'sqlite' && t.primaryKey.length === 1 && t.primaryKey[0] === c.name;
      return `    ${q(c.name)} ${c.type}${c.required ? ' NOT NULL' : ''}${inlinePk ? ' PRIMARY KEY' : ''}${c.defaultSql ? ` DEFAULT ${c.defaultSql}` : ''}`;
    });
    if (provider === 'postgresql') lines.push(`    CONSTRAINT ${q(`${t.name}_pkey`)} PRIMARY KEY (${list(t.primaryKey)})`);
    else if (t.primaryKey.length > 1) lines.push(`\n    PRIMARY KEY (${list(t.primaryKey)})`);
    if (provider === 'sqlite') {
      for (const fk of spec.foreignKeys.filter((f) => f.table === t.name)) {
        lines.push(`    CONSTRAINT ${q(fk.name)} FOREIGN KEY (${list(fk.columns)}) REFERENCES ${q(fk.refTable)} (${list(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE CASCADE`);
      }
    }
    out.push(`-- CreateTable\nCREATE TABLE ${q(t.name)} (\n${lines.join(',\n')}\n);\n`);
  }
  for (const i of spec.indexes) {
    out.push(`-- CreateIndex\nCREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${q(i.name)} ON ${q(i.table)}(${list(i.columns)});\n`);
  }
  if (provider === 'postgresql') {
    for (const fk of spec.foreignKeys) {
      out.push(`-- AddForeignKey\nALTER TABLE ${q(fk.table)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${list(fk.columns)}) REFERENCES ${q(fk.refTable)}(${list(fk.refColumns)}) ON DELETE ${fk.onDelete} ON UPDATE CASCADE;\n`);
    }
  }
  return out.join('\n');
}
