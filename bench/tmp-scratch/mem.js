const m = () => (process.memoryUsage().rss/1048576).toFixed(0);
const out = [];
out.push('base ' + m());
for (const mod of ['express','pino','zod','botbuilder','@slack/bolt','adaptivecards/dist/adaptivecards.js','better-sqlite3','pg','../../dist/transpiled/src/storage/generated/sqlite/client','../../dist/transpiled/src/storage/generated/postgres/client','@prisma/adapter-better-sqlite3','@prisma/adapter-pg','node-cron','@resvg/resvg-js','../../dist/transpiled/src/app']) {
  try { require(mod); out.push(mod + ' ' + m()); } catch (e) { out.push(mod + ' ERR ' + e.message.slice(0,80)); }
}
console.log(out.join('\n'));
const { heapUsed, external, arrayBuffers } = process.memoryUsage(); console.log({heapUsed: heapUsed/1048576, external: external/1048576, arrayBuffers: arrayBuffers/1048576});
