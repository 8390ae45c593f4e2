/**
 * What fictional members of the demo partnerships write in the scenario worksheet (Werkvorm 1): a mini-scenario
 * ("In deze Onderwijsregio ..."), a metaphor or keyword, what they make discussable and what is needed. Plausible
 * for the cases of the working session; short, because real answers in a chat card are short.
 */
import { FocusPointCode } from '../../domain/catalogue';

export interface FocusTexts {
  scenarios: readonly string[];
  keywords: readonly string[];
  discussable: readonly string[];
  needed: readonly string[];
}

export const DEMO_ANSWER_TEXTS: Record<FocusPointCode, FocusTexts> = {
  kwaliteit: {
    scenarios: [
      'In deze Onderwijsregio bespreken schoolopleiders en instituutsopleiders elk kwartaal samen de begeleiding, met het Kwaliteitskader op tafel.',
      'In deze Onderwijsregio is de peer review een moment om van elkaar te leren, niet om af te vinken.',
    ],
    keywords: ['gedeeld kompas', 'samen ijken', 'spiegel'],
    discussable: ['Wie is eigenaar als een stage misloopt?', 'Hoe we elkaars beoordelingen vergelijken.'],
    needed: ['Vaste overlegtijd voor opleiders van school en instituut.', 'Een gezamenlijke kalibratiesessie per semester.'],
  },
  doelstellingen: {
    scenarios: [
      'In deze Onderwijsregio staan de opleidingsdoelen in de prestatieafspraken van elk bestuur.',
      'In deze Onderwijsregio kiezen scholen eigen accenten binnen één gedeelde visie.',
    ],
    keywords: ['stip op de horizon', 'rode draad'],
    discussable: ['Verschillen tussen besturen in ambitie.', 'Hoe we meten of we de doelen halen.'],
    needed: ['Een jaarlijkse gezamenlijke evaluatie.', 'Doelen vertaald naar de schoolplannen.'],
  },
  solidariteit: {
    scenarios: [
      'In deze Onderwijsregio schuiven besturen opleidingsplekken naar scholen waar de nood het hoogst is.',
      'In deze Onderwijsregio wordt een student niet de dupe van de grens tussen twee besturen.',
    ],
    keywords: ['communicerende vaten', 'estafette', 'samen de lasten dragen'],
    discussable: ['Afspraken over benoeming en herplaatsing van studenten.', 'Wie betaalt als een school plekken afstaat?'],
    needed: ['Een regionale verdeelsleutel voor plekken.', 'Vertrouwen tussen besturen, en tijd om dat op te bouwen.'],
  },
  professionals: {
    scenarios: [
      'In deze Onderwijsregio zit HR aan tafel bij elk overleg over opleiden.',
      'In deze Onderwijsregio ontwikkelen werkplekbegeleiders zich samen met zij-instromers.',
    ],
    keywords: ['alle hens aan dek', 'lerend netwerk'],
    discussable: ['Waarom HR nog zo weinig betrokken is.', 'De rol van schoolleiders in begeleiding.'],
    needed: ['Een HR-contactpersoon per bestuur.', 'Scholing voor werkplekbegeleiders.'],
  },
  organisatiestructuur: {
    scenarios: [
      'In deze Onderwijsregio organiseert de regionale entiteit clusters van scholen die samen opleiden.',
      'In deze Onderwijsregio weet iedere school bij wie ze terechtkan voor regie en ondersteuning.',
    ],
    keywords: ['steigers', 'spinnenweb'],
    discussable: ['Wie beslist wat in de regionale entiteit.', 'Dubbele overlegstructuren.'],
    needed: ['Een helder mandaat voor de regionale entiteit.', 'Eén overlegtafel in plaats van drie.'],
  },
  financien: {
    scenarios: [
      'In deze Onderwijsregio gaat het geld voor Samen Opleiden naar een gezamenlijke pot met een strategisch plan.',
      'In deze Onderwijsregio is voor iedereen zichtbaar waar de subsidie naartoe gaat.',
    ],
    keywords: ['glazen portemonnee', 'gedeelde pot'],
    discussable: ['Geld dat direct naar de partnerschappen gaat.', 'Stagevergoedingen die per bestuur verschillen.'],
    needed: ['Een transparante begroting per jaar.', 'Afspraken over stagevergoedingen in de hele regio.'],
  },
  'opleiden-begeleiden-professionaliseren': {
    scenarios: [
      'In deze Onderwijsregio loopt opleiden naadloos over in begeleiding van startende leraren.',
      'In deze Onderwijsregio leren student, starter en ervaren leraar in hetzelfde programma.',
    ],
    keywords: ['doorgaande lijn', 'één systeem'],
    discussable: ['De knip tussen opleiding en inductie.', 'Wie begeleidt starters na het diploma?'],
    needed: ['Een regionaal inductieprogramma.', 'Begeleiders die beide fasen kennen.'],
  },
  ontwikkelvraag: {
    scenarios: [
      'In deze Onderwijsregio plannen we stages rond de leervraag van de student, niet rond het rooster.',
      'In deze Onderwijsregio krijgen zij-instromers een route op maat.',
    ],
    keywords: ['maatwerk', 'de student aan het stuur'],
    discussable: ['Roosters die maatwerk in de weg zitten.', 'Hoe we leervragen echt ophalen.'],
    needed: ['Flexibele stageperiodes.', 'Structurele inbedding van de zij-instroompilots.'],
  },
  loopbaanontwikkeling: {
    scenarios: [
      'In deze Onderwijsregio ziet een leraar welke loopbaanstappen er in de hele regio mogelijk zijn.',
      'In deze Onderwijsregio wisselen leraren makkelijk tussen po, vo en mbo.',
    ],
    keywords: ['loopbaankaart', 'open deuren'],
    discussable: ['Loopbaanpaden die bij de bestuursgrens ophouden.', 'Krimp en wat dat betekent voor vaste banen.'],
    needed: ['Een regionale vacature- en loopbaanbank.', 'Afspraken over detachering tussen sectoren.'],
  },
  relaties: {
    scenarios: [
      'In deze Onderwijsregio kennen opleiders van school en instituut elkaar bij naam en bellen ze elkaar even op.',
      'In deze Onderwijsregio is er naast het formele overleg een vast leernetwerk.',
    ],
    keywords: ['korte lijnen', 'koffietafel', 'netwerk'],
    discussable: ['Afhankelijkheid van een paar trekkers.', 'Nieuwe scholen die nog buiten het netwerk staan.'],
    needed: ['Een jaarlijkse regiodag.', 'Opvolging als een trekker vertrekt.'],
  },
  toekomstbestendigheid: {
    scenarios: [
      'In deze Onderwijsregio passen we de plannen elk jaar aan op de leerlingaantallen.',
      'In deze Onderwijsregio proberen we nieuwe vormen eerst klein uit in pilots.',
    ],
    keywords: ['wendbaar', 'meebewegen', 'proeftuin'],
    discussable: ['Dalende studentaantallen.', 'Pilots die nooit structureel worden.'],
    needed: ['Scenario-planning met de besturen.', 'Ruimte om te experimenteren.'],
  },
};
