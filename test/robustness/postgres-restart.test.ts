/**
 * PostgreSQL goes down in the middle of a stream of answers (Slack and Teams) and comes back. The server runs
 * on a private PostgreSQL instance of this test (see private-postgres.ts), so stopping it disturbs no other
 * test. While it is down every request still gets a prompt answer and fails cleanly: an error status the
 * platform retries, or a 200 that shows the person an error and claims nothing; nothing is acknowledged as
 * stored that is not stored; the process keeps running (/healthz) and says it is not ready (/readyz). When the
 * database is back, answers are stored again without restarting the app.
 */
import { seedMembers, createWorld, World } from './support/robustness-world';
import { answerOnSlack, answerOnTeams, Sent } from './support/answer-sender';
import { restartablePostgres, RestartablePostgres } from './support/private-postgres';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample extends Sent { at: number; phase: 'before' | 'down' | 'after'; key: string; platform: 'slack' | 'teams' }

describe('PostgreSQL restarted under load', () => {
  let pg: RestartablePostgres;
  let world: World;

  beforeAll(async () => {
    pg = await restartablePostgres();
    const url = await pg.database(`oogst_restart_${Date.now().toString(36)}`);
    world = await createWorld('postgresql', {}, { kind: 'postgresql', url, drop: async () => undefined });
  });
  afterAll(async () => {
    await world?.stop();
    await pg?.destroy();
  });

  it('requests fail cleanly while it is down and succeed again after, without restarting the app', async () => {
    const ids = await seedMembers(world, 400);
    const server = await world.start();
    const samples: Sample[] = [];
    const readiness: { phase: Sample['phase']; status: number }[] = [];
    let phase: Sample['phase'] = 'before';
    let next = 0;
    let running = true;
    // Four members answer at any time, alternating platforms, each a different person (a new row) until the
    // members run out; a short pause between answers keeps the outage from using them all up.
    const worker = async () => {
      while (running) {
        const i = next++ % (ids.length * 2);
        const person = ids[Math.floor(i / 2)];
        const started = { at: Date.now(), phase };
        const sent = i % 2 === 0 ? await answerOnSlack(world, server.url, person.slackUser, '3') : await answerOnTeams(world, server.url, person.teams, '3');
        samples.push({ ...sent, ...started, key: i % 2 === 0 ? person.slackUser : person.teams.aadObjectId, platform: i % 2 === 0 ? 'slack' : 'teams' });
        await sleep(20);
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await sleep(1_500);
    phase = 'down';
    await pg.stop();
    for (let i = 0; i < 6; i += 1) {
      await sleep(500);
      readiness.push({ phase, status: (await fetch(`${server.url}/readyz`)).status });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    }
    await pg.start();
    phase = 'after';
    const backAt = Date.now();
    // Recovered: ten answers in a row stored, started after the database came back.
    const recovered = () => {
      const after = samples.filter((s) => s.phase === 'after').sort((a, b) => a.at - b.at);
      const lastFailure = after.map((s) => s.outcome).lastIndexOf('failed');
      return after.slice(lastFailure + 1).filter((s) => s.outcome === 'saved').length >= 10;
    };
    while (!recovered() && Date.now() - backAt < 30_000) await sleep(100);
    running = false;
    await Promise.all(workers);
    readiness.push({ phase, status: (await fetch(`${server.url}/readyz`)).status });

    const count = (p: Sample['phase'], o: Sent['outcome']) => samples.filter((s) => s.phase === p && s.outcome === o).length;
    for (const platform of ['slack', 'teams']) process.stderr.write(`while down, ${platform} got: ${samples.find((s) => s.phase === 'down' && s.platform === platform)?.body.slice(0, 300)}\n`);
    process.stderr.write(`postgres restart (${pg.kind}): before ${count('before', 'saved')} saved; down: ${count('down', 'saved')} saved, ${count('down', 'refused')} refused, ${count('down', 'failed')} failed (statuses ${[...new Set(samples.filter((s) => s.phase === 'down' && s.outcome !== 'saved').map((s) => s.status))].join(',')}); after: ${count('after', 'saved')} saved, recovered in ${Date.now() - backAt} ms\n`);

    expect(server.child.exitCode).toBeNull(); // the same process throughout
    expect(count('before', 'saved')).toBeGreaterThan(0);
    expect(recovered()).toBe(true);
    // While down: readiness says so, and every request got a clean, prompt answer.
    expect(readiness.filter((r) => r.phase === 'down').every((r) => r.status === 503)).toBe(true);
    expect(readiness[readiness.length - 1].status).toBe(200);
    const down = samples.filter((s) => s.phase === 'down' && s.outcome !== 'saved');
    expect(down.length).toBeGreaterThan(0);
    expect(down.filter((s) => s.status === 0 || s.ms > 10_000).map((s) => `${s.platform} ${s.status} after ${s.ms} ms`)).toEqual([]);
    expect(down.filter((s) => s.outcome === 'failed' && s.status < 500).map((s) => `${s.platform} ${s.status}`)).toEqual([]);
    // A "refused" 200 must tell the person something went wrong (Slack: errors or a message view; Teams: a card).
    expect(down.filter((s) => s.outcome === 'refused' && !/response_action|AdaptiveCard/.test(s.body)).map((s) => s.body.slice(0, 120))).toEqual([]);
    // Nothing acknowledged as stored went missing.
    const stored = await world.db.prisma.answer.findMany({ where: { promptId: world.a.open.promptId }, include: { person: { include: { identities: true } } } });
    const storedKeys = new Set(stored.flatMap((a) => a.person.identities.map((i) => i.userId)));
    expect(samples.filter((s) => s.outcome === 'saved' && !storedKeys.has(s.key)).map((s) => `${s.platform} ${s.key} (${s.phase})`)).toEqual([]);
    expect(server.errorLines().filter((line) => /"level":60/.test(line))).toEqual([]);
  });
});
