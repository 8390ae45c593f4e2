import { openDatabase } from '../../src/storage/database';
import { TENANT_ID } from '../../test/bots/teams/fixtures/teams-activities';
import { createTestDatabase } from '../../test/support/test-databases';
import { LimitedBotConnector } from '../fakes/limited-bot-connector';
import { LimitedSlackApi } from '../fakes/limited-slack-api';
import { openPostedPrompt, seedAnswerWorld } from '../support/answer-seed';
import { slackAcknowledged, slackAnswer, teamsAcknowledged, teamsAnswer } from '../support/answer-requests';
import { burst } from '../support/http-burst';
import { startOogst } from '../support/processes';
(async () => {
  const platform = process.argv[2] as 'slack' | 'teams';
  const testDb = await createTestDatabase((process.argv[3] as any) ?? 'sqlite');
  const slack = await LimitedSlackApi.start();
  const connector = await LimitedBotConnector.start(() => TENANT_ID);
  const database = await openDatabase(testDb.url);
  const world = await seedAnswerWorld(database.prisma, { people: 200, slackTeamId: slack.teamId, connectorUrl: connector.url });
  const server = await startOogst({ databaseUrl: testDb.url, slackApiUrl: slack.apiUrl, extra: { LOG_LEVEL: process.env.LL ?? 'info' }, nodeArgs: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] });
  for (let k = 0; k < 3; k++) {
    const { promptId, messageId } = await openPostedPrompt(database.prisma, world, platform);
    const reqs = world.people.map((p) => platform === 'slack' ? slackAnswer(p, world.slack, promptId) : teamsAnswer(p, connector.url, promptId, messageId));
    const r = await burst(server.url, reqs, platform === 'slack' ? slackAcknowledged : teamsAcknowledged);
    console.log(r.stats);
    await new Promise((res) => setTimeout(res, 1000));
  }
  await server.stop();
  await database.close(); await slack.stop(); await connector.stop(); await testDb.drop();
  console.log(server.output().split('\n').filter(l => /"level":(40|50)/.test(l)).slice(0, 5).join('\n'));
})();
