/**
 * @slack/oauth InstallationStore on the SlackInstallation table. One row per workspace ("T:<team>") or per
 * Enterprise Grid org ("E:<enterprise>"); a workspace of an org-wide install is found through its enterprise id.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { SlackStorage } from './slack-storage';

const teamKey = (teamId: string) => `T:${teamId}`;
const orgKey = (enterpriseId: string) => `E:${enterpriseId}`;

function keyOf(installation: Installation): string {
  if (installation.isEnterpriseInstall && installation.enterprise?.id) return orgKey(installation.enterprise.id);
  if (installation.team?.id) return teamKey(installation.team.id);
  throw new Error('installation without a team or enterprise id');
}

function keysFor(query: InstallationQuery<boolean>): string[] {
  const keys: string[] = [];
  if (query.isEnterpriseInstall && query.enterpriseId) return [orgKey(query.enterpriseId)];
  if (query.teamId) keys.push(teamKey(query.teamId));
  if (query.enterpriseId) keys.push(orgKey(query.enterpriseId));
  return keys;
}

export function prismaInstallationStore(storage: SlackStorage): InstallationStore {
  return {
    async storeInstallation(installation) {
      const db = await storage.db();
      const id = keyOf(installation as Installation);
      const data = {
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
        botUserId: installation.bot?.userId ?? null,
        installation: JSON.stringify(installation),
      };
      // A re-install (new scopes, new token) replaces the row.
      await db.slackInstallation.upsert({ where: { id }, create: { id, ...data }, update: data });
    },
    async fetchInstallation(query) {
      const db = await storage.db();
      for (const id of keysFor(query)) {
        const row = await db.slackInstallation.findUnique({ where: { id } });
        if (row) return JSON.parse(row.installation) as Installation;
      }
      throw new Error('no Slack installation for this workspace');
    },
    async deleteInstallation(query) {
      const db = await storage.db();
      // Only the exact installation: removing one workspace must not remove its org's install.
      const [id] = keysFor(query);
      if (id) await db.slackInstallation.deleteMany({ where: { id } });
    },
  };
}
