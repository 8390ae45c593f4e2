/** The processes a benchmark talks to: Oogst itself and the reference apps, each in its own process. */
import { ServerProcess, startServerProcess } from '../../test/support/compiled-app';
import { SIGNING_SECRET } from './answer-requests';

export interface OogstEnv { databaseUrl: string; slackApiUrl: string; extra?: Record<string, string>; nodeArgs?: string[] }

/** Oogst as `npm start` runs it, with Slack (HTTP mode) against a local fake and Teams in local mode. */
export function startOogst({ databaseUrl, slackApiUrl, extra = {}, nodeArgs }: OogstEnv): Promise<ServerProcess> {
  return startServerProcess({
    DATABASE_URL: databaseUrl,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: slackApiUrl,
    LOG_LEVEL: 'info',
    ...extra,
  }, { timeoutMs: 60_000, nodeArgs });
}

export type ReferenceStore = 'memory' | 'sqlite';

export function startReference(platform: 'slack' | 'teams', store: ReferenceStore, dbFile: string): Promise<ServerProcess> {
  return startServerProcess(
    { REF_PLATFORM: platform, REF_STORE: store, REF_DB: dbFile, SLACK_SIGNING_SECRET: SIGNING_SECRET },
    // Node's defaults: the reference is the bare framework, not tuned like Oogst (src/node-flags.ts).
    { entry: 'bench/reference/reference-server.ts', ready: /"url":"(http:\/\/[^"]+)","msg":"reference listening"/, nodeArgs: [] },
  );
}
