/** The benchmark's handle on platform-process.ts: starts it (compiled, like the server) and asks it over IPC. */
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { transpile } from '../../test/support/compiled-app';
import type { PlatformStats, Post, Request } from './platform-process';

type Ask = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class RemotePlatforms {
  private nextId = 1;
  private readonly pending = new Map<number, (value: unknown) => void>();

  private constructor(private readonly child: ChildProcess, readonly slackApiUrl: string, readonly slackTeamId: string, readonly connectorUrl: string) {
    child.on('message', (message: { id?: number; value?: unknown }) => {
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message.value);
      this.pending.delete(message.id);
    });
  }

  static async start(): Promise<RemotePlatforms> {
    const root = transpile(['bench/fakes']);
    const child = fork(path.join(root, 'bench', 'fakes', 'platform-process.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const ready = await new Promise<{ slackUrl: string; slackTeamId: string; connectorUrl: string }>((resolve, reject) => {
      child.once('message', (message: { ready?: { slackUrl: string; slackTeamId: string; connectorUrl: string } }) => (message.ready ? resolve(message.ready) : reject(new Error('platform process: unexpected first message'))));
      child.once('exit', (code) => reject(new Error(`platform process exited with ${code}`)));
    });
    return new RemotePlatforms(child, `${ready.slackUrl}/api/`, ready.slackTeamId, ready.connectorUrl);
  }

  private ask<T>(request: Ask): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.pending.set(id, resolve as (value: unknown) => void);
      this.child.send({ ...request, id });
    });
  }

  setTenants(entries: [string, string][]): Promise<boolean> {
    return this.ask({ op: 'tenants', entries });
  }

  setLatency(ms: number): Promise<boolean> {
    return this.ask({ op: 'latency', ms });
  }

  stats(): Promise<PlatformStats> {
    return this.ask({ op: 'stats' });
  }

  posts(): Promise<Post[]> {
    return this.ask({ op: 'posts' });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.ask({ op: 'stop' });
    await exited;
  }
}
