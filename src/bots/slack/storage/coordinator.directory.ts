/** Slack user ids of people in one workspace (PlatformIdentity rows), e.g. a partnership's coordinators. */
import { SlackStorage } from './slack-storage';

export interface CoordinatorDirectory {
  slackUserIds(personIds: string[], teamId: string): Promise<Map<string, string>>;
}

export function prismaCoordinatorDirectory(storage: SlackStorage): CoordinatorDirectory {
  return {
    async slackUserIds(personIds, teamId) {
      if (!personIds.length) return new Map();
      const db = await storage.db();
      const rows = await db.platformIdentity.findMany({ where: { personId: { in: personIds }, platform: 'slack', workspaceId: teamId } });
      return new Map(rows.map((row) => [row.personId, row.userId]));
    },
  };
}
