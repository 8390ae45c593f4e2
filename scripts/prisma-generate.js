// Generates both Prisma clients (SQLite and PostgreSQL) after `npm ci`.
// `prisma generate` does not need the native schema engine, but the CLI tries to download it unless
// PRISMA_SCHEMA_ENGINE_BINARY points at an existing file; our machines cannot reach the download host.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const cli = require.resolve('prisma/build/index.js', { paths: [root] });
for (const folder of ['sqlite', 'postgres']) {
  execFileSync(process.execPath, [cli, 'generate', '--schema', path.join('prisma', folder, 'schema.prisma')], { cwd: root, env, stdio: 'inherit' });
}
