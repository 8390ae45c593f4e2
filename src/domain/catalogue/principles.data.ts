import type { Localized } from '../i18n/locale';

/**
 * The five design principles (ontwerpprincipes) of Samen Opleiden in the
 * Onderwijsregio. Codes are stable (stored in the database); the Dutch titles
 * are canonical and verbatim from the working session.
 */
export type PrincipleCode = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';

export interface Principle {
  readonly code: PrincipleCode;
  readonly order: number;
  readonly title: Localized;
  readonly explanation: Localized;
}

export const PRINCIPLES: readonly Principle[] = [
  {
    code: 'P1',
    order: 1,
    title: {
      nl: 'Ontwikkel samen ambities met oog voor regionale kwaliteit en context',
      en: 'Develop shared ambitions with an eye for regional quality and context',
    },
    explanation: {
      nl: 'Partners formuleren samen ambities die passen bij de regionale arbeidsmarkt voor leraren, met kwaliteit centraal en het Kwaliteitskader als onderlegger.',
      en: 'Partners formulate shared ambitions that fit the regional teacher labour market, with quality central and the Kwaliteitskader as foundation.',
    },
  },
  {
    code: 'P2',
    order: 2,
    title: {
      nl: 'Werk grensoverstijgend in dienst van de student',
      en: 'Work across borders in the service of the student',
    },
    explanation: {
      nl: 'Verbind over de grenzen van organisaties heen, bijvoorbeeld met afspraken over aanstellingen en stagevergoeding, studenten die rouleren tussen scholen en kern-schilconstructies.',
      en: 'Connect across organisational borders, e.g. agreements on appointments and internship pay, rotating students between schools, core-shell constructions.',
    },
  },
  {
    code: 'P3',
    order: 3,
    title: {
      nl: 'Veranker Samen Opleiden diep in de organisatie',
      en: 'Anchor Samen Opleiden deep in the organisation',
    },
    explanation: {
      nl: 'Veranker het structureel in teams, overleggen en rollen (inhoudsexperts, schoolleiders, opleidingsteam), met facilitering en afspraken in het HR-beleid.',
      en: 'Anchor it structurally in teams, meetings and roles (content experts, school leaders, training team), with facilitation and HR-policy agreements.',
    },
  },
  {
    code: 'P4',
    order: 4,
    title: {
      nl: 'Stimuleer doorlopende ontwikkeling voor alle lerenden',
      en: 'Encourage continuous development for all learners',
    },
    explanation: {
      nl: 'Een rijke leeromgeving waarin iedereen leert, van leerling tot bestuurder: op maat en met gelijke kansen.',
      en: 'A rich learning environment where everyone learns, from pupil to board member: tailored and with equal chances.',
    },
  },
  {
    code: 'P5',
    order: 5,
    title: {
      nl: 'Bouw aan relaties, duurzame samenwerking en wendbare systemen',
      en: 'Build relationships, lasting collaboration and agile systems',
    },
    explanation: {
      nl: 'Investeer in relaties, korte lijnen, heldere communicatie, gedeeld eigenaarschap, flexibele structuren en een gezonde, transparante financiering.',
      en: 'Invest in relationships, short lines, clear communication, shared ownership, flexible structures and healthy, transparent funding.',
    },
  },
];

export function principleByCode(code: string): Principle | undefined {
  return PRINCIPLES.find((p) => p.code === code.trim().toUpperCase());
}
