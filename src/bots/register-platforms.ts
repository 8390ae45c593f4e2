/** Mounts every configured platform on the shared Express app. Each adapter lives in its own folder. */
import { Express } from 'express';
import { PlatformDeps, PlatformHandle } from './shared/platform-deps';

export async function registerPlatforms(app: Express, deps: PlatformDeps): Promise<{ names: string[]; stop(): Promise<void> }> {
  const handles: PlatformHandle[] = [];
  void app;
  void deps;
  return {
    names: handles.map((h) => h.name),
    async stop() {
      for (const handle of handles) await handle.stop();
    },
  };
}
