/**
 * First start in local mode: the demo regions, partnerships, people and roles (through the setup service, like
 * `npm run seed:demo`), each person's playground Teams identity, one linked channel per partnership, and a few
 * weeks of answers. Later starts only point the channels at this run's relay URL.
 *
 * "Seeded" means: every playground channel is stored. The channels are written in the same transaction as the
 * history, after the people, so a start that died half-way seeds again (each step is idempotent) and a
 * finished seed is never re-applied: what people change or erase afterwards stays changed.
 */
import { Services } from '../../domain/services';
import { Clock } from '../../domain/ports';
import { Logger } from '../../shared/logger';
import { Db } from '../../storage/database';
import { PLAYGROUND_BOT, PLAYGROUND_CHANNEL_NAME, PLAYGROUND_TENANT, playgroundChannels, withPlaygroundIdentities } from '../personas';
import { demoActivityPlan } from './demo-activity.plan';
import { applyDemoActivity, ChannelSeed, playgroundChannelsExist, pointChannelsAt } from './demo-activity.store';
import { PLAYGROUND_PLAN } from './playground-plan';

export interface PlaygroundSeedDeps {
  prisma: Db;
  services: Pick<Services, 'setup'>;
  clock: Clock;
  log: Logger;
}

export type SeedOutcome =
  | { kind: 'seeded'; people: number; bindings: number; prompts: number; answers: number; repointed: number }
  | { kind: 'present'; repointed: number };

/** The reference the Teams gateway needs to post proactively into a playground channel (via the relay). */
export function channelReference(channelId: string, serviceUrl: string): string {
  return JSON.stringify({
    channelId: 'msteams',
    serviceUrl,
    locale: 'nl-NL',
    bot: { ...PLAYGROUND_BOT },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: PLAYGROUND_TENANT, id: channelId },
  });
}

export async function seedPlayground(deps: PlaygroundSeedDeps, serviceUrl: string): Promise<SeedOutcome> {
  const channels = playgroundChannels(PLAYGROUND_PLAN);
  if (await playgroundChannelsExist(deps.prisma, PLAYGROUND_TENANT, channels)) {
    return { kind: 'present', repointed: await pointChannelsAt(deps.prisma, PLAYGROUND_TENANT, channels, serviceUrl) };
  }
  const changes = await deps.services.setup.apply(withPlaygroundIdentities(PLAYGROUND_PLAN));
  const seeds: ChannelSeed[] = channels.map((channel) => ({
    ...channel,
    workspaceId: PLAYGROUND_TENANT,
    channelName: PLAYGROUND_CHANNEL_NAME,
    conversationRef: channelReference(channel.channelId, serviceUrl),
  }));
  const counts = await applyDemoActivity(deps.prisma, seeds, demoActivityPlan(PLAYGROUND_PLAN, deps.clock.now()));
  // A playground channel stored before this seed (linked by hand, say) keeps its binding but gets this relay's URL.
  const repointed = await pointChannelsAt(deps.prisma, PLAYGROUND_TENANT, channels, serviceUrl);
  const people = changes.filter((c) => c.entity === 'person' && c.kind === 'created').length;
  return { kind: 'seeded', people, ...counts, repointed };
}
