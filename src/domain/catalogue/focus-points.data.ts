import type { Localized } from '../i18n/locale';
import type { PrincipleCode } from './principles.data';

/**
 * The eleven focus points (focuspunten), each written as its ideal state
 * (ideaalbeeld). Codes are stable identifiers stored in the database and typed
 * in commands ("focus financien"); the Dutch label and ideal state are
 * canonical and verbatim from the working session. Array order = principle
 * order, which is also the order used in cards and digests.
 */
export const FOCUS_POINT_CODES = [
  'kwaliteit',
  'doelstellingen',
  'solidariteit',
  'professionals',
  'organisatiestructuur',
  'financien',
  'opleiden-begeleiden-professionaliseren',
  'ontwikkelvraag',
  'loopbaanontwikkeling',
  'relaties',
  'toekomstbestendigheid',
] as const;

export type FocusPointCode = (typeof FOCUS_POINT_CODES)[number];

export interface FocusPoint {
  readonly code: FocusPointCode;
  readonly principle: PrincipleCode;
  readonly order: number;
  /** Short label as on the governance slide. */
  readonly label: Localized;
  readonly idealState: Localized;
  /** Extra names people may type; matched after normalizeKey. */
  readonly aliases: readonly string[];
}

export const FOCUS_POINTS: readonly FocusPoint[] = [
  {
    code: 'kwaliteit',
    principle: 'P1',
    order: 1,
    label: { nl: 'Kwaliteit', en: 'Quality' },
    idealState: {
      nl: 'Kwaliteit is gedeeld eigenaarschap en wordt gezamenlijk vormgegeven via hechte samenwerkingsverbanden met het Kwaliteitskader Samen Opleiden als onderlegger.',
      en: 'Quality is a shared ownership and is shaped jointly through close partnerships, with the Kwaliteitskader Samen Opleiden (quality framework) as foundation.',
    },
    aliases: ['kwaliteitskader'],
  },
  {
    code: 'doelstellingen',
    principle: 'P1',
    order: 2,
    label: { nl: 'Doelstellingen', en: 'Objectives' },
    idealState: {
      nl: 'Doelstellingen zijn niet alleen gedeeld, maar ook geborgd in beleid en prestatieafspraken en vanuit een gedeelde visie met ruimte voor diversiteit.',
      en: 'Objectives are not only shared but also secured in policy and performance agreements, from a shared vision with room for diversity.',
    },
    aliases: ['doelen', 'goals', 'ambities', 'ambitions'],
  },
  {
    code: 'solidariteit',
    principle: 'P2',
    order: 3,
    label: { nl: 'Bovenbestuurlijke solidariteit', en: 'Solidarity across school boards' },
    idealState: {
      nl: 'Bovenbestuurlijke solidariteit vertaalt zich in herverdeling van opleidingsplekken en investeringen.',
      en: 'Solidarity across school boards translates into redistribution of training places and investments.',
    },
    aliases: ['solidarity', 'bovenbestuurlijk'],
  },
  {
    code: 'professionals',
    principle: 'P3',
    order: 4,
    label: { nl: 'Professionals op alle niveaus', en: 'Professionals at all levels' },
    idealState: {
      nl: 'Professionals op alle niveaus, inclusief HR, werken structureel samen aan ontwikkeling.',
      en: 'Professionals at all levels, including HR, work together structurally on development.',
    },
    aliases: ['hr'],
  },
  {
    code: 'organisatiestructuur',
    principle: 'P3',
    order: 5,
    label: { nl: 'Organisatiestructuur', en: 'Organisational structure' },
    idealState: {
      nl: 'Organisatiestructuur is robuust, met regie en ondersteuning vanuit een regionale entiteit.',
      en: 'The organisational structure is robust, with direction and support from a regional entity.',
    },
    aliases: ['organisatie', 'structuur', 'structure', 'organisational structure', 'organization structure', 'organizational structure'],
  },
  {
    code: 'financien',
    principle: 'P3',
    order: 6,
    label: { nl: 'Financiën', en: 'Finances' },
    idealState: {
      nl: 'Financiën zijn collectief georganiseerd en gekoppeld aan strategisch beleid.',
      en: 'Finances are organised collectively and linked to strategic policy.',
    },
    aliases: ['financiering', 'geld', 'finance', 'funding', 'money'],
  },
  {
    code: 'opleiden-begeleiden-professionaliseren',
    principle: 'P4',
    order: 7,
    label: { nl: 'Opleiden-begeleiden-professionaliseren', en: 'Training, supervision and professional development' },
    idealState: {
      nl: 'Samen Opleiden, begeleiden en professionaliseren vormen één geïntegreerd systeem.',
      en: 'Training together, supervision and professional development form one integrated system.',
    },
    aliases: ['obp', 'training supervision development', 'integrated system', 'geintegreerd systeem'],
  },
  {
    code: 'ontwikkelvraag',
    principle: 'P4',
    order: 8,
    label: { nl: 'Ontwikkelvraag van de lerende', en: "The learner's development needs" },
    idealState: {
      nl: 'De ontwikkelvraag van de lerende is leidend bij inrichting, planning en uitvoering.',
      en: "The learner's development needs lead the design, planning and delivery.",
    },
    aliases: ['lerende', 'development needs', 'learner', 'learners development needs'],
  },
  {
    code: 'loopbaanontwikkeling',
    principle: 'P4',
    order: 9,
    label: { nl: 'Loopbaanontwikkeling', en: 'Career development' },
    idealState: {
      nl: 'Loopbaanontwikkeling is transparant, doorlopend en regio-overstijgend.',
      en: 'Career development is transparent, continuous and crosses regional borders.',
    },
    aliases: ['loopbaan', 'career', 'careers'],
  },
  {
    code: 'relaties',
    principle: 'P5',
    order: 10,
    label: { nl: 'Informele en formele relaties', en: 'Informal and formal relationships' },
    idealState: {
      nl: 'Relaties zijn sterk, informeel én formeel, met vaste leer- en innovatienetwerken.',
      en: 'Relationships are strong, informal and formal, with established learning and innovation networks.',
    },
    aliases: ['relationships', 'relations', 'netwerken', 'networks'],
  },
  {
    code: 'toekomstbestendigheid',
    principle: 'P5',
    order: 11,
    label: { nl: 'Toekomstbestendigheid', en: 'Future-proofing' },
    idealState: {
      nl: 'Toekomstbestendigheid is ingebouwd door co-creatie, innovatie en adaptieve plannen.',
      en: 'Future-proofing is built in through co-creation, innovation and adaptive plans.',
    },
    aliases: ['toekomst', 'future', 'future proof', 'futureproof', 'wendbaarheid'],
  },
];
