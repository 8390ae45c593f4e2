/**
 * Who the playground lets you be, and where: the demo people as Teams users of one made-up tenant, and one
 * Teams channel per demo partnership. Pure data derived from the playground's setup plan, so the seed, the
 * relay and the picker on the page agree on every id without asking the database.
 *
 * Ids are stable (derived from names), so a second start finds what the first one stored.
 */
import { normalizeKey } from '../domain/text/normalize';
import { Locale, PartnershipRoleName } from '../domain/model/records';
import { SetupPlan } from '../domain/setup/setup-plan';

/** The playground's Teams tenant: a made-up id no real tenant has (real ones are GUIDs). */
export const PLAYGROUND_TENANT = 'playground-tenant';
/** The bot as Teams addresses it ("28:" + app id); in local mode any id will do. */
export const PLAYGROUND_BOT = { id: '28:oogst-playground', name: 'Oogst' } as const;
/** Teams names the first channel of a team "General"; the Dutch client shows "Algemeen". */
export const PLAYGROUND_CHANNEL_NAME = 'Algemeen';

export type PersonaRole = PartnershipRoleName | 'lead';

export interface PlaygroundChannel {
  partnershipName: string;
  slug: string;
  /** A General channel's id is the team's id in Teams, so one id serves both. */
  channelId: string;
  teamName: string;
}

export interface PersonaSeat {
  /** Channel slug of the partnership. */
  channel: string;
  role: PersonaRole;
}

export interface PlaygroundPersona {
  slug: string;
  displayName: string;
  email?: string;
  locale: Locale;
  /** What the playground stores as the person's Teams identity (AAD object id). */
  aadObjectId: string;
  /** The per-bot Teams user id ("29:..."), what `from.id` and the members API use. */
  teamsUserId: string;
  seats: PersonaSeat[];
}

export function slugOf(name: string): string {
  return normalizeKey(name).replace(/ /g, '-');
}

export const aadObjectIdOf = (slug: string) => `playground-${slug}`;
export const teamsUserIdOf = (slug: string) => `29:playground-${slug}`;
export const channelIdOf = (slug: string) => `19:playground-${slug}@thread.tacv2`;
/** Teams personal chats have ids starting with "a:". */
export const personalConversationIdOf = (slug: string) => `a:playground-${slug}`;

export function playgroundChannels(plan: SetupPlan): PlaygroundChannel[] {
  return plan.partnerships.map((p) => {
    const slug = slugOf(p.name);
    return { partnershipName: p.name, slug, channelId: channelIdOf(slug), teamName: p.name };
  });
}

/** Every person of the plan, with the seats (partnership channel + role) the picker offers them. */
export function playgroundPersonas(plan: SetupPlan): PlaygroundPersona[] {
  const keyOf = (name: string) => normalizeKey(name);
  const channelsOfRegion = (region: string) =>
    plan.partnerships.filter((p) => p.regions.some((r) => keyOf(r.region) === keyOf(region))).map((p) => slugOf(p.name));
  return plan.people.map((person) => {
    const slug = slugOf(person.displayName);
    const coordinator = new Set((person.coordinatorOf ?? []).map(keyOf));
    const seats: PersonaSeat[] = [
      ...(person.coordinatorOf ?? []).map((name) => ({ channel: slugOf(name), role: 'coordinator' as const })),
      ...(person.memberOf ?? []).filter((name) => !coordinator.has(keyOf(name))).map((name) => ({ channel: slugOf(name), role: 'member' as const })),
      ...(person.leadOf ?? []).flatMap((region) => channelsOfRegion(region).map((channel) => ({ channel, role: 'lead' as const }))),
    ];
    return {
      slug,
      displayName: person.displayName,
      ...(person.email ? { email: person.email } : {}),
      locale: person.locale ?? 'nl',
      aadObjectId: aadObjectIdOf(slug),
      teamsUserId: teamsUserIdOf(slug),
      seats,
    };
  });
}

/** The plan with each person's playground Teams identity added (what the seed applies). */
export function withPlaygroundIdentities(plan: SetupPlan): SetupPlan {
  return {
    ...plan,
    people: plan.people.map((person) => ({
      ...person,
      identities: [...(person.identities ?? []), { platform: 'teams' as const, workspaceId: PLAYGROUND_TENANT, userId: aadObjectIdOf(slugOf(person.displayName)) }],
    })),
  };
}
