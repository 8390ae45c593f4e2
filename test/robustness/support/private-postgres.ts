/**
 * A PostgreSQL server this test may stop and start without disturbing anyone: a private instance (initdb into a
 * temporary folder with the Debian binaries, on a free loopback port; as the `postgres` user when we are root,
 * because initdb refuses root). Where the binaries are missing, a TCP proxy in front of the shared server
 * stands in: "stopping" it closes the port and cuts every connection, as a server going down would (the shared
 * server itself keeps running for the other tests).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { PG_ADMIN_URL } from '../../support/test-databases';

export interface RestartablePostgres {
  kind: 'private instance' | 'proxy to the shared server';
  /** Admin URL (database `postgres`). */
  url: string;
  /** Creates a database on it and returns its URL (dropped again by destroy()). */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

async function privateInstance(bin: string): Promise<RestartablePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'oogst-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => execFileSync(asRoot ? 'runuser' : path.join(bin, tool), asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args, { stdio: 'pipe', timeout: 60_000 });
  const port = await freePort();
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  // fsync off: only this test's throw-away data; an immediate stop still keeps every committed row (the OS does not crash).
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = async () => void run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  await start();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    kind: 'private instance',
    url,
    database: (name) => createDatabaseOn(url, name),
    // "immediate": the server dies like a crash would end it, without waiting for clients.
    stop: async () => void run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    async destroy() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function proxyToShared(): Promise<RestartablePostgres> {
  const target = new URL(PG_ADMIN_URL);
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const start = async () => {
    server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  };
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  };
  await start();
  const url = new URL(PG_ADMIN_URL);
  url.host = `127.0.0.1:${port}`;
  const created: string[] = [];
  return {
    kind: 'proxy to the shared server', url: url.toString(), stop, start,
    async database(name) {
      created.push(name);
      return createDatabaseOn(url.toString(), name);
    },
    async destroy() {
      await stop();
      const admin = new Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** OOGST_TEST_PG_RESTART=proxy forces the proxy (to check that path on a machine that has the binaries). */
export async function restartablePostgres(): Promise<RestartablePostgres> {
  const bin = process.env.OOGST_TEST_PG_RESTART === 'proxy' ? undefined : binDir();
  if (bin) {
    try {
      return await privateInstance(bin);
    } catch {
      // no postgres user, or initdb not allowed here: fall back to the proxy
    }
  }
  return proxyToShared();
}

/** Creates a database on the server and returns its URL. */
export async function createDatabaseOn(adminUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
