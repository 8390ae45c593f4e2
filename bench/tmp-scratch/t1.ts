import { startServerProcess } from '/work/main/test/support/compiled-app';
(async () => {
  const t0 = Date.now();
  const s = await startServerProcess({ DATABASE_URL: 'file:/tmp/t1db/x.db' });
  console.log('started', Date.now() - t0, s.url, s.memory());
  const r = await fetch(s.url + '/healthz'); console.log(r.status);
  await s.stop(); console.log('stopped');
  const t1 = Date.now();
  const s2 = await startServerProcess({ DATABASE_URL: 'file:/tmp/t1db/x.db' });
  console.log('started2', Date.now() - t1, s2.memory()); await s2.kill();
})();
