import fc from 'fast-check';
import { createWorld } from '../support/robustness-world';
import { sendAll, teamsRequest, slackRequest } from '../support/fuzz-requests';
import { startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/shared/logger';
const bolt = require('@slack/bolt');
const orig = bolt.App.prototype.error;
bolt.App.prototype.error = function (h: any) { return orig.call(this, async (e: any) => { if (e.code !== 'slack_bolt_multiple_listener_error') process.stderr.write(`BOLT ERR ${e.code} ${String(e.original?.stack ?? e.stack).split('\n').slice(0, 8).join(' | ')}\n`); return h(e); }); };
(async () => {
  const world = await createWorld('sqlite');
  const logs: string[] = [];
  const app = await startApp(loadConfig({ ...world.env, PORT: '0' }), createLogger('error', { write: (l: string) => void logs.push(l) }));
  const reqs = [...fc.sample(teamsRequest(world), { numRuns: 3000, seed: 7 }), ...fc.sample(slackRequest(world), { numRuns: 1500, seed: 8 })];
  await sendAll(app.url, reqs, 24);
  await new Promise((r) => setTimeout(r, 3000));
  for (const l of logs) {
    const j = JSON.parse(l);
    if (j.code === 'ERR_INVALID_CHAR') {
      const req = reqs.find((r) => r.body.includes(j.activityId));
      process.stderr.write(`INVALID_CHAR ${j.activityType} ${JSON.stringify(j).slice(0, 600)}\n   REQ ${req?.body.slice(0, 1500)}\n`);
    } else if (!l.includes("slack_bolt")) { const req = reqs.find((r) => r.body.includes(j.activityId)); process.stderr.write(`LOG ${l.slice(0, 1200)}\n   REQ ${req?.body.slice(0, 800)}\n`); }
  }
  await app.stop(); await world.stop();
})();
