/**
 * The playground's "latest digest" link: for a person you play who leads a region, the signed report of the
 * week `digest nu` would report on, one link per region. Relative, so it opens on the server the page came
 * from; signed and expiring like the links in a digest card (the report route checks them the same way).
 */
import type { Services } from '../../domain/services';
import type { Repositories } from '../../domain/ports';
import type { Clock } from '../../domain/ports';
import { t } from '../../domain/i18n';
import type { LinkSource } from '../../playground';
import { PLAYGROUND_TENANT } from '../../playground/personas';
import { linkSigner } from '../signed-links';
import { DIGEST_LINK_TTL_MS, reportPath } from './digest.links';

type Deps = { config: Parameters<typeof linkSigner>[0]; repos: Repositories; services: Services; clock: Clock };

export function latestDigestLinks({ config, repos, services, clock }: Deps): LinkSource {
  const signer = linkSigner(config);
  return async ({ persona }) => {
    const person = await repos.people.findByIdentity('teams', PLAYGROUND_TENANT, persona.aadObjectId);
    if (!person) return [];
    const regions = await repos.regions.ledBy(person.id);
    const week = services.digest.currentWeek();
    const expiresAt = new Date(clock.now().getTime() + DIGEST_LINK_TTL_MS);
    return regions.map((region) => ({
      label: t(persona.locale, 'digest.report.latest', { region: region.name }),
      href: signer.signedPath(reportPath(region.id, week, persona.locale), expiresAt),
    }));
  };
}
