/** Digest subscriptions and their weekly delivery outbox in the database. */
import { z } from 'zod';
import type { DigestDeliveryRecord, DigestRepository, DigestSubscriptionRecord } from '../../domain/digest/digest.ports';
import type { Db } from '../database';
import type { DigestDelivery, DigestSubscription } from '../generated/sqlite/client';
import { outboxStore } from '../repositories/outbox-store';
import { isUniqueViolation } from '../repositories/row-mappers';
import { regionStats } from './digest-stats.repository';

// Rows written by hand or by an older version are validated, not trusted.
const platform = z.enum(['teams', 'slack']);
const kind = z.enum(['personal', 'channel']);
const locale = z.enum(['nl', 'en']).catch('nl');
const state = z.enum(['planned', 'posting', 'posted', 'failed']);

export const toSubscription = (row: DigestSubscription): DigestSubscriptionRecord => ({
  id: row.id, regionId: row.regionId, personId: row.personId, platform: platform.parse(row.platform), workspaceId: row.workspaceId,
  kind: kind.parse(row.kind), targetKey: row.targetKey, conversationRef: row.conversationRef, locale: locale.parse(row.locale),
  weekday: row.weekday, time: row.time, active: row.active, activeSince: row.activeSince,
});

const toDelivery = (row: DigestDelivery): DigestDeliveryRecord => ({
  id: row.id, subscriptionId: row.subscriptionId, weekKey: row.weekKey, state: state.parse(row.state), messageId: row.messageId,
  attempts: row.attempts, createdAt: row.createdAt,
});

export function digestRepository(db: Db): DigestRepository {
  return {
    stats: (regionId, period) => regionStats(db, regionId, period),
    async dialogueFacts(partnershipIds, since) {
      if (!partnershipIds.length) return [];
      const rows = await db.dialogue.findMany({
        where: { partnershipId: { in: [...partnershipIds] }, status: 'planned', OR: [{ startsAt: { gte: since } }, { followUpAt: { gte: since } }, { followUpAt: null }] },
        select: { partnershipId: true, status: true, startsAt: true, durationMinutes: true, held: true, followUpAt: true, nextStep: true },
      });
      return rows;
    },
    async subscribe(s, now) {
      const key = { regionId: s.regionId, platform: s.platform, workspaceId: s.workspaceId, targetKey: s.targetKey };
      const data = { personId: s.personId, kind: s.kind, conversationRef: s.conversationRef, locale: s.locale, weekday: s.weekday, time: s.time, active: true, activeSince: now };
      try {
        return toSubscription(await db.digestSubscription.upsert({ where: { regionId_platform_workspaceId_targetKey: key }, create: { ...key, ...data }, update: data }));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Subscribed at the same moment by another request (a double click, a retry): the row exists now.
        return toSubscription(await db.digestSubscription.update({ where: { regionId_platform_workspaceId_targetKey: key }, data }));
      }
    },
    async stop(regionIds, target) {
      const { count } = await db.digestSubscription.updateMany({
        where: { regionId: { in: regionIds }, platform: target.platform, workspaceId: target.workspaceId, targetKey: target.targetKey, active: true },
        data: { active: false },
      });
      return count;
    },
    async findById(id) {
      const row = await db.digestSubscription.findUnique({ where: { id } });
      return row ? toSubscription(row) : null;
    },
    async listActive() {
      return (await db.digestSubscription.findMany({ where: { active: true }, orderBy: { createdAt: 'asc' } })).map(toSubscription);
    },
    async deactivate(id) {
      await db.digestSubscription.updateMany({ where: { id }, data: { active: false } });
    },
    async planDelivery(subscriptionId, weekKey, now) {
      try {
        await db.digestDelivery.create({ data: { subscriptionId, weekKey, createdAt: now } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async existingDeliveries(pairs) {
      if (!pairs.length) return new Set<string>();
      const rows = await db.digestDelivery.findMany({ where: { OR: pairs.map((p) => ({ subscriptionId: p.subscriptionId, weekKey: p.weekKey })) }, select: { subscriptionId: true, weekKey: true } });
      return new Set(rows.map((r) => `${r.subscriptionId}|${r.weekKey}`));
    },
    async pendingDeliveries(now) {
      const rows = await db.digestDelivery.findMany({
        where: { OR: [{ state: 'planned', OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] }, { state: 'posting', claimedUntil: { lte: now } }] },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map(toDelivery);
    },
    async deliveries(subscriptionId) {
      return (await db.digestDelivery.findMany({ where: { subscriptionId }, orderBy: { weekKey: 'asc' } })).map(toDelivery);
    },
    async expireDeliveries(before) {
      const { count } = await db.digestDelivery.updateMany({ where: { state: 'planned', createdAt: { lt: before } }, data: { state: 'failed', error: 'expired', claimToken: null, claimedUntil: null } });
      return count;
    },
    outbox: outboxStore(db.digestDelivery),
  };
}
