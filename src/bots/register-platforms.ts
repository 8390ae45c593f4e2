/** Mounts every configured platform on the shared Express app. Each adapter lives in its own folder. */
import { Express } from 'express';
import { PlatformDeps, PlatformHandle } from './shared/platform-deps';
import { isSlackConfigured, registerSlack } from './slack/slack.platform';
import { registerTeams } from './teams';

export async function registerPlatforms(app: Express, deps: PlatformDeps): Promise<{ names: string[]; stop(): Promise<void> }> {
  const handles: PlatformHandle[] = [];
  if (isSlackConfigured(deps.config)) handles.push(await registerSlack(app, deps));
  handles.push(await registerTeams(app, deps));
  return {
    names: handles.map((h) => h.name),
    async stop() {
      for (const handle of handles) await handle.stop();
    },
  };
}
