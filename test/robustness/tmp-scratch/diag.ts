import fc from 'fast-check';
const bolt = require('@slack/bolt');
const orig = bolt.App.prototype.error;
bolt.App.prototype.error = function (h: any) { return orig.call(this, async (e: any) => { process.stderr.write(`BOLT ERR ${e.code} ${(e.originals ?? [e.original ?? e]).map((o: any) => String(o?.stack ?? o).split('\n').slice(0, 6).join(' | ')).join(' || ')}\n`); return h(e); }); };
import { createWorld } from '../support/robustness-world';
import { sendAll, slackRequest, teamsRequest } from '../support/fuzz-requests';
import { startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/shared/logger';
(async () => {
  const world = await createWorld((process.argv[2] as any) ?? 'sqlite');
  const logs: string[] = [];
  const config = loadConfig({ ...world.env, PORT: '0' });
  const app = await startApp(config, createLogger('error', { write: (l: string) => void logs.push(l) }));
  for (let seed = 1; seed <= Number(process.argv[3] ?? 3); seed++) {
    const reqs = fc.sample(process.argv[4] === 'teams' ? teamsRequest(world) : slackRequest(world), { numRuns: 600, seed });
    const res = await sendAll(app.url, reqs, 24);
    const bad = res.filter((r) => r.status >= 500 || r.status === 0);
    process.stderr.write(`seed ${seed}: ${bad.length} bad\n`);
  }
  await new Promise((r) => setTimeout(r, 2000));
  for (const l of logs) process.stderr.write(`LOG ${l.slice(0, 1500)}\n`);
  await app.stop(); await world.stop();
})();
