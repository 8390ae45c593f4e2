import { createWorld } from '../support/robustness-world';
import { send } from '../support/fuzz-requests';
import { startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/shared/logger';
import { channelMessage, executeInvoke } from '../../bots/teams/fixtures/teams-activities';
import { answerValues, slashCommand, viewSubmission } from '../../bots/slack/slack-requests';
(async () => {
  const world = await createWorld('postgresql');
  const logs: string[] = [];
  const config = loadConfig({ ...world.env, PORT: '0' });
  const app = await startApp(config, createLogger('error', { write: (l: string) => void logs.push(l) }));
  const s = world.connector.url;
  const cases: [string, any][] = [
    ['teams name NUL', { label: 'x', path: '/api/messages', contentType: 'application/json', signed: false, body: JSON.stringify(channelMessage({ serviceUrl: s, channel: world.a.teamsChannel, user: { id: '29:nul', name: 'a\u0000b', aadObjectId: 'aaaa0000-0000-4000-8000-000000000001' } }, 'status')) }],
    ['teams text NUL', { label: 'x', path: '/api/messages', contentType: 'application/json', signed: false, body: JSON.stringify(channelMessage({ serviceUrl: s, channel: world.a.teamsChannel, user: world.a.teamsMember }, 'koppel a\u0000b')) }],
    ['teams answer NUL scenario', { label: 'x', path: '/api/messages', contentType: 'application/json', signed: false, body: JSON.stringify(executeInvoke({ serviceUrl: s, channel: world.a.teamsChannel, user: world.a.teamsMember }, world.a.open.teamsMessageId, 'oogst.answer.submit', { action: 'oogst.answer.submit', promptId: world.a.open.promptId, score: '3', scenario: 'a\u0000b' })) }],
    ['teams promptId NUL', { label: 'x', path: '/api/messages', contentType: 'application/json', signed: false, body: JSON.stringify(executeInvoke({ serviceUrl: s, channel: world.a.teamsChannel, user: world.a.teamsMember }, world.a.open.teamsMessageId, 'oogst.answer.refresh', { action: 'oogst.answer.refresh', promptId: 'x\u0000' })) }],
    ['slack cmd NUL', { label: 'x', path: '/slack/events', contentType: 'application/x-www-form-urlencoded', signed: true, body: new URLSearchParams(slashCommand({ teamId: world.slack.teamId, userId: 'U0NUL0001', userName: 'n\u0000ul' }, { channelId: 'C0UNLINKED', channelName: 'l\u0000os' }, 'koppel a\u0000b', world.slack.responseUrl('nul1'))).toString() }],
    ['slack answer NUL', { label: 'x', path: '/slack/events', contentType: 'application/x-www-form-urlencoded', signed: true, body: new URLSearchParams({ payload: JSON.stringify(viewSubmission(world.a.slackMember, { callback_id: 'oogst.answer.submit', private_metadata: JSON.stringify({ promptId: world.a.open.promptId, teamId: world.slack.teamId, channelId: world.a.slackChannel.channelId, locale: 'nl', from: 'channel' }) }, answerValues({ score: '3', scenario: 'a\u0000b', keyword: 'k\u0000' }))) }).toString() }],
  ];
  for (const [name, req] of cases) {
    const before = logs.length;
    const r = await send(app.url, req);
    await new Promise((res) => setTimeout(res, 800));
    console.log(name, r.status, r.text.slice(0, 200).replace(/\s+/g, ' '), '| errors:', logs.slice(before).map((l) => JSON.parse(l).msg + ' ' + String(JSON.stringify(JSON.parse(l).err ?? '')).slice(0, 150)).join(' ; '));
  }
  console.log('answers:', await world.db.prisma.answer.findMany({ select: { scenario: true, keyword: true } }));
  await app.stop(); await world.stop();
})();
