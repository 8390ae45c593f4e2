const BetterSqlite3 = require('better-sqlite3');
const origPrepare = BetterSqlite3.prototype.prepare;
let log = null;
BetterSqlite3.prototype.prepare = function (sql) { if (log) log.push(sql.slice(0, 140)); return origPrepare.call(this, sql); };
const T = '../../dist/transpiled/';
const { startApp } = require(T + 'src/app');
const { loadConfig } = require(T + 'src/config');
const { createLogger } = require(T + 'src/shared/logger');
const { openDatabase } = require(T + 'src/storage/database');
const { seedAnswerWorld, openPostedPrompt } = require(T + 'bench/support/answer-seed');
const { slackAnswer, teamsAnswer } = require(T + 'bench/support/answer-requests');
const { LimitedSlackApi } = require(T + 'bench/fakes/limited-slack-api');
const { LimitedBotConnector } = require(T + 'bench/fakes/limited-bot-connector');
const { burst } = require(T + 'bench/support/http-burst');
(async () => {
  const fs = require('fs'); fs.rmSync('/tmp/q1', { recursive: true, force: true });
  const url = 'file:/tmp/q1/x.db';
  const slack = await LimitedSlackApi.start();
  const connector = await LimitedBotConnector.start(() => 'x');
  const database = await openDatabase(url);
  const world = await seedAnswerWorld(database.prisma, { people: 5, slackTeamId: slack.teamId, connectorUrl: connector.url });
  const config = loadConfig({ DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'silent', SLACK_SIGNING_SECRET: 'test-signing-secret-8f1c2d', SLACK_BOT_TOKEN: 'xoxb-b', SLACK_API_URL: slack.apiUrl, SCHEDULER_ENABLED: 'false' });
  const app = await startApp(config, createLogger('silent'));
  for (const platform of ['slack', 'teams']) {
    const { promptId, messageId } = await openPostedPrompt(database.prisma, world, platform);
    // warm
    await burst(app.url, [platform === 'slack' ? slackAnswer(world.people[0], world.slack, promptId) : teamsAnswer(world.people[0], connector.url, promptId, messageId)], () => true);
    await new Promise(r => setTimeout(r, 1500));
    log = [];
    const r = await burst(app.url, [platform === 'slack' ? slackAnswer(world.people[1], world.slack, promptId) : teamsAnswer(world.people[1], connector.url, promptId, messageId)], () => true);
    const atAck = log.length;
    await new Promise(r => setTimeout(r, 2500));
    console.log(platform, 'status', r.responses[0].status, 'queries before ack', atAck, 'total', log.length);
    console.log(log.map((q, i) => (i < atAck ? 'A ' : 'B ') + q).join('\n'));
    log = null;
  }
  await app.stop(); await database.close(); await slack.stop(); await connector.stop();
  process.exit(0);
})();
