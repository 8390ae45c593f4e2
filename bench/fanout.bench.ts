/**
 * Benchmark 2: one scheduled slot for many channels (by default 1,000 partnerships, each with a Teams and a Slack
 * channel: 2,000 posts) through fake platforms that enforce the documented limits. The server is started on a
 * database whose slot is due; its start-up tick posts everything. Measured at the fakes: the time from the first
 * to the last post, compared with the shortest time the limits allow; violations (429s); channels that got a
 * post twice; and in the database, that every outbox row ended `posted`.
 */
import { createTestDatabase, DatabaseKind } from '../test/support/test-databases';
import { openDatabase } from '../src/storage/database';
import { RemotePlatforms } from './fakes/remote-platforms';
import { seedFanoutWorld } from '../test/support/fanout-seed';
import { startOogst } from './support/processes';

export interface FanoutOptions { kind: DatabaseKind; partnerships: number; tenants: number; latencyMs: number; timeoutMs: number }

export interface FanoutResult {
  options: FanoutOptions;
  expected: number;
  posted: number;
  recorded: number;
  spanMs: number;
  idealMs: number;
  violations: number;
  /** Per rule, with how early the worst one came. */
  violationDetails: string[];
  duplicates: number;
  tickMs?: number;
}

/** Shortest first-to-last span the limits allow with zero latency: n posts in one 50/s tenant take ceil(n/50)-1 s. */
export function idealSpanMs(postsPerTenant: number[], perSecond = 50): number {
  return Math.max(0, ...postsPerTenant.map((n) => (Math.ceil(n / perSecond) - 1) * 1_000));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchFanout(options: FanoutOptions): Promise<FanoutResult> {
  const platforms = await RemotePlatforms.start();
  const testDb = await createTestDatabase(options.kind);
  const database = await openDatabase(testDb.url);
  try {
    const world = await seedFanoutWorld(database.prisma, { partnerships: options.partnerships, tenants: options.tenants, slackTeamId: platforms.slackTeamId, connectorUrl: platforms.connectorUrl });
    await platforms.setTenants([...world.tenantOf]);
    await platforms.setLatency(options.latencyMs);
    const expected = world.teamsChannels.length + world.slackChannels.length;
    const posted = async () => {
      const { counts } = await platforms.stats();
      return (counts['chat.postMessage'] ?? 0) + (counts['teams send'] ?? 0);
    };
    const server = await startOogst({ databaseUrl: testDb.url, slackApiUrl: platforms.slackApiUrl });
    try {
      const deadline = Date.now() + options.timeoutMs;
      while ((await posted()) < expected && Date.now() < deadline) await sleep(250);
      const done = async () => (await database.prisma.promptPost.count({ where: { state: 'posted' } })) >= expected;
      while (!(await done()) && Date.now() < deadline) await sleep(100);
      await sleep(500); // anything posted twice would show up now
      const all = await platforms.posts();
      const times = all.map((p) => p.at);
      const perChannel = new Map<string, number>();
      for (const p of all) perChannel.set(`${p.platform}|${p.channel}`, (perChannel.get(`${p.platform}|${p.channel}`) ?? 0) + 1);
      const perTenant = new Map<string, number>();
      for (const tenant of world.tenantOf.values()) perTenant.set(tenant, (perTenant.get(tenant) ?? 0) + 1);
      const tick = /"trigger":"start"[^\n]*"ms":(\d+)[^\n]*"msg":"rhythm tick"/.exec(server.output());
      const { violations, violationDetails } = await platforms.stats();
      return {
        options,
        expected,
        posted: all.length,
        recorded: await database.prisma.promptPost.count({ where: { state: 'posted' } }),
        spanMs: times.length ? Math.max(...times) - Math.min(...times) : NaN,
        idealMs: idealSpanMs([...perTenant.values()]),
        violations,
        violationDetails,
        duplicates: [...perChannel.values()].filter((n) => n > 1).length,
        ...(tick ? { tickMs: Number(tick[1]) } : {}),
      };
    } finally {
      await server.kill();
    }
  } finally {
    await database.close();
    await platforms.stop();
    await testDb.drop();
  }
}
