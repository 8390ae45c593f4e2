/**
 * Benchmark 1 and 3: answer submissions to acknowledgement, Oogst (SQLite and PostgreSQL) side by side with
 * the reference apps, and Oogst's resident memory idle and after the bursts.
 *
 * Every system runs in its own process and all of them run at once; bursts go round-robin (for each size and
 * repetition: every system once), so a change in the machine's background load hits all systems alike and
 * the ratios stay fair on a noisy machine. Each Oogst burst answers a fresh prompt by distinct people, so every
 * request is a real insert, and the stored answers are counted afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ACTIONS } from '../src/cards';
import { NODE_FLAGS } from '../src/node-flags';
import { openDatabase, Database } from '../src/storage/database';
import { buttonClick } from '../test/bots/slack/slack-requests';
import { ServerProcess } from '../test/support/compiled-app';
import { createTestDatabase, DatabaseKind, TestDatabase } from '../test/support/test-databases';
import { RemotePlatforms } from './fakes/remote-platforms';
import { BenchPerson, BenchPlatform, openPostedPrompt, seedAnswerWorld, SeededWorld } from './support/answer-seed';
import { SIGNING_SECRET, slackAcknowledged, slackAnswer, teamsAcknowledged, teamsAnswer } from './support/answer-requests';
import { burst, PreparedRequest } from './support/http-burst';
import { ReferenceStore, startOogst, startReference } from './support/processes';
import { BurstStats, medianOf } from './support/stats';
import { processCpuMs } from './support/process-cpu';
import { sign } from '../test/bots/slack/slack-requests';

export interface AnswerRow { system: string; platform: BenchPlatform; n: number; stats: BurstStats }
export interface OogstMemory { system: string; idleMb: number; endMb: number; peakMb: number }

/**
 * Oogst runs with npm start's flags (src/node-flags.ts). BENCH_PROFILE_DIR=<dir> adds a CPU profile per Oogst
 * process, written when it stops (cleanly, then).
 */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
/** BENCH_NODE_FLAGS="--flag ..." replaces npm start's flags, to measure what another set would do. */
const FLAGS = process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? [...NODE_FLAGS];
const oogstNodeArgs = (): string[] => [...FLAGS, ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [])];
export interface AnswerReport { rows: AnswerRow[]; memory: OogstMemory[]; notes: string[] }

interface Target {
  system: string;
  platform: BenchPlatform;
  url: string;
  /** The server's process, whose CPU time per burst is read from /proc. */
  pid: number;
  /** Requests for one burst of n, and a check afterwards that returns a problem or undefined. */
  prepare(n: number): Promise<{ requests: PreparedRequest[]; verify(acked: number): Promise<string | undefined> }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < end) await sleep(50);
}

interface OogstInstance {
  kind: DatabaseKind;
  /** "Oogst SQLite", "Oogst PostgreSQL". */
  system: string;
  server: ServerProcess;
  database: Database;
  testDb: TestDatabase;
  platforms: RemotePlatforms;
  world: SeededWorld;
  idleMb: number;
}

async function startOogstInstance(kind: DatabaseKind, people: number): Promise<OogstInstance> {
  const testDb = await createTestDatabase(kind);
  const platforms = await RemotePlatforms.start();
  const database = await openDatabase(testDb.url); // migrates, so the world can be seeded before the server starts
  const world = await seedAnswerWorld(database.prisma, { people, slackTeamId: platforms.slackTeamId, connectorUrl: platforms.connectorUrl });
  await platforms.setTenants([[world.teams.channelId, world.teams.tenantId]]);
  const server = await startOogst({ databaseUrl: testDb.url, slackApiUrl: platforms.slackApiUrl, nodeArgs: oogstNodeArgs() });
  await sleep(2_000);
  const idleMb = server.memory().rssMb;
  // The answer modal is opened before it is submitted: that click is when Oogst looks the person up (users.info).
  const clicks = world.people.map((person) => clickRequest(person, world));
  for (let i = 0; i < clicks.length; i += 50) await burst(server.url, clicks.slice(i, i + 50), (r) => r.status === 200);
  await waitUntil(async () => ((await platforms.stats()).counts['views.open'] ?? 0) >= clicks.length, 30_000);
  const system = `Oogst ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`;
  return { kind, system, server, database, testDb, platforms, world, idleMb };
}

function clickRequest(person: BenchPerson, world: SeededWorld): PreparedRequest {
  const payload = buttonClick({ teamId: world.slack.teamId, userId: person.userId, userName: `user-${person.userId}` }, { channelId: world.slack.channelId, channelName: 'bench' }, { action_id: ACTIONS.openAnswer, value: 'warm-up' });
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  return { path: '/slack/events', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(SIGNING_SECRET, timestamp, body) } };
}

function oogstTarget(instance: OogstInstance, platform: BenchPlatform): Target {
  const { world, database, platforms } = instance;
  return {
    system: instance.system,
    platform,
    url: instance.server.url,
    pid: instance.server.pid,
    async prepare(n) {
      const { promptId, messageId } = await openPostedPrompt(database.prisma, world, platform);
      const people = world.people.slice(0, n);
      const requests = people.map((p) => (platform === 'slack' ? slackAnswer(p, world.slack, promptId) : teamsAnswer(p, platforms.connectorUrl, promptId, messageId)));
      return {
        requests,
        async verify(acked) {
          // Let the card refreshes of this burst finish, so the next burst starts on a quiet server.
          await sleep(500);
          const stored = await database.prisma.answer.count({ where: { promptId } });
          return stored === acked ? undefined : `${instance.system} ${platform}: ${acked} acknowledged, ${stored} stored`;
        },
      };
    },
  };
}

function referenceTarget(server: ServerProcess, platform: BenchPlatform, store: ReferenceStore, world: SeededWorld): Target {
  return {
    system: store === 'memory' ? 'reference (a) memory' : 'reference (b) SQLite insert',
    platform,
    url: server.url,
    pid: server.pid,
    async prepare(n) {
      const promptId = randomUUID();
      const people = world.people.slice(0, n);
      const requests = people.map((p) => (platform === 'slack' ? slackAnswer(p, world.slack, promptId) : teamsAnswer(p, 'http://127.0.0.1:9/', promptId, '1')));
      return { requests, verify: async () => undefined };
    },
  };
}

export async function benchAnswers(options: { sizes: number[]; reps: number; kinds: DatabaseKind[]; log: (line: string) => void }): Promise<AnswerReport> {
  const { sizes, reps, kinds, log } = options;
  const maxN = Math.max(...sizes);
  const notes: string[] = [];
  const refDir = mkdtempSync(path.join(tmpdir(), 'oogst-bench-ref-'));
  const instances: OogstInstance[] = [];
  const references: ServerProcess[] = [];
  try {
    for (const kind of kinds) {
      log(`answers: starting Oogst on ${kind}`);
      instances.push(await startOogstInstance(kind, maxN));
    }
    const world = instances[0].world;
    const targets: Target[] = [];
    for (const platform of ['slack', 'teams'] as const) {
      for (const store of ['memory', 'sqlite'] as const) {
        const server = await startReference(platform, store, path.join(refDir, `${platform}-${store}.db`));
        references.push(server);
        targets.push(referenceTarget(server, platform, store, world));
      }
      for (const instance of instances) targets.push(oogstTarget(instance, platform));
    }
    log('answers: warming up (one burst of 50 per system)');
    for (const target of targets) {
      const { requests, verify } = await target.prepare(50);
      const result = await burst(target.url, requests, target.platform === 'slack' ? slackAcknowledged : teamsAcknowledged);
      await verify(result.stats.n - result.stats.failures);
    }
    const runs = new Map<string, BurstStats[]>();
    for (const n of sizes) {
      for (let rep = 0; rep < reps; rep += 1) {
        for (const target of targets) {
          const { requests, verify } = await target.prepare(n);
          const ok = target.platform === 'slack' ? slackAcknowledged : teamsAcknowledged;
          const cpuBefore = processCpuMs(target.pid);
          const result = await burst(target.url, requests, ok);
          const problem = await verify(result.stats.n - result.stats.failures);
          // All the work the burst caused (card refreshes included: verify waits for them), per answer.
          result.stats.cpuMsPerAnswer = (processCpuMs(target.pid) - cpuBefore) / n;
          if (problem) notes.push(problem);
          if (result.stats.failures) {
            const bad = result.responses.find((r) => !ok(r));
            notes.push(`${target.system} ${target.platform} n=${n}: ${result.stats.failures} not acknowledged (e.g. ${bad?.status} ${bad?.body.slice(0, 120)})`);
          }
          const key = `${target.system}|${target.platform}|${n}`;
          runs.set(key, [...(runs.get(key) ?? []), result.stats]);
          await sleep(200);
        }
        log(`answers: n=${n} repetition ${rep + 1}/${reps} done`);
      }
    }
    const rows: AnswerRow[] = [...runs.entries()].map(([key, stats]) => {
      const [system, platform, n] = key.split('|');
      return { system, platform: platform as BenchPlatform, n: Number(n), stats: medianOf(stats) };
    });
    const memory = instances.map((i) => ({ system: i.system, idleMb: i.idleMb, ...i.server.memory(), endMb: i.server.memory().rssMb }));
    for (const i of instances) {
      const { counts, peaksPerMinute, violationDetails } = await i.platforms.stats();
      notes.push(
        `${i.system}: platform calls after the bursts: Slack chat.update ${counts['chat.update'] ?? 0} (peak ${peaksPerMinute['chat.update']}/min), ` +
        `chat.postEphemeral ${counts['chat.postEphemeral'] ?? 0} (peak ${peaksPerMinute['chat.postEphemeral']}/min); Teams card updates ${counts['teams update'] ?? 0}; rate-limit violations: ${violationDetails.join(', ') || 'none'}`,
      );
    }
    return { rows, memory: memory.map(({ system, idleMb, endMb, peakMb }) => ({ system, idleMb, endMb, peakMb })), notes };
  } finally {
    for (const server of references) await server.stop();
    for (const i of instances) {
      if (PROFILE_DIR) await i.server.stop(30_000);
      else await i.server.kill();
      await i.database.close();
      await i.platforms.stop();
      await i.testDb.drop();
    }
    rmSync(refDir, { recursive: true, force: true });
  }
}
