import { openDatabase } from '../../src/storage/database';
import { TENANT_ID } from '../../test/bots/teams/fixtures/teams-activities';
import { createTestDatabase } from '../../test/support/test-databases';
import { LimitedBotConnector } from '../fakes/limited-bot-connector';
import { LimitedSlackApi } from '../fakes/limited-slack-api';
import { openPostedPrompt, seedAnswerWorld } from '../support/answer-seed';
import { slackAcknowledged, slackAnswer, teamsAcknowledged, teamsAnswer } from '../support/answer-requests';
import { burst } from '../support/http-burst';
import { startOogst } from '../support/processes';
import { readFileSync } from 'node:fs';
const cpu = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
(async () => {
  const platform = process.argv[2] as 'slack' | 'teams';
  const testDb = await createTestDatabase((process.argv[3] as any) ?? 'sqlite');
  const slack = await LimitedSlackApi.start();
  const connector = await LimitedBotConnector.start(() => TENANT_ID);
  const database = await openDatabase(testDb.url);
  const world = await seedAnswerWorld(database.prisma, { people: 200, slackTeamId: slack.teamId, connectorUrl: connector.url });
  const server = await startOogst({ databaseUrl: testDb.url, slackApiUrl: slack.apiUrl, extra: { LOG_LEVEL: process.env.LL ?? 'info' } });
  for (const conc of [1, 1, 10, 200]) {
    const { promptId, messageId } = await openPostedPrompt(database.prisma, world, platform);
    const reqs = world.people.map((p) => platform === 'slack' ? slackAnswer(p, world.slack, promptId) : teamsAnswer(p, connector.url, promptId, messageId));
    const c0 = cpu(server.pid); const t0 = Date.now(); const lat: number[] = [];
    for (let i = 0; i < reqs.length; i += conc) { const r = await burst(server.url, reqs.slice(i, i + conc), platform === 'slack' ? slackAcknowledged : teamsAcknowledged); lat.push(r.stats.p50); if (r.stats.failures) console.log('fail', r.responses[0].body.slice(0, 200)); }
    const wall = Date.now() - t0; const c1 = cpu(server.pid);
    console.log(`conc ${conc}: ${reqs.length} in ${wall} ms = ${(reqs.length / wall * 1000).toFixed(0)}/s; server cpu ${c1 - c0} ms = ${((c1 - c0) / reqs.length).toFixed(1)} ms/answer; median p50 ${lat.sort((a,b)=>a-b)[lat.length>>1].toFixed(1)}`);
    await new Promise((res) => setTimeout(res, 2000));
  }
  await server.kill();
  await database.close(); await slack.stop(); await connector.stop(); await testDb.drop();
})();
