import { BindingRepository } from '../../domain/ports';
import { Db } from '../database';
import { toBinding } from './row-mappers';

export function bindingRepository(db: Db): BindingRepository {
  return {
    async findByChannel(platform, workspaceId, channelId) {
      const row = await db.channelBinding.findUnique({ where: { platform_workspaceId_channelId: { platform, workspaceId, channelId } } });
      return row ? toBinding(row) : null;
    },
    async link(partnershipId, channel) {
      const key = { platform: channel.platform, workspaceId: channel.workspaceId, channelId: channel.channelId };
      const data = { partnershipId, channelName: channel.channelName ?? null, conversationRef: channel.conversationRef, active: true };
      return toBinding(await db.channelBinding.upsert({ where: { platform_workspaceId_channelId: key }, create: { ...key, ...data }, update: data }));
    },
    async refreshReference(channel) {
      await db.channelBinding.updateMany({
        where: { platform: channel.platform, workspaceId: channel.workspaceId, channelId: channel.channelId },
        data: { conversationRef: channel.conversationRef, ...(channel.channelName ? { channelName: channel.channelName } : {}) },
      });
    },
    async listActive(partnershipId) {
      return (await db.channelBinding.findMany({ where: { partnershipId, active: true }, orderBy: { createdAt: 'asc' } })).map(toBinding);
    },
    async findById(id) {
      const row = await db.channelBinding.findUnique({ where: { id } });
      return row ? toBinding(row) : null;
    },
    async deactivate(id) {
      await db.channelBinding.update({ where: { id }, data: { active: false } });
    },
  };
}
