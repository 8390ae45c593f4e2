/**
 * A channel stopped taking posts: the partnership's coordinators hear it by DM in that workspace (in their own
 * language), so someone re-adds Oogst or links another channel. Coordinators known only on Teams are skipped
 * here; the failure is in the logs either way.
 */
import { messageBlocks } from '../../../cards';
import { BindingRecord } from '../../../domain/model/records';
import { PlatformDeps } from '../../shared/platform-deps';
import { bindingConversation } from '../slack-identity';
import { slackText } from '../slack-texts';
import { WebClient } from '../slack-web-client';
import { CoordinatorDirectory } from '../storage/coordinator.directory';
import { TokenSource } from './token-source';

export type GoneNotifier = (binding: BindingRecord, code: string) => Promise<void>;

export function coordinatorNotifier(deps: PlatformDeps, directory: CoordinatorDirectory, tokens: TokenSource, clientFor: (token: string) => WebClient): GoneNotifier {
  return async (binding, code) => {
    const ref = bindingConversation(binding);
    const [partnership, coordinators, token] = await Promise.all([
      deps.repos.partnerships.findById(binding.partnershipId),
      deps.repos.partnerships.coordinators(binding.partnershipId),
      tokens.botToken(ref),
    ]);
    if (!partnership || !token) return; // uninstalled: nobody to reach from this workspace
    const slackIds = await directory.slackUserIds(coordinators.map((c) => c.id), ref.teamId);
    const client = clientFor(token);
    for (const coordinator of coordinators) {
      const userId = slackIds.get(coordinator.id);
      if (!userId) continue;
      const message = messageBlocks({ tone: 'warning', lines: [slackText(coordinator.locale, 'channel.gone', { channel: binding.channelName ?? ref.channelId, partnership: partnership.name })] });
      try {
        const opened = (await client.conversations.open({ users: userId })) as { channel?: { id?: string } };
        await client.chat.postMessage({ channel: opened.channel?.id ?? userId, text: message.text, blocks: message.blocks as never });
      } catch (error) {
        deps.log.warn({ bindingId: binding.id, code, err: (error as { code?: string }).code ?? String(error) }, 'could not tell a coordinator about a gone channel');
      }
    }
    deps.log.info({ bindingId: binding.id, code, notified: slackIds.size }, 'coordinators told about a gone Slack channel');
  };
}
