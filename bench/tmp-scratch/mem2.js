const { startApp } = require('../../dist/transpiled/src/app');
const { loadConfig } = require('../../dist/transpiled/src/config');
const { createLogger } = require('../../dist/transpiled/src/shared/logger');
const f = (x) => (x/1048576).toFixed(0);
(async () => {
  const config = loadConfig({ DATABASE_URL: 'file:/tmp/t1db/x.db', PORT: '0', LOG_LEVEL: 'silent', SCHEDULER_ENABLED: 'true' });
  const app = await startApp(config, createLogger('silent'));
  const show = (l) => { const u = process.memoryUsage(); console.log(l, 'rss', f(u.rss), 'heapTotal', f(u.heapTotal), 'heapUsed', f(u.heapUsed), 'external', f(u.external), 'ab', f(u.arrayBuffers)); };
  show('started');
  await new Promise(r => setTimeout(r, 5000)); show('5s');
  if (global.gc) { global.gc(); show('gc'); }
  await app.stop();
})();
