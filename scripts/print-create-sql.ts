/** Prints the CREATE script for a schema: `npm run db:ddl -- sqlite|postgresql`. Used to author a first migration. */
import { createSql, readSchemaSpec, Provider } from './lib/schema-ddl';

async function main(): Promise<void> {
  const provider = (process.argv[2] ?? 'sqlite') as Provider;
  const folder = provider === 'postgresql' ? 'postgres' : 'sqlite';
  const spec = await readSchemaSpec(`prisma/${folder}/schema.prisma`, provider);
  process.stdout.write(createSql(spec, provider));
}
void main();
