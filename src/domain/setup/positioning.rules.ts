/**
 * How a partnership may sit in regions (DOMAIN.md): it *is* one region, lies *within* one region, or *spans*
 * several. So as soon as a partnership has more than one region, every link must be "spans". The file
 * check and SetupService (on the stored state merged with the plan) both use this one rule.
 */
import { Positioning } from '../model/records';
import { dutchList, quoted } from './setup-problem';

export const POSITIONING_WORDS: Readonly<Record<Positioning, string>> = { is_region: 'is_regio', within: 'binnen', spans: 'overspant' };

export interface LinkView { region: string; positioning: Positioning }

/** Dutch messages for what is contradictory; empty when the links are fine. */
export function positioningProblems(partnership: string, links: readonly LinkView[]): string[] {
  if (links.length <= 1) return [];
  const regions = dutchList(quoted(links.map((l) => l.region)));
  const isRegion = links.find((l) => l.positioning === 'is_region');
  if (isRegion) {
    return [
      `Partnerschap "${partnership}" is de regio "${isRegion.region}" (positie is_regio) en ligt tegelijk in een andere regio (${regions}). ` +
        'Een partnerschap dat de regio is, hoort bij precies één regio; gebruik anders positie overspant voor alle regio\'s.',
    ];
  }
  if (links.some((l) => l.positioning === 'within')) {
    return [
      `Partnerschap "${partnership}" ligt in meer dan één regio (${regions}), maar heeft positie binnen. ` +
        'Binnen betekent: helemaal binnen één regio. Gebruik positie overspant voor alle regio\'s.',
    ];
  }
  return [];
}
