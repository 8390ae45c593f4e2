/**
 * The bot token for a workspace, outside any request (proactive posts): the one configured token in
 * single-workspace mode, or the workspace's installation in multi-workspace (OAuth) mode.
 */
import type { InstallationStore } from '@slack/bolt';
import { SlackConversationRef } from '../slack-identity';

export interface TokenSource {
  /** Undefined when the workspace has no installation (anymore): the app was uninstalled there. */
  botToken(ref: Pick<SlackConversationRef, 'teamId' | 'enterpriseId'>): Promise<string | undefined>;
}

export function singleTokenSource(token: string): TokenSource {
  return { botToken: async () => token };
}

export function installationTokenSource(store: InstallationStore): TokenSource {
  return {
    async botToken(ref) {
      try {
        const installation = await store.fetchInstallation({ teamId: ref.teamId, enterpriseId: ref.enterpriseId, isEnterpriseInstall: false });
        return installation.bot?.token;
      } catch {
        return undefined;
      }
    },
  };
}
