/**
 * Names and locales of Slack users (users.info), cached for a while: events carry only a user id, and a person
 * should appear as "Sanne de Vries", not "U024BE7LH", in status lists. A failed lookup never blocks a command.
 */
import { z } from 'zod';
import { Locale, toLocale } from '../../domain/i18n';
import { PlatformUser } from '../../domain/model/records';
import { Logger } from '../../shared/logger';
import { within } from '../../shared/within';
import { WebClient } from './slack-web-client';

export interface SlackUserLookup { teamId: string; userId: string; fallbackName?: string }
export type SlackUser = PlatformUser & { slackLocale?: Locale };

const usersInfoSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string().optional(),
    real_name: z.string().optional(),
    locale: z.string().optional(),
    deleted: z.boolean().optional(),
    profile: z.object({ real_name: z.string().optional(), display_name: z.string().optional(), email: z.string().optional() }).partial().optional(),
  }),
});

const TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 2_000;

export class SlackUserDirectory {
  private readonly cache = new Map<string, { user: SlackUser; at: number }>();

  constructor(private readonly log: Logger, private readonly now: () => number = Date.now) {}

  /**
   * `withinMs`: how long the caller can wait. A modal submission must be acknowledged within Slack's 3 s and the
   * write comes first, so when users.info is slow the name from the payload does for now; the answer still
   * lands in the cache for the next request.
   */
  async lookup(client: WebClient, q: SlackUserLookup, withinMs?: number): Promise<SlackUser> {
    const key = `${q.teamId}:${q.userId}`;
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < TTL_MS) return hit.user;
    const fetched = this.fetch(client, q).then((user) => {
      if (user) this.remember(key, user); // not cached when it failed: the next message tries users.info again
      return user;
    });
    // fetch() never rejects (it logs and returns undefined), so a look-up that outlives the wait is harmless.
    const user = withinMs === undefined ? await fetched : await within(fetched, withinMs, undefined);
    return user ?? this.fallback(q);
  }

  private remember(key: string, user: SlackUser): void {
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { user, at: this.now() });
  }

  /** users.info for a mention; undefined when Slack does not know the id (typo, other workspace). */
  async find(client: WebClient, teamId: string, userId: string): Promise<SlackUser | undefined> {
    return this.fetch(client, { teamId, userId });
  }

  private async fetch(client: WebClient, q: SlackUserLookup): Promise<SlackUser | undefined> {
    try {
      const parsed = usersInfoSchema.safeParse(await client.users.info({ user: q.userId, include_locale: true }));
      if (!parsed.success || parsed.data.user.deleted) return undefined;
      const u = parsed.data.user;
      const displayName = u.profile?.real_name || u.real_name || u.profile?.display_name || u.name || q.fallbackName || q.userId;
      return {
        platform: 'slack', workspaceId: q.teamId, userId: q.userId, displayName,
        ...(u.profile?.email ? { email: u.profile.email.toLowerCase() } : {}),
        ...(u.locale ? { slackLocale: toLocale(u.locale) } : {}),
      };
    } catch (error) {
      this.log.warn({ err: (error as { code?: string }).code ?? String(error), teamId: q.teamId }, 'users.info failed');
      return undefined;
    }
  }

  private fallback(q: SlackUserLookup): SlackUser {
    return { platform: 'slack', workspaceId: q.teamId, userId: q.userId, displayName: q.fallbackName || q.userId, provisionalName: true };
  }
}

